#include "render/post_anti_aliasing.h"

#include <array>
#include <span>

#include "embedded_shaders.h"
#include "gpu/device.h"
#include "gpu/offscreen_target.h"
#include "gpu/render_passes.h"

namespace spineview::render {
namespace {
struct PostConstants {
  float texelSize[2];
};

VkImageMemoryBarrier2 imageBarrier(VkImage image, VkPipelineStageFlags2 srcStage, VkAccessFlags2 srcAccess,
                                   VkPipelineStageFlags2 dstStage, VkAccessFlags2 dstAccess, VkImageLayout from,
                                   VkImageLayout to) {
  VkImageMemoryBarrier2 b{VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER_2};
  b.srcStageMask = srcStage;
  b.srcAccessMask = srcAccess;
  b.dstStageMask = dstStage;
  b.dstAccessMask = dstAccess;
  b.oldLayout = from;
  b.newLayout = to;
  b.srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED;
  b.dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED;
  b.image = image;
  b.subresourceRange = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 1, 0, 1};
  return b;
}

void barriers(VkCommandBuffer cmd, std::span<const VkImageMemoryBarrier2> list) {
  VkDependencyInfo dep{VK_STRUCTURE_TYPE_DEPENDENCY_INFO};
  dep.imageMemoryBarrierCount = static_cast<uint32_t>(list.size());
  dep.pImageMemoryBarriers = list.data();
  vkCmdPipelineBarrier2(cmd, &dep);
}

// The scene colour (TRANSFER_SRC after the scene pass) into the final image, which the
// previous frame's ui pass wrote and its blit or readback read.
void copySceneToFinal(VkCommandBuffer cmd, const gpu::OffscreenTarget& target) {
  const VkImage scene = target.sceneColourImage(), final = target.resolvedImage();
  const std::array<VkImageMemoryBarrier2, 1> before{
      imageBarrier(final, VK_PIPELINE_STAGE_2_COLOR_ATTACHMENT_OUTPUT_BIT | VK_PIPELINE_STAGE_2_ALL_TRANSFER_BIT,
                   VK_ACCESS_2_COLOR_ATTACHMENT_WRITE_BIT, VK_PIPELINE_STAGE_2_COPY_BIT, VK_ACCESS_2_TRANSFER_WRITE_BIT,
                   VK_IMAGE_LAYOUT_UNDEFINED, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL)};
  barriers(cmd, before);
  VkImageCopy region{};
  region.srcSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
  region.dstSubresource = region.srcSubresource;
  region.extent = {target.extent().width, target.extent().height, 1};
  vkCmdCopyImage(cmd, scene, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, final, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 1, &region);
  const std::array<VkImageMemoryBarrier2, 2> after{
      imageBarrier(final, VK_PIPELINE_STAGE_2_COPY_BIT, VK_ACCESS_2_TRANSFER_WRITE_BIT,
                   VK_PIPELINE_STAGE_2_COLOR_ATTACHMENT_OUTPUT_BIT,
                   VK_ACCESS_2_COLOR_ATTACHMENT_READ_BIT | VK_ACCESS_2_COLOR_ATTACHMENT_WRITE_BIT,
                   VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL),
      imageBarrier(scene, VK_PIPELINE_STAGE_2_COPY_BIT, 0, VK_PIPELINE_STAGE_2_FRAGMENT_SHADER_BIT,
                   VK_ACCESS_2_SHADER_SAMPLED_READ_BIT, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                   VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL)};
  barriers(cmd, after);
}
}  // namespace

PostAntiAliasing::PostAntiAliasing(const gpu::Device& device, const gpu::RenderPasses& passes)
    : device_(device.handle()), pass_(passes.postPass()), sampler_(device) {
  const VkDescriptorSetLayoutBinding binding{0, VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 1, VK_SHADER_STAGE_FRAGMENT_BIT,
                                             nullptr};
  setLayout_ = gpu::DescriptorSetLayout(device, std::span(&binding, 1));
  const VkDescriptorPoolSize size{VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, gpu::kFramesInFlight};
  pool_ = gpu::DescriptorPool(device, std::span(&size, 1), gpu::kFramesInFlight);
  const VkDescriptorSetLayout setLayout = setLayout_.handle();
  layout_ = gpu::PipelineLayout(device, std::span(&setLayout, 1), sizeof(PostConstants));
  gpu::GraphicsPipelineDesc d;
  d.vertexSpirv = shaders::spirv("fullscreen.vert");
  d.fragmentSpirv = shaders::spirv("fxaa.frag");
  d.layout = layout_.handle();
  d.renderPass = pass_;
  d.depthTest = false;
  d.depthWrite = false;
  d.cullMode = VK_CULL_MODE_NONE;
  pipeline_ = gpu::Pipeline(device, d);
  for (auto& set : sets_) set = pool_.allocate(setLayout_.handle());
}

void PostAntiAliasing::record(VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& target, VkRect2D area) {
  copySceneToFinal(cmd, target);
  if (area.extent.width == 0 || area.extent.height == 0) return;
  const std::uint32_t s = slot % gpu::kFramesInFlight;
  // The target changes on resize (and headless and window targets share a renderer): point
  // this slot's set at the one being drawn; its previous use has completed (slot contract).
  if (boundViews_[s] != target.sceneColourView()) {
    const VkDescriptorImageInfo image{sampler_.handle(), target.sceneColourView(), VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL};
    VkWriteDescriptorSet write{VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET};
    write.dstSet = sets_[s];
    write.dstBinding = 0;
    write.descriptorCount = 1;
    write.descriptorType = VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER;
    write.pImageInfo = &image;
    vkUpdateDescriptorSets(device_, 1, &write, 0, nullptr);
    boundViews_[s] = target.sceneColourView();
  }
  const VkExtent2D extent = target.extent();
  VkRenderPassBeginInfo begin{VK_STRUCTURE_TYPE_RENDER_PASS_BEGIN_INFO};
  begin.renderPass = pass_;
  begin.framebuffer = target.postFramebuffer();
  begin.renderArea = area;
  vkCmdBeginRenderPass(cmd, &begin, VK_SUBPASS_CONTENTS_INLINE);
  const VkViewport viewport{0.0f, 0.0f, static_cast<float>(extent.width), static_cast<float>(extent.height), 0.0f, 1.0f};
  vkCmdSetViewport(cmd, 0, 1, &viewport);
  vkCmdSetScissor(cmd, 0, 1, &area);
  vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline_.handle());
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.handle(), 0, 1, &sets_[s], 0, nullptr);
  const PostConstants constants{{1.0f / static_cast<float>(extent.width), 1.0f / static_cast<float>(extent.height)}};
  vkCmdPushConstants(cmd, layout_.handle(), VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT, 0, sizeof(constants),
                     &constants);
  vkCmdDraw(cmd, 3, 1, 0, 0);
  vkCmdEndRenderPass(cmd);
}

}  // namespace spineview::render
