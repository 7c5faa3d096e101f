#include "render/scene_renderer.h"

#include <algorithm>
#include <vector>

#include "embedded_shaders.h"
#include "gpu/device.h"
#include "gpu/render_passes.h"
#include "gpu/vk_check.h"
#include "shared/frame_data.h"

namespace spineview::render {
namespace {
// std140 layout of FrameUniforms in shaders/mesh.vert.
struct FrameUniforms {
  glm::mat4 viewProj;
  glm::mat4 view;
  glm::vec4 cameraPosition;
  glm::vec4 keyLight;
  glm::vec4 fillLight;
  glm::vec4 rimLight;
  glm::vec4 sky;
  glm::vec4 ground;
  glm::vec4 clipPlane;
  glm::vec4 options;
};

struct DrawConstants {
  glm::vec4 color;
  glm::vec4 highlight;
  glm::uvec4 material;
};
static_assert(sizeof(DrawConstants) <= 128, "push constants must fit the guaranteed 128 bytes");

gpu::GraphicsPipelineDesc meshPipelineDesc(VkPipelineLayout layout, const gpu::RenderPasses& passes, bool translucent) {
  gpu::GraphicsPipelineDesc d;
  d.vertexSpirv = shaders::spirv("mesh.vert");
  d.fragmentSpirv = shaders::spirv("mesh.frag");
  d.bindings = GpuMesh::bindings();
  d.attributes = GpuMesh::attributes();
  d.layout = layout;
  d.renderPass = passes.scene();
  d.samples = passes.samples();
  d.blend = translucent ? gpu::BlendMode::Alpha : gpu::BlendMode::Opaque;
  d.depthWrite = !translucent;
  d.cullMode = translucent ? VK_CULL_MODE_BACK_BIT : VK_CULL_MODE_NONE;
  return d;
}
}  // namespace

SceneRenderer::SceneRenderer(const gpu::Device& device, const gpu::RenderPasses& passes)
    : device_(device), passes_(passes) {
  const std::array<VkDescriptorSetLayoutBinding, 2> bindings{{
      {SV_BINDING_FRAME, VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, 1, VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT, nullptr},
      {SV_BINDING_JOINTS, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, 1, VK_SHADER_STAGE_VERTEX_BIT, nullptr},
  }};
  setLayout_ = gpu::DescriptorSetLayout(device, bindings);
  const std::array<VkDescriptorPoolSize, 2> sizes{{
      {VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, gpu::kFramesInFlight},
      {VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, gpu::kFramesInFlight},
  }};
  pool_ = gpu::DescriptorPool(device, sizes, gpu::kFramesInFlight);
  const VkDescriptorSetLayout setLayout = setLayout_.handle();
  layout_ = gpu::PipelineLayout(device, std::span(&setLayout, 1), sizeof(DrawConstants));
  opaque_ = gpu::Pipeline(device, meshPipelineDesc(layout_.handle(), passes, false));
  translucent_ = gpu::Pipeline(device, meshPipelineDesc(layout_.handle(), passes, true));

  for (auto& s : slots_) {
    s.uniforms = gpu::Buffer(device, sizeof(FrameUniforms), VK_BUFFER_USAGE_UNIFORM_BUFFER_BIT, gpu::MemoryUse::HostVisible);
    s.joints = gpu::Buffer(device, sizeof(glm::mat4) * kMaxSkinMatrices, VK_BUFFER_USAGE_STORAGE_BUFFER_BIT,
                           gpu::MemoryUse::HostVisible);
    s.set = pool_.allocate(setLayout_.handle());
    VkDescriptorBufferInfo uniformInfo{s.uniforms.handle(), 0, VK_WHOLE_SIZE};
    VkDescriptorBufferInfo jointInfo{s.joints.handle(), 0, VK_WHOLE_SIZE};
    std::array<VkWriteDescriptorSet, 2> writes{};
    writes[0] = {VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET, nullptr, s.set, SV_BINDING_FRAME, 0, 1,
                 VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER, nullptr, &uniformInfo, nullptr};
    writes[1] = {VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET, nullptr, s.set, SV_BINDING_JOINTS, 0, 1,
                 VK_DESCRIPTOR_TYPE_STORAGE_BUFFER, nullptr, &jointInfo, nullptr};
    vkUpdateDescriptorSets(device.handle(), static_cast<uint32_t>(writes.size()), writes.data(), 0, nullptr);
  }
}

void SceneRenderer::setMesh(const mesh::MeshData& mesh) {
  device_.waitIdle();  // the old buffers may still be read by frames in flight
  mesh_ = GpuMesh(device_, mesh);
}

DrawStats SceneRenderer::record(VkCommandBuffer cmd, std::uint32_t slot, VkFramebuffer framebuffer, VkExtent2D extent,
                                const scene::FrameView& view) {
  SlotResources& res = slots_[slot % gpu::kFramesInFlight];
  FrameUniforms u{};
  u.viewProj = view.projection * view.view;
  u.view = view.view;
  u.cameraPosition = glm::vec4(view.cameraPosition, 1.0f);
  u.keyLight = glm::vec4(view.lighting.key.direction, view.lighting.key.intensity);
  u.fillLight = glm::vec4(view.lighting.fill.direction, view.lighting.fill.intensity);
  u.rimLight = glm::vec4(view.lighting.rim.direction, view.lighting.rim.intensity);
  u.sky = glm::vec4(view.lighting.sky, 1.0f);
  u.ground = glm::vec4(view.lighting.ground, 1.0f);
  u.clipPlane = view.clipPlane;
  u.options = glm::vec4(view.clipEnabled ? 1.0f : 0.0f, 0, 0, 0);
  res.uniforms.write(&u, sizeof(u));
  const std::size_t jointCount = std::min<std::size_t>(view.skinMatrices.size(), kMaxSkinMatrices);
  if (jointCount > 0) {
    res.joints.write(view.skinMatrices.data(), jointCount * sizeof(glm::mat4));
  } else {
    const glm::mat4 identity(1.0f);
    res.joints.write(&identity, sizeof(identity));
  }

  std::array<VkClearValue, 3> clears{};
  clears[0].color = {{view.clearColor.r, view.clearColor.g, view.clearColor.b, view.clearColor.a}};
  clears[1].depthStencil = {1.0f, 0};
  clears[2].color = clears[0].color;
  VkRenderPassBeginInfo begin{VK_STRUCTURE_TYPE_RENDER_PASS_BEGIN_INFO};
  begin.renderPass = passes_.scene();
  begin.framebuffer = framebuffer;
  begin.renderArea = {{0, 0}, extent};
  begin.clearValueCount = passes_.samples() != VK_SAMPLE_COUNT_1_BIT ? 3 : 2;
  begin.pClearValues = clears.data();
  vkCmdBeginRenderPass(cmd, &begin, VK_SUBPASS_CONTENTS_INLINE);

  DrawStats stats;
  if (mesh_.valid() && !view.items.empty()) {
    // Negative height flips Y so GLM's right-handed, Y-up projection needs no patching.
    VkViewport viewport{0.0f, static_cast<float>(extent.height), static_cast<float>(extent.width),
                        -static_cast<float>(extent.height), 0.0f, 1.0f};
    VkRect2D scissor{{0, 0}, extent};
    vkCmdSetViewport(cmd, 0, 1, &viewport);
    vkCmdSetScissor(cmd, 0, 1, &scissor);
    VkDeviceSize offset = 0;
    VkBuffer vb = mesh_.vertexBuffer();
    vkCmdBindVertexBuffers(cmd, 0, 1, &vb, &offset);
    vkCmdBindIndexBuffer(cmd, mesh_.indexBuffer(), 0, VK_INDEX_TYPE_UINT32);
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.handle(), 0, 1, &res.set, 0, nullptr);

    std::vector<const scene::DrawItem*> opaque, translucent;
    for (const auto& item : view.items) {
      if (item.indexCount == 0 || item.color.a <= 0.0f) continue;
      if (std::uint64_t(item.firstIndex) + item.indexCount > mesh_.indexCount()) continue;
      (item.color.a < 0.999f || item.material == scene::Material::Skin ? translucent : opaque).push_back(&item);
    }
    auto drawList = [&](const std::vector<const scene::DrawItem*>& list, VkPipeline pipeline) {
      if (list.empty()) return;
      vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline);
      for (const auto* item : list) {
        DrawConstants c{item->color, item->highlight,
                        glm::uvec4(static_cast<uint32_t>(item->material), item->jointOffset, item->partId, 0u)};
        vkCmdPushConstants(cmd, layout_.handle(), VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT, 0,
                           sizeof(c), &c);
        vkCmdDrawIndexed(cmd, item->indexCount, 1, item->firstIndex, 0, 0);
        ++stats.drawCalls;
        stats.triangles += item->indexCount / 3;
      }
    };
    drawList(opaque, opaque_.handle());
    drawList(translucent, translucent_.handle());
  }
  vkCmdEndRenderPass(cmd);
  return stats;
}

}  // namespace spineview::render
