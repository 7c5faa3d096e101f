// Shows frames in a window: acquires a swapchain image, records the shared frame passes
// into the offscreen target, blits the result into the swapchain image and presents.
// Two frames in flight. Recreates the swapchain and target on resize or OUT_OF_DATE.
// A lost surface (VK_ERROR_SURFACE_LOST_KHR from acquire or present) cannot be handled here:
// drawFrame reports SurfaceLost and the owner replaces the surface and this presenter.
#pragma once

#include <functional>
#include <memory>

#include <vulkan/vulkan.h>

#include "gpu/frame_ring.h"
#include "gpu/offscreen_target.h"
#include "gpu/swapchain.h"

namespace spineview::render {

enum class PresentOutcome { Presented, SkippedZeroSize, Recreated, SurfaceLost };

class WindowPresenter {
 public:
  WindowPresenter(const gpu::Device& device, const gpu::RenderPasses& passes, VkSurfaceKHR surface,
                  VkExtent2D framebufferSize);
  ~WindowPresenter();

  using RecordFn = std::function<void(VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& target)>;
  // `framebufferSize` is the window's current size in pixels; zero area skips the frame.
  PresentOutcome drawFrame(VkExtent2D framebufferSize, const RecordFn& record);
  VkExtent2D extent() const { return swapchain_.extent(); }
  std::uint32_t recreateCount() const { return recreateCount_; }

 private:
  void recreate(VkExtent2D framebufferSize);
  void recordBlit(VkCommandBuffer cmd, std::uint32_t imageIndex);

  const gpu::Device& device_;
  const gpu::RenderPasses& passes_;
  VkSurfaceKHR surface_;
  gpu::Swapchain swapchain_;
  gpu::OffscreenTarget target_;
  gpu::FrameRing ring_;
  std::uint32_t frameIndex_ = 0;
  std::uint32_t recreateCount_ = 0;
  bool needsRecreate_ = false;
};

}  // namespace spineview::render
