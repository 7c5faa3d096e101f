// The scene pass's pipelines: for each skinning path (vertex-shader skinning, or vertices
// pre-skinned on the CPU) an opaque (with and without back faces), a translucent and a
// body-surface variant. The body
// surface is drawn last. Plus, for the object-id pass (when the passes have one), a pipeline
// per path that writes part id + depth for every pickable part.
#pragma once

#include <vector>

#include <vulkan/vulkan.h>

#include "gpu/pipeline.h"
#include "render/skinning_mode.h"

namespace spineview::gpu {
class Device;
class RenderPasses;
}  // namespace spineview::gpu

namespace spineview::render {

// OpaqueCulled: opaque without back faces, for closed outward-wound parts in views without a
// section plane (their back faces are hidden anyway; culling them halves the rasterizer's work).
enum class DrawPass { Opaque, Translucent, BodySurface, ObjectId, OpaqueCulled };
inline constexpr int kDrawPassCount = 5;

class ScenePipelines {
 public:
  ScenePipelines() = default;
  ScenePipelines(const gpu::Device& device, const gpu::RenderPasses& passes, VkPipelineLayout layout);

  VkPipeline get(SkinningMode path, DrawPass pass) const;

  // Vertex input of the pre-skinned path (render::SkinnedVertex).
  static std::vector<VkVertexInputBindingDescription> skinnedBindings();
  static std::vector<VkVertexInputAttributeDescription> skinnedAttributes();

 private:
  gpu::Pipeline gpu_[kDrawPassCount];
  gpu::Pipeline cpu_[kDrawPassCount];
};

}  // namespace spineview::render
