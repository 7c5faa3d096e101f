// Draws a FrameView into the scene render pass: opaque items first, then translucent ones
// in the order the FrameView lists them (the scene builder orders them back to front). Owns the pipelines and the per-frame-slot uniform and joint buffers.
#pragma once

#include <array>
#include <cstdint>

#include <vulkan/vulkan.h>

#include "gpu/buffer.h"
#include "gpu/descriptors.h"
#include "gpu/frame_ring.h"
#include "gpu/pipeline.h"
#include "render/gpu_mesh.h"
#include "scene/frame_view.h"

namespace spineview::gpu {
class Device;
class RenderPasses;
}  // namespace spineview::gpu

namespace spineview::render {

inline constexpr std::uint32_t kMaxSkinMatrices = 1024;

struct DrawStats {
  std::uint32_t drawCalls = 0;
  std::uint64_t triangles = 0;
};

class SceneRenderer {
 public:
  SceneRenderer(const gpu::Device& device, const gpu::RenderPasses& passes);

  void setMesh(const mesh::MeshData& mesh);
  const GpuMesh& mesh() const { return mesh_; }

  // Records the scene pass for `view` (begin → draws → end). `slot` picks the per-frame buffers
  // and must not be in use by the GPU (the caller waited on its fence).
  DrawStats record(VkCommandBuffer cmd, std::uint32_t slot, VkFramebuffer framebuffer, VkExtent2D extent,
                   const scene::FrameView& view);

 private:
  struct SlotResources {
    gpu::Buffer uniforms;
    gpu::Buffer joints;
    VkDescriptorSet set = VK_NULL_HANDLE;
  };
  const gpu::Device& device_;
  const gpu::RenderPasses& passes_;
  gpu::DescriptorSetLayout setLayout_;
  gpu::DescriptorPool pool_;
  gpu::PipelineLayout layout_;
  gpu::Pipeline opaque_;
  gpu::Pipeline translucent_;
  std::array<SlotResources, gpu::kFramesInFlight> slots_;
  GpuMesh mesh_;
};

}  // namespace spineview::render
