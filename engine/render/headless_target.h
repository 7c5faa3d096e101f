// Renders frames without a window and reads them back as RGBA pixels (render verb, bench,
// tests). Uses the same passes and recording as the window.
#pragma once

#include <functional>

#include <vulkan/vulkan.h>

#include "core/png_image.h"
#include "gpu/buffer.h"
#include "gpu/frame_ring.h"
#include "gpu/offscreen_target.h"

namespace spineview::render {

class HeadlessTarget {
 public:
  HeadlessTarget(const gpu::Device& device, const gpu::RenderPasses& passes, VkExtent2D extent);

  VkExtent2D extent() const { return target_.extent(); }
  const gpu::OffscreenTarget& target() const { return target_; }

  using RecordFn = std::function<void(VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& target)>;
  // Records with `record`, submits, waits; with `readback`, returns the pixels.
  core::RgbaImage renderAndRead(const RecordFn& record);
  // Same without the copy to the host (benchmarks of the draw itself).
  void render(const RecordFn& record);

 private:
  void submit(const RecordFn& record, bool readback);
  const gpu::Device& device_;
  gpu::OffscreenTarget target_;
  gpu::Buffer readback_;
  gpu::FrameRing ring_;
  std::uint32_t frameIndex_ = 0;
};

}  // namespace spineview::render
