// The two render passes every frame uses, window and headless alike:
//  - scene: 4x MSAA sRGB colour + depth, resolved into a single-sample sRGB image;
//  - object ids (optional, only in frames with probes): single-sample part id + depth of the
//           nearest pickable surface, scissored to the probe pixels, read back by a copy;
//  - ui:    Dear ImGui drawn on top of the resolved image, which then goes to
//           TRANSFER_SRC for a blit to the swapchain or a copy to the readback buffer.
// Subpass dependencies make back-to-back frames that share one target safe.
#pragma once

#include <cstdint>

#include <vulkan/vulkan.h>

namespace spineview::gpu {

class Device;

inline constexpr VkFormat kColorFormat = VK_FORMAT_R8G8B8A8_SRGB;
inline constexpr VkFormat kDepthFormat = VK_FORMAT_D32_SFLOAT;
// x: part id (0 = background), y: the depth's float bits.
inline constexpr VkFormat kObjectIdFormat = VK_FORMAT_R32G32_UINT;

class RenderPasses {
 public:
  RenderPasses() = default;
  // `requestedSamples` is clamped to what the device supports for colour and depth.
  // `objectIds` false: no id pass (the bare-draw baseline).
  RenderPasses(const Device& device, VkSampleCountFlagBits requestedSamples, bool objectIds = true);
  ~RenderPasses();
  RenderPasses(RenderPasses&& other) noexcept;
  RenderPasses& operator=(RenderPasses&& other) noexcept;
  RenderPasses(const RenderPasses&) = delete;
  RenderPasses& operator=(const RenderPasses&) = delete;

  VkRenderPass scene() const { return scene_; }
  VkRenderPass ui() const { return ui_; }
  VkSampleCountFlagBits samples() const { return samples_; }
  bool objectIds() const { return objectIds_; }
  VkRenderPass objectIdPass() const { return objectIdPass_; }  // null without object ids
  // Begins the scene pass over the whole framebuffer: colour (and its resolve target) cleared
  // to `clearColour` (linear RGBA), depth to 1.
  void beginScene(VkCommandBuffer cmd, VkFramebuffer framebuffer, VkExtent2D extent, const float (&clearColour)[4]) const;

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkRenderPass scene_ = VK_NULL_HANDLE;
  VkRenderPass ui_ = VK_NULL_HANDLE;
  void createObjectIdPass();
  VkRenderPass objectIdPass_ = VK_NULL_HANDLE;
  VkSampleCountFlagBits samples_ = VK_SAMPLE_COUNT_1_BIT;
  bool objectIds_ = true;
};

}  // namespace spineview::gpu
