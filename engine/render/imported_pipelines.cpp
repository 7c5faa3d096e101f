#include "render/imported_pipelines.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "embedded_shaders.h"
#include "gpu/device.h"
#include "gpu/render_passes.h"
#include "render/gpu_mesh.h"
#include "render/model_textures.h"

namespace spineview::render {
namespace {

// On screen a centre-line is a thin line and a landmark a dot; in the object-id pass both are
// wider, so they are easy to pick. Where the device cannot draw wide lines or large points,
// they are one pixel.
constexpr float kLineWidth = 2.0f, kIdLineWidth = 7.0f;
constexpr float kPointSize = 6.0f, kIdPointSize = 11.0f;

}  // namespace

int ImportedPipelines::objectIdReachPixels() {
  return static_cast<int>(std::ceil(0.5f * std::max(kIdLineWidth, kIdPointSize))) + 1;
}

namespace {

int pathIndex(SkinningMode path) { return path == SkinningMode::Cpu ? 1 : 0; }

int texturedIndex(DrawPass pass) {
  switch (pass) {
    case DrawPass::Opaque: return 0;
    case DrawPass::OpaqueCulled: return 1;
    case DrawPass::Translucent: return 2;
    default: return -1;
  }
}

int primitiveIndex(DrawPass pass) {
  switch (pass) {
    case DrawPass::Opaque: return 0;
    case DrawPass::Translucent: return 1;
    case DrawPass::ObjectId: return 2;
    default: return -1;
  }
}

struct Path {
  bool preSkinned;
  const char* vertex;          // plain, textured, points
  const char* texturedVertex;
  const char* pointsVertex;
  std::uint32_t texCoordLocation;
};
constexpr Path kPaths[2] = {{false, "mesh.vert", "mesh_textured.vert", "mesh_points.vert", 4},
                            {true, "mesh_static.vert", "mesh_static_textured.vert", "mesh_static_points.vert", 2}};

gpu::GraphicsPipelineDesc base(const Path& path, VkPipelineLayout layout, const gpu::RenderPasses& passes, DrawPass pass) {
  gpu::GraphicsPipelineDesc d;
  d.bindings = path.preSkinned ? ScenePipelines::skinnedBindings() : GpuMesh::bindings();
  d.attributes = path.preSkinned ? ScenePipelines::skinnedAttributes() : GpuMesh::attributes();
  d.layout = layout;
  const bool ids = pass == DrawPass::ObjectId;
  d.renderPass = ids ? passes.objectIdPass() : passes.scene();
  d.samples = ids ? VK_SAMPLE_COUNT_1_BIT : passes.samples();
  const bool translucent = pass == DrawPass::Translucent;
  d.blend = translucent ? gpu::BlendMode::Alpha : gpu::BlendMode::Opaque;
  d.depthWrite = !translucent;  // as in scene_pipelines.cpp: translucent items are sorted instead
  d.cullMode = translucent || pass == DrawPass::OpaqueCulled ? VK_CULL_MODE_BACK_BIT : VK_CULL_MODE_NONE;
  return d;
}

}  // namespace

ImportedPipelines::ImportedPipelines(const gpu::Device& device, const gpu::RenderPasses& passes,
                                     VkDescriptorSetLayout frameSetLayout, std::uint32_t pushConstantBytes) {
  const std::array<VkDescriptorSetLayoutBinding, 1> textureBinding{
      {{0, VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 1, VK_SHADER_STAGE_FRAGMENT_BIT, nullptr}}};
  textureSetLayout_ = gpu::DescriptorSetLayout(device, textureBinding);
  const std::array<VkDescriptorSetLayout, 2> sets{frameSetLayout, textureSetLayout_.handle()};
  layout_ = gpu::PipelineLayout(device, sets, pushConstantBytes);

  VkPhysicalDeviceFeatures features{};
  vkGetPhysicalDeviceFeatures(device.physical(), &features);  // Device enables wideLines and largePoints when present
  const auto& limits = device.properties().limits;
  const auto lineWidth = [&](float wanted) {
    return features.wideLines ? std::clamp(wanted, limits.lineWidthRange[0], limits.lineWidthRange[1]) : 1.0f;
  };
  const auto pointSize = [&](float wanted) {
    return static_cast<std::uint32_t>(
        features.largePoints ? std::floor(std::clamp(wanted, limits.pointSizeRange[0], limits.pointSizeRange[1])) : 1.0f);
  };
  pointSize_ = pointSize(kPointSize);
  idPointSize_ = pointSize(kIdPointSize);

  for (int p = 0; p < 2; ++p) {
    const Path& path = kPaths[p];
    for (DrawPass pass : {DrawPass::Opaque, DrawPass::OpaqueCulled, DrawPass::Translucent}) {
      gpu::GraphicsPipelineDesc d = base(path, layout_.handle(), passes, pass);
      d.vertexSpirv = shaders::spirv(path.texturedVertex);
      d.fragmentSpirv = shaders::spirv("mesh_textured.frag");
      d.bindings.push_back({kTexCoordBinding, sizeof(glm::vec2), VK_VERTEX_INPUT_RATE_VERTEX});
      d.attributes.push_back({path.texCoordLocation, kTexCoordBinding, VK_FORMAT_R32G32_SFLOAT, 0});
      textured_[p][texturedIndex(pass)] = gpu::Pipeline(device, d);
    }
    for (DrawPass pass : {DrawPass::Opaque, DrawPass::Translucent, DrawPass::ObjectId}) {
      if (pass == DrawPass::ObjectId && !passes.objectIds()) continue;
      const bool ids = pass == DrawPass::ObjectId;
      gpu::GraphicsPipelineDesc d = base(path, layout_.handle(), passes, pass);
      d.cullMode = VK_CULL_MODE_NONE;
      d.vertexSpirv = shaders::spirv(path.vertex);
      d.fragmentSpirv = shaders::spirv(ids ? "object_id.frag" : "line.frag");
      d.topology = VK_PRIMITIVE_TOPOLOGY_LINE_LIST;
      d.lineWidth = lineWidth(ids ? kIdLineWidth : kLineWidth);
      lines_[p][primitiveIndex(pass)] = gpu::Pipeline(device, d);
      d.vertexSpirv = shaders::spirv(path.pointsVertex);
      d.fragmentSpirv = shaders::spirv(ids ? "object_id.frag" : "point.frag");
      d.topology = VK_PRIMITIVE_TOPOLOGY_POINT_LIST;
      d.lineWidth = 1.0f;
      points_[p][primitiveIndex(pass)] = gpu::Pipeline(device, d);
    }
  }
}

VkPipeline ImportedPipelines::textured(SkinningMode path, DrawPass pass) const {
  const int i = texturedIndex(pass);
  return i < 0 ? VK_NULL_HANDLE : textured_[pathIndex(path)][i].handle();
}

VkPipeline ImportedPipelines::primitive(SkinningMode path, scene::Primitive primitive, DrawPass pass) const {
  const int i = primitiveIndex(pass);
  if (i < 0 || primitive == scene::Primitive::Triangles) return VK_NULL_HANDLE;
  return (primitive == scene::Primitive::Lines ? lines_ : points_)[pathIndex(path)][i].handle();
}

}  // namespace spineview::render
