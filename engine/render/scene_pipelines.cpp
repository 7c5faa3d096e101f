#include "render/scene_pipelines.h"

#include <cstddef>

#include "embedded_shaders.h"
#include "gpu/render_passes.h"
#include "render/cpu_skinning.h"
#include "render/gpu_mesh.h"

namespace spineview::render {
namespace {
gpu::GraphicsPipelineDesc describe(VkPipelineLayout layout, const gpu::RenderPasses& passes, bool preSkinned, DrawPass pass) {
  gpu::GraphicsPipelineDesc d;
  d.vertexSpirv = shaders::spirv(preSkinned ? "mesh_static.vert" : "mesh.vert");
  d.fragmentSpirv = shaders::spirv(pass == DrawPass::ObjectId ? "object_id.frag" : "mesh.frag");
  d.bindings = preSkinned ? ScenePipelines::skinnedBindings() : GpuMesh::bindings();
  d.attributes = preSkinned ? ScenePipelines::skinnedAttributes() : GpuMesh::attributes();
  d.layout = layout;
  d.renderPass = pass == DrawPass::ObjectId ? passes.objectIdPass() : passes.scene();
  d.samples = pass == DrawPass::ObjectId ? VK_SAMPLE_COUNT_1_BIT : passes.samples();
  // Ids: the nearest pickable surface wins, translucent or not (x-ray bones stay pickable).
  const bool translucent = pass == DrawPass::Translucent || pass == DrawPass::BodySurface;
  d.blend = translucent ? gpu::BlendMode::Alpha : gpu::BlendMode::Opaque;
  // Translucent parts are depth-tested against the opaque ones but do not hide each other:
  // they are drawn back to front instead, so an x-ray bone never blanks what lies behind it.
  d.depthWrite = !translucent;
  // Opaque meshes may be open (vessel tubes, clipped shells); translucent ones show only their
  // front faces, else each would blend twice and look murky.
  d.cullMode = translucent || pass == DrawPass::OpaqueCulled ? VK_CULL_MODE_BACK_BIT : VK_CULL_MODE_NONE;
  return d;
}
}  // namespace

ScenePipelines::ScenePipelines(const gpu::Device& device, const gpu::RenderPasses& passes, VkPipelineLayout layout,
                               SkinningMode path)
    : path_(path == SkinningMode::Cpu ? SkinningMode::Cpu : SkinningMode::Gpu) {
  for (int p = 0; p < kDrawPassCount; ++p) {
    if (static_cast<DrawPass>(p) == DrawPass::ObjectId && !passes.objectIds()) continue;
    pipelines_[p] = gpu::Pipeline(device, describe(layout, passes, path_ == SkinningMode::Cpu, static_cast<DrawPass>(p)));
  }
}

VkPipeline ScenePipelines::get(SkinningMode path, DrawPass pass) const {
  if (path != path_) return VK_NULL_HANDLE;  // a caller bug; binding null fails loudly under validation
  return pipelines_[static_cast<int>(pass)].handle();
}

std::vector<VkVertexInputBindingDescription> ScenePipelines::skinnedBindings() {
  return {{0, sizeof(SkinnedVertex), VK_VERTEX_INPUT_RATE_VERTEX}};
}

std::vector<VkVertexInputAttributeDescription> ScenePipelines::skinnedAttributes() {
  return {
      {0, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<uint32_t>(offsetof(SkinnedVertex, position))},
      {1, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<uint32_t>(offsetof(SkinnedVertex, normal))},
  };
}

}  // namespace spineview::render
