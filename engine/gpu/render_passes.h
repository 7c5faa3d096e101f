// The render passes every frame uses, window and headless alike:
//  - scene: 4x MSAA sRGB colour + depth, resolved into a single-sample sRGB image; or, with
//           post anti-aliasing, single-sample colour into an image the post pass samples;
//  - post (post anti-aliasing only): a full-screen pass (render/post_anti_aliasing.h) that
//           reads the scene colour and writes the smoothed picture into the final image;
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
  // `objectIds` false: no id pass (the bare-draw baseline). `postAntiAliasing`: one sample
  // (whatever was requested) and a post pass after the scene pass.
  RenderPasses(const Device& device, VkSampleCountFlagBits requestedSamples, bool objectIds = true,
               bool postAntiAliasing = false);
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
  bool postAntiAliasing() const { return postPass_ != VK_NULL_HANDLE; }
  VkRenderPass postPass() const { return postPass_; }  // null without post anti-aliasing
  // Begins the scene pass over the whole framebuffer: colour (and its resolve target) cleared
  // to `clearColour` (linear RGBA), depth to 1.
  void beginScene(VkCommandBuffer cmd, VkFramebuffer framebuffer, VkExtent2D extent, const float (&clearColour)[4]) const;

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkRenderPass scene_ = VK_NULL_HANDLE;
  VkRenderPass ui_ = VK_NULL_HANDLE;
  void createObjectIdPass();
  void createPostPass();
  VkRenderPass objectIdPass_ = VK_NULL_HANDLE;
  VkRenderPass postPass_ = VK_NULL_HANDLE;
  VkSampleCountFlagBits samples_ = VK_SAMPLE_COUNT_1_BIT;
  bool objectIds_ = true;
};

}  // namespace spineview::gpu
