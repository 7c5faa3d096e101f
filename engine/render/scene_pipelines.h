// The scene pass's pipelines for one skinning path (vertex-shader skinning, or vertices
// pre-skinned on the CPU; only the path in use is built, as each pipeline costs a shader
// compile at start on CPU devices): an opaque (with and without back faces), a translucent
// and a body-surface variant. The body surface is drawn last. Plus, for the object-id pass
// (when the passes have one), a pipeline that writes part id + depth for every pickable part.
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
  // `path`: Gpu or Cpu (resolved).
  ScenePipelines(const gpu::Device& device, const gpu::RenderPasses& passes, VkPipelineLayout layout, SkinningMode path);

  SkinningMode path() const { return path_; }
  // `path` must be the one these pipelines were built for.
  VkPipeline get(SkinningMode path, DrawPass pass) const;

  // Vertex input of the pre-skinned path (render::SkinnedVertex).
  static std::vector<VkVertexInputBindingDescription> skinnedBindings();
  static std::vector<VkVertexInputAttributeDescription> skinnedAttributes();

 private:
  SkinningMode path_ = SkinningMode::Gpu;
  gpu::Pipeline pipelines_[kDrawPassCount];
};

}  // namespace spineview::render
