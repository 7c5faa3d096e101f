#include "platform/window.h"

#define GLFW_INCLUDE_VULKAN
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

#include "gpu/vk_check.h"

namespace spineview::platform {
namespace {
std::string g_lastGlfwError;
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
      lastX_(other.lastX_), lastY_(other.lastY_), haveLast_(other.haveLast_), wheel_(other.wheel_),
      keyPresses_(std::move(other.keyPresses_)) {
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

void Window::onScroll(GLFWwindow* w, double, double dy) {
  if (auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w))) self->wheel_ += static_cast<float>(dy);
}

CameraInput Window::takeCameraInput() {
  CameraInput in;
  double x = 0, y = 0;
  glfwGetCursorPos(window_, &x, &y);
  const bool uiWantsMouse = imguiInitialised_ && ImGui::GetIO().WantCaptureMouse;
  if (haveLast_ && !uiWantsMouse) {
    const auto dx = static_cast<float>(x - lastX_), dy = static_cast<float>(y - lastY_);
    if (glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS) { in.orbitDx = dx; in.orbitDy = dy; }
    if (glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_RIGHT) == GLFW_PRESS ||
        glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_MIDDLE) == GLFW_PRESS) { in.panDx = dx; in.panDy = dy; }
    in.wheel = wheel_;
  }
  wheel_ = 0;
  lastX_ = x;
  lastY_ = y;
  haveLast_ = true;
  return in;
}

void Window::onKey(GLFWwindow* w, int key, int, int action, int mods) {
  auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w));
  if (!self || action != GLFW_PRESS) return;
  if (self->imguiInitialised_ && ImGui::GetIO().WantTextInput) return;
  self->keyPresses_.push_back({key, mods});
}

std::vector<Window::KeyPress> Window::takeKeyPresses() { return std::exchange(keyPresses_, {}); }

void Window::onMouseButton(GLFWwindow* w, int button, int action, int) {
  auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w));
  if (!self || button != GLFW_MOUSE_BUTTON_LEFT) return;
  double x = 0, y = 0;
  glfwGetCursorPos(w, &x, &y);
  if (action == GLFW_PRESS) {
    self->leftDown_ = !(self->imguiInitialised_ && ImGui::GetIO().WantCaptureMouse);
    self->pressX_ = x;
    self->pressY_ = y;
    return;
  }
  if (action != GLFW_RELEASE || !self->leftDown_) return;
  self->leftDown_ = false;
  constexpr double kClickSlopPixels = 4.0;  // more than this is an orbit drag, not a click
  if (std::abs(x - self->pressX_) > kClickSlopPixels || std::abs(y - self->pressY_) > kClickSlopPixels) return;
  int windowW = 0, windowH = 0, fbW = 0, fbH = 0;
  glfwGetWindowSize(w, &windowW, &windowH);
  glfwGetFramebufferSize(w, &fbW, &fbH);
  if (windowW <= 0 || windowH <= 0) return;
  self->clicks_.emplace_back(static_cast<float>(x * fbW / windowW), static_cast<float>(y * fbH / windowH));
}

void Window::onDrop(GLFWwindow* w, int count, const char** paths) {
  auto* self = static_cast<Window*>(glfwGetWindowUserPointer(w));
  if (!self) return;
  for (int i = 0; i < count; ++i)
    if (paths[i]) self->dropped_.emplace_back(paths[i]);
}

std::vector<glm::vec2> Window::takeClicks() { return std::exchange(clicks_, {}); }
std::vector<std::string> Window::takeDroppedPaths() { return std::exchange(dropped_, {}); }

void Window::initImGui() {
  // The ImGui backend chains to callbacks installed before it, so install ours first.
  glfwSetScrollCallback(window_, onScroll);
  glfwSetKeyCallback(window_, onKey);
  glfwSetMouseButtonCallback(window_, onMouseButton);
  glfwSetDropCallback(window_, onDrop);
  ImGui_ImplGlfw_InitForVulkan(window_, true);
  imguiInitialised_ = true;
}

void Window::newImGuiFrame() { ImGui_ImplGlfw_NewFrame(); }

void Window::shutdownImGui() {
  if (!imguiInitialised_) return;
  ImGui_ImplGlfw_Shutdown();
  imguiInitialised_ = false;
}

}  // namespace spineview::platform
