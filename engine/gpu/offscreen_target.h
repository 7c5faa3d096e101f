// The images one frame is drawn into, at one size: MSAA colour + depth (or, with post
// anti-aliasing, a single-sample scene colour the post pass samples), the resolved sRGB
// image (what windows blit and screenshots read back), and the framebuffers of the passes.
// Recreated on resize; the render passes outlive it.
#pragma once

#include <cstdint>
#include <vector>

#include <vulkan/vulkan.h>

#include "gpu/buffer.h"
#include "gpu/image.h"

namespace spineview::gpu {

class Device;
class RenderPasses;

class OffscreenTarget {
 public:
  OffscreenTarget() = default;
  OffscreenTarget(const Device& device, const RenderPasses& passes, VkExtent2D extent);
  ~OffscreenTarget();
  OffscreenTarget(OffscreenTarget&& other) noexcept;
  OffscreenTarget& operator=(OffscreenTarget&& other) noexcept;
  OffscreenTarget(const OffscreenTarget&) = delete;
  OffscreenTarget& operator=(const OffscreenTarget&) = delete;

  VkExtent2D extent() const { return extent_; }
  VkFramebuffer sceneFramebuffer() const { return sceneFramebuffer_; }
  VkFramebuffer uiFramebuffer() const { return uiFramebuffer_; }
  // Post anti-aliasing only (else null): the scene pass's colour, TRANSFER_SRC_OPTIMAL after
  // it, and the post pass's framebuffer (the final image).
  VkImage sceneColourImage() const { return sceneColour_.handle(); }
  VkImageView sceneColourView() const { return sceneColour_.view(); }
  VkFramebuffer postFramebuffer() const { return postFramebuffer_; }
  // The final image; in TRANSFER_SRC_OPTIMAL layout after the ui pass.
  VkImage resolvedImage() const { return resolved_.handle(); }
  // Single-sample object ids (kObjectIdFormat), TRANSFER_SRC_OPTIMAL after the id pass;
  // null (and no framebuffer) when the passes have no id pass.
  VkImage objectIdImage() const { return objectIds_.handle(); }
  VkFramebuffer objectIdFramebuffer() const { return objectIdFramebuffer_; }

  // Records a copy of the resolved image into `readback` (host-visible, ≥ width*height*4
  // bytes) and the barrier that makes it visible to the host after the fence.
  void recordReadback(VkCommandBuffer cmd, const Buffer& readback) const;

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkExtent2D extent_{0, 0};
  Image msaaColor_;
  Image sceneColour_;
  Image depth_;
  Image resolved_;
  Image objectIds_;
  Image objectIdDepth_;
  VkFramebuffer sceneFramebuffer_ = VK_NULL_HANDLE;
  VkFramebuffer uiFramebuffer_ = VK_NULL_HANDLE;
  VkFramebuffer objectIdFramebuffer_ = VK_NULL_HANDLE;
  VkFramebuffer postFramebuffer_ = VK_NULL_HANDLE;
};

}  // namespace spineview::gpu
