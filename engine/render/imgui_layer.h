// Dear ImGui (Debian's libimgui 1.86) with its Vulkan backend, drawn in the ui render pass
// on top of the resolved frame — in the window and in headless renders alike, so
// screenshots include the interface. Owns the ImGui context; one per process.
#pragma once

#include <filesystem>

#include <vulkan/vulkan.h>

#include "gpu/descriptors.h"

struct ImFont;

namespace spineview::gpu {
class Device;
class RenderPasses;
}  // namespace spineview::gpu

namespace spineview::render {

struct UiFonts {
  ImFont* regular = nullptr;
  ImFont* large = nullptr;   // presenter mode and headings
};

class ImGuiLayer {
 public:
  // `iniPath` empty: ImGui keeps no layout file (headless, tests).
  ImGuiLayer(const gpu::Device& device, const gpu::RenderPasses& passes, float uiScale,
             const std::filesystem::path& iniPath = {});
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  const UiFonts& fonts() const { return fonts_; }
  // Without a platform backend (headless): sets the display size and time step, then starts a frame.
  void newHeadlessFrame(VkExtent2D size, float deltaSeconds);
  // With a platform backend that already called its own NewFrame.
  void newFrame();
  // Finishes the ImGui frame and records its draw data (call inside the ui render pass).
  void render(VkCommandBuffer cmd);

 private:
  gpu::DescriptorPool pool_;
  UiFonts fonts_;
  std::string iniPath_;
};

}  // namespace spineview::render
