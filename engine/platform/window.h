// The desktop window (GLFW): creation with a clear message when there is no display, the
// Vulkan surface, input for the orbit camera, and Dear ImGui's GLFW backend. The only place
// GLFW is included.
#pragma once

#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <vulkan/vulkan.h>

#include "core/result.h"

struct GLFWwindow;

namespace spineview::platform {

// Mouse and wheel input gathered since the last poll, in pixels / wheel steps. Input that
// ImGui wants (a drag over a panel) is not reported here.
struct CameraInput {
  float orbitDx = 0, orbitDy = 0;  // left drag
  float panDx = 0, panDy = 0;      // right or middle drag
  float wheel = 0;
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
  CameraInput takeCameraInput();
  // Key presses since the last call (GLFW key codes + modifier bits), for shortcuts. Keys
  // typed into an ImGui text field are not reported.
  struct KeyPress { int key; int mods; };
  std::vector<KeyPress> takeKeyPresses();

  // Left clicks without a drag (press and release within a few pixels), in framebuffer
  // pixels, origin top-left; clicks on ImGui panels are not reported. For picking.
  std::vector<glm::vec2> takeClicks();
  // Files dropped onto the window since the last call (drag-and-drop to open a model).
  std::vector<std::string> takeDroppedPaths();

  void initImGui();        // after the ImGui context exists
  void newImGuiFrame();
  void shutdownImGui();

  GLFWwindow* handle() const { return window_; }

 private:
  static void onScroll(GLFWwindow* w, double dx, double dy);
  static void onKey(GLFWwindow* w, int key, int scancode, int action, int mods);
  static void onMouseButton(GLFWwindow* w, int button, int action, int mods);
  static void onDrop(GLFWwindow* w, int count, const char** paths);
  GLFWwindow* window_ = nullptr;
  bool imguiInitialised_ = false;
  double lastX_ = 0, lastY_ = 0;
  bool haveLast_ = false;
  float wheel_ = 0;
  std::vector<KeyPress> keyPresses_;
  bool leftDown_ = false;
  double pressX_ = 0, pressY_ = 0;
  std::vector<glm::vec2> clicks_;
  std::vector<std::string> dropped_;
};

}  // namespace spineview::platform
