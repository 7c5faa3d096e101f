#include "render/bare_draw.h"

#include "embedded_shaders.h"
#include "gpu/offscreen_target.h"

namespace spineview::render {

BareDrawRenderer::BareDrawRenderer(const gpu::Device& device, const GpuMesh& mesh, VkSampleCountFlagBits samples)
    : mesh_(mesh), passes_(device, samples, false) {
  layout_ = gpu::PipelineLayout(device, {}, sizeof(glm::mat4));
  gpu::GraphicsPipelineDesc d;
  d.vertexSpirv = shaders::spirv("bare.vert");
  d.fragmentSpirv = shaders::spirv("bare.frag");
  d.bindings = GpuMesh::bindings();
  d.attributes = {GpuMesh::attributes().front()};  // position only
  d.layout = layout_.handle();
  d.renderPass = passes_.scene();
  d.samples = passes_.samples();
  d.cullMode = VK_CULL_MODE_NONE;  // no knowledge of which parts are closed: every face is drawn
  pipeline_ = gpu::Pipeline(device, d);
}

DrawStats BareDrawRenderer::record(VkCommandBuffer cmd, const gpu::OffscreenTarget& target, const scene::FrameView& view) {
  passes_.beginScene(cmd, target.sceneFramebuffer(), target.extent(), {0.0f, 0.0f, 0.0f, 1.0f});
  const VkExtent2D extent = target.extent();
  const VkViewport viewport{0.0f, static_cast<float>(extent.height), static_cast<float>(extent.width),
                            -static_cast<float>(extent.height), 0.0f, 1.0f};
  const VkRect2D scissor{{0, 0}, extent};
  vkCmdSetViewport(cmd, 0, 1, &viewport);
  vkCmdSetScissor(cmd, 0, 1, &scissor);
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline_.handle());
  const glm::mat4 viewProj = view.projection * view.view;
  vkCmdPushConstants(cmd, layout_.handle(), VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT, 0, sizeof(viewProj),
                     &viewProj);
  VkBuffer vb = mesh_.vertexBuffer();
  const VkDeviceSize offset = 0;
  vkCmdBindVertexBuffers(cmd, 0, 1, &vb, &offset);
  vkCmdBindIndexBuffer(cmd, mesh_.indexBuffer(), 0, VK_INDEX_TYPE_UINT32);
  DrawStats stats;
  for (const auto& item : view.items) {
    if (item.indexCount == 0 || item.color.a <= 0.0f) continue;
    if (std::uint64_t(item.firstIndex) + item.indexCount > mesh_.indexCount()) continue;
    vkCmdDrawIndexed(cmd, item.indexCount, 1, item.firstIndex, 0, 0);
    ++stats.drawCalls;
    stats.triangles += item.indexCount / 3;
  }
  vkCmdEndRenderPass(cmd);
  return stats;
}

}  // namespace spineview::render
