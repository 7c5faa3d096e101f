// The benchmark's bare-draw bound: the same index/vertex buffers and draw items as the scene,
// drawn with a position-only vertex shader and a constant colour, no UI, both faces. With one
// sample it is what the device needs at minimum for these triangles at this size, and our
// frame is compared to it; with the frame's sample count it shows what multisampling alone costs.
#pragma once

#include <cstdint>
#include <span>

#include <vulkan/vulkan.h>

#include "gpu/pipeline.h"
#include "gpu/render_passes.h"
#include "render/gpu_mesh.h"
#include "render/scene_renderer.h"
#include "scene/frame_view.h"

namespace spineview::gpu {
class OffscreenTarget;
}

namespace spineview::render {

class BareDrawRenderer {
 public:
  BareDrawRenderer(const gpu::Device& device, const GpuMesh& mesh, VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT);
  // Colour + depth (+ resolve when multisampled), no ids: make the HeadlessTarget from these.
  const gpu::RenderPasses& passes() const { return passes_; }
  DrawStats record(VkCommandBuffer cmd, const gpu::OffscreenTarget& target, const scene::FrameView& view);

 private:
  const GpuMesh& mesh_;
  gpu::RenderPasses passes_;
  gpu::PipelineLayout layout_;
  gpu::Pipeline pipeline_;
};

}  // namespace spineview::render
