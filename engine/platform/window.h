// The desktop window (GLFW): creation with a clear message when there is no display, the
// Vulkan surface, input for the orbit camera, and Dear ImGui's GLFW backend. The only place
// GLFW is included.
#pragma once

#include <array>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <vulkan/vulkan.h>

#include "core/result.h"
#include "platform/input_queue.h"

struct GLFWwindow;

namespace spineview::platform {

// Mouse and wheel input of this frame, in pixels / wheel steps. Input that ImGui wants (a
// drag that started over a panel, the wheel over a panel) is not reported here.
struct CameraInput {
  float orbitDx = 0, orbitDy = 0;  // left drag
  float panDx = 0, panDy = 0;      // right or middle drag
  float wheel = 0;
  glm::vec2 cursor{0.0f};          // framebuffer pixels, for zooming towards the cursor
};

class Window {
 public:
  static core::Result<Window> create(const std::string& title, int width, int height);
  Window() = default;
  ~Window();
  Window(Window&& other) noexcept;
  Window& operator=(Window&& other) noexcept;
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;

  static std::vector<std::string> requiredVulkanExtensions();
  VkSurfaceKHR createSurface(VkInstance instance) const;

  bool shouldClose() const;
  void requestClose();
  void pollEvents();
  void waitEvents();  // blocks until something happens (used while minimized)
  VkExtent2D framebufferSize() const;
  bool minimized() const;
  // The display's scale for this window (2 on a HiDPI screen), for the interface size.
  float contentScale() const;

  // Takes this frame's share of the queued input (platform/input_queue.h) after pollEvents():
  // the camera input, key presses and clicks below, and what newImGuiFrame() gives ImGui.
  void beginInputFrame();
  CameraInput takeCameraInput();
  // Key presses of this frame (GLFW key codes + modifier bits), for shortcuts. Keys typed
  // into an ImGui text field are not reported.
  struct KeyPress { int key; int mods; };
  std::vector<KeyPress> takeKeyPresses();

  // Left clicks without a drag (press and release within a few pixels), in framebuffer
  // pixels, origin top-left; clicks on ImGui panels are not reported. For picking.
  std::vector<glm::vec2> takeClicks();
  // Files dropped onto the window since the last call (drag-and-drop to open a model).
  std::vector<std::string> takeDroppedPaths();

  void initImGui();        // after the ImGui context exists
  void newImGuiFrame();    // the backend's frame, then this frame's input events
  void shutdownImGui();

  GLFWwindow* handle() const { return window_; }

 private:
  static void onScroll(GLFWwindow* w, double dx, double dy);
  static void onKey(GLFWwindow* w, int key, int scancode, int action, int mods);
  static void onChar(GLFWwindow* w, unsigned codepoint);
  static void onCursorPos(GLFWwindow* w, double x, double y);
  static void onMouseButton(GLFWwindow* w, int button, int action, int mods);
  static void onDrop(GLFWwindow* w, int count, const char** paths);
  glm::vec2 toFramebuffer(glm::vec2 windowPixels) const;
  bool uiWantsMouse() const;

  GLFWwindow* window_ = nullptr;
  bool imguiInitialised_ = false;
  InputQueue queue_;
  std::vector<InputEvent> frameEvents_;  // this frame's share, for ImGui
  // The input state as far as the events taken so far tell it.
  glm::vec2 cursor_{-1.0f};              // window pixels
  bool haveCursor_ = false;
  std::array<bool, 8> buttonDown_{};
  int dragButton_ = -1;                   // the button of a camera drag (started off the panels)
  glm::vec2 pressAt_{0.0f};
  bool clickCandidate_ = false;           // left press off the panels that has not moved far
  CameraInput camera_;
  std::vector<KeyPress> keyPresses_;
  std::vector<glm::vec2> clicks_;
  std::vector<std::string> dropped_;
};

}  // namespace spineview::platform
