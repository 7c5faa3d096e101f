#include "platform/window.h"

#define GLFW_INCLUDE_VULKAN
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include "gpu/vk_check.h"

namespace spineview::platform {
namespace {
std::string g_lastGlfwError;

void applyInputEvents(ImGuiIO& io, const std::vector<InputEvent>& events, glm::vec2 cursor, bool haveCursor,
                      const std::array<bool, 8>& buttons) {
  if (haveCursor) io.MousePos = ImVec2(cursor.x, cursor.y);
  for (std::size_t b = 0; b < buttons.size() && b < IM_ARRAYSIZE(io.MouseDown); ++b) io.MouseDown[b] = buttons[b];
  for (const InputEvent& e : events) {
    if (e.type == InputEvent::Type::Scroll) io.MouseWheelH += e.x, io.MouseWheel += e.y;
    if (e.type == InputEvent::Type::Char && e.codepoint > 0 && e.codepoint <= 0x10FFFF) io.AddInputCharacter(e.codepoint);
    if (e.type == InputEvent::Type::Key && e.code < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[e.code] = e.down;
  }
  io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
  io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
  io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
  io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
}
void onGlfwError(int, const char* description) { g_lastGlfwError = description ? description : ""; }
}  // namespace

core::Result<Window> Window::create(const std::string& title, int width, int height) {
  glfwSetErrorCallback(onGlfwError);
  const char* display = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if ((!display || !*display) && (!wayland || !*wayland))
    return core::fail("no display found (DISPLAY is not set); for a picture without a window use `spineview render --out FILE.png`");
  if (!glfwInit())
    return core::fail("cannot open a window (" + g_lastGlfwError + "); for a picture without a window use `spineview render --out FILE.png`");
  if (!glfwVulkanSupported()) {
    glfwTerminate();
    return core::fail("the Vulkan loader cannot present to this display; use `spineview render --out FILE.png`");
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_NO_API);
  glfwWindowHint(GLFW_RESIZABLE, GLFW_TRUE);
  Window w;
  w.window_ = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
  if (!w.window_) {
    glfwTerminate();
    return core::fail("cannot create a window (" + g_lastGlfwError + ")");
  }
  return w;  // the user pointer is set by the move into its final place
}

Window::~Window() {
  if (!window_) return;
  shutdownImGui();
  glfwDestroyWindow(window_);
  glfwTerminate();
}

Window::Window(Window&& other) noexcept
    : window_(std::exchange(other.window_, nullptr)),
      imguiInitialised_(std::exchange(other.imguiInitialised_, false)),
      queue_(std::move(other.queue_)) {
  if (window_) glfwSetWindowUserPointer(window_, this);
}

Window& Window::operator=(Window&& other) noexcept {
  if (this != &other) {
    this->~Window();
    new (this) Window(std::move(other));
  }
  return *this;
}

std::vector<std::string> Window::requiredVulkanExtensions() {
  uint32_t count = 0;
  const char** names = glfwGetRequiredInstanceExtensions(&count);
  std::vector<std::string> out;
  for (uint32_t i = 0; i < count; ++i) out.emplace_back(names[i]);
  return out;
}

VkSurfaceKHR Window::createSurface(VkInstance instance) const {
  VkSurfaceKHR surface = VK_NULL_HANDLE;
  VK_CHECK(glfwCreateWindowSurface(instance, window_, nullptr, &surface));
  return surface;
}

bool Window::shouldClose() const { return glfwWindowShouldClose(window_); }
void Window::requestClose() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }
void Window::pollEvents() { glfwPollEvents(); }
void Window::waitEvents() { glfwWaitEventsTimeout(0.25); }

VkExtent2D Window::framebufferSize() const {
  int w = 0, h = 0;
  glfwGetFramebufferSize(window_, &w, &h);
  return {static_cast<uint32_t>(std::max(w, 0)), static_cast<uint32_t>(std::max(h, 0))};
}

bool Window::minimized() const {
  const VkExtent2D size = framebufferSize();
  return glfwGetWindowAttrib(window_, GLFW_ICONIFIED) || size.width == 0 || size.height == 0;
}

float Window::contentScale() const {
  float x = 1.0f, y = 1.0f;
  glfwGetWindowContentScale(window_, &x, &y);
  return std::clamp(std::max(x, y), 0.5f, 4.0f);
}

// Callbacks only queue; beginInputFrame() hands the events out a frame's worth at a time.
void Window::onScroll(GLFWwindow* w, double dx, double dy) {
  if (auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w)))
    self->queue_.push(InputEvent::scroll(static_cast<float>(dx), static_cast<float>(dy)));
}

void Window::onKey(GLFWwindow* w, int key, int, int action, int mods) {
  auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w));
  if (!self || key < 0 || action == GLFW_REPEAT) return;  // ImGui repeats held keys itself
  self->queue_.push(InputEvent::key(key, action == GLFW_PRESS, mods));
}

void Window::onChar(GLFWwindow* w, unsigned codepoint) {
  if (auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w))) self->queue_.push(InputEvent::text(codepoint));
}

void Window::onCursorPos(GLFWwindow* w, double x, double y) {
  if (auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w)))
    self->queue_.push(InputEvent::cursor(static_cast<float>(x), static_cast<float>(y)));
}

void Window::onMouseButton(GLFWwindow* w, int button, int action, int) {
  auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w));
  if (!self || button < 0 || button >= static_cast<int>(self->buttonDown_.size())) return;
  // The cursor where the button changed, in case no motion event told it yet.
  double x = 0, y = 0;
  glfwGetCursorPos(w, &x, &y);
  const glm::vec2 at{static_cast<float>(x), static_cast<float>(y)};
  if (!self->haveCursor_ || at != self->cursor_) self->queue_.push(InputEvent::cursor(at.x, at.y));
  self->queue_.push(InputEvent::button(button, action == GLFW_PRESS));
}

void Window::onDrop(GLFWwindow* w, int count, const char** paths) {
  auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w));
  if (!self) return;
  for (int i = 0; i < count; ++i)
    if (paths[i]) self->dropped_.emplace_back(paths[i]);
}

glm::vec2 Window::toFramebuffer(glm::vec2 p) const {
  int windowW = 0, windowH = 0, fbW = 0, fbH = 0;
  glfwGetWindowSize(window_, &windowW, &windowH);
  glfwGetFramebufferSize(window_, &fbW, &fbH);
  if (windowW <= 0 || windowH <= 0) return p;
  return {p.x * static_cast<float>(fbW) / static_cast<float>(windowW), p.y * static_cast<float>(fbH) / static_cast<float>(windowH)};
}

// ImGui's answer from the last frame, which saw the cursor where this frame's events start.
bool Window::uiWantsMouse() const { return imguiInitialised_ && ImGui::GetIO().WantCaptureMouse; }

void Window::beginInputFrame() {
  frameEvents_ = queue_.takeFrame();
  const bool textInput = imguiInitialised_ && ImGui::GetIO().WantTextInput;
  constexpr float kClickSlopPixels = 4.0f;  // more than this is an orbit drag, not a click
  for (const InputEvent& e : frameEvents_) {
    switch (e.type) {
      case InputEvent::Type::CursorPos: {
        const glm::vec2 p{e.x, e.y};
        if (haveCursor_ && dragButton_ >= 0) {
          const glm::vec2 d = p - cursor_;
          if (dragButton_ == GLFW_MOUSE_BUTTON_LEFT) camera_.orbitDx += d.x, camera_.orbitDy += d.y;
          else camera_.panDx += d.x, camera_.panDy += d.y;
        }
        if (clickCandidate_ && (std::abs(p.x - pressAt_.x) > kClickSlopPixels || std::abs(p.y - pressAt_.y) > kClickSlopPixels))
          clickCandidate_ = false;
        cursor_ = p;
        haveCursor_ = true;
        break;
      }
      case InputEvent::Type::MouseButton: {
        buttonDown_[static_cast<std::size_t>(e.code)] = e.down;
        if (e.down && dragButton_ < 0 && !uiWantsMouse()) {
          dragButton_ = e.code;
          if (e.code == GLFW_MOUSE_BUTTON_LEFT) clickCandidate_ = true, pressAt_ = cursor_;
        }
        if (!e.down && e.code == dragButton_) {
          if (e.code == GLFW_MOUSE_BUTTON_LEFT && clickCandidate_) clicks_.push_back(toFramebuffer(cursor_));
          dragButton_ = -1;
          clickCandidate_ = false;
        }
        break;
      }
      case InputEvent::Type::Scroll:
        if (!uiWantsMouse()) camera_.wheel += e.y;
        break;
      case InputEvent::Type::Key:
        if (e.down && !textInput) keyPresses_.push_back({e.code, e.mods});
        break;
      case InputEvent::Type::Char: break;
    }
  }
  camera_.cursor = toFramebuffer(cursor_);
}

CameraInput Window::takeCameraInput() {
  CameraInput in = camera_;
  camera_ = CameraInput{};
  return in;
}

std::vector<Window::KeyPress> Window::takeKeyPresses() { return std::exchange(keyPresses_, {}); }
std::vector<glm::vec2> Window::takeClicks() { return std::exchange(clicks_, {}); }
std::vector<std::string> Window::takeDroppedPaths() { return std::exchange(dropped_, {}); }

void Window::initImGui() {
  // The backend's own input callbacks are left out: input reaches ImGui through the queue.
  glfwSetScrollCallback(window_, onScroll);
  glfwSetKeyCallback(window_, onKey);
  glfwSetCharCallback(window_, onChar);
  glfwSetCursorPosCallback(window_, onCursorPos);
  glfwSetMouseButtonCallback(window_, onMouseButton);
  glfwSetDropCallback(window_, onDrop);
  ImGui_ImplGlfw_InitForVulkan(window_, false);
  imguiInitialised_ = true;
}

void Window::newImGuiFrame() {
  // The backend sets the display size, time and cursor shape, and reads the mouse as it is
  // now; this frame's events then say what ImGui sees instead.
  ImGui_ImplGlfw_NewFrame();
  applyInputEvents(ImGui::GetIO(), frameEvents_, cursor_, haveCursor_, buttonDown_);
}

void Window::shutdownImGui() {
  if (!imguiInitialised_) return;
  ImGui_ImplGlfw_Shutdown();
  imguiInitialised_ = false;
}

}  // namespace spineview::platform
