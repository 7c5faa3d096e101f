#include "gpu/render_passes.h"

#include <array>
#include <utility>
#include <vector>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {
namespace {
VkSampleCountFlagBits clampSamples(const Device& device, VkSampleCountFlagBits requested) {
  const auto& limits = device.properties().limits;
  const VkSampleCountFlags supported = limits.framebufferColorSampleCounts & limits.framebufferDepthSampleCounts;
  for (VkSampleCountFlagBits s = requested; s > VK_SAMPLE_COUNT_1_BIT; s = static_cast<VkSampleCountFlagBits>(s >> 1))
    if (supported & s) return s;
  return VK_SAMPLE_COUNT_1_BIT;
}
// A pass that loads the final (single-sample) image, draws on it and stores it: the ui pass and
// the post anti-aliasing pass. `before`: what earlier work wrote to it; `after`: who reads next.
struct StageAccess {
  VkPipelineStageFlags stage;
  VkAccessFlags access;
};
VkRenderPass createFinalImagePass(VkDevice device, VkImageLayout finalLayout, StageAccess before, StageAccess after) {
  VkAttachmentDescription att{};
  att.format = kColorFormat;
  att.samples = VK_SAMPLE_COUNT_1_BIT;
  att.loadOp = VK_ATTACHMENT_LOAD_OP_LOAD;
  att.storeOp = VK_ATTACHMENT_STORE_OP_STORE;
  att.stencilLoadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE;
  att.stencilStoreOp = VK_ATTACHMENT_STORE_OP_DONT_CARE;
  att.initialLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
  att.finalLayout = finalLayout;
  VkAttachmentReference ref{0, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL};
  VkSubpassDescription subpass{};
  subpass.pipelineBindPoint = VK_PIPELINE_BIND_POINT_GRAPHICS;
  subpass.colorAttachmentCount = 1;
  subpass.pColorAttachments = &ref;
  std::array<VkSubpassDependency, 2> deps{};
  deps[0].srcSubpass = VK_SUBPASS_EXTERNAL;
  deps[0].dstSubpass = 0;
  deps[0].srcStageMask = before.stage;
  deps[0].srcAccessMask = before.access;
  deps[0].dstStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT;
  deps[0].dstAccessMask = VK_ACCESS_COLOR_ATTACHMENT_READ_BIT | VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT;
  deps[1].srcSubpass = 0;
  deps[1].dstSubpass = VK_SUBPASS_EXTERNAL;
  deps[1].srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT;
  deps[1].srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT;
  deps[1].dstStageMask = after.stage;
  deps[1].dstAccessMask = after.access;
  VkRenderPassCreateInfo info{VK_STRUCTURE_TYPE_RENDER_PASS_CREATE_INFO};
  info.attachmentCount = 1;
  info.pAttachments = &att;
  info.subpassCount = 1;
  info.pSubpasses = &subpass;
  info.dependencyCount = static_cast<uint32_t>(deps.size());
  info.pDependencies = deps.data();
  VkRenderPass pass = VK_NULL_HANDLE;
  VK_CHECK(vkCreateRenderPass(device, &info, nullptr, &pass));
  return pass;
}
}  // namespace

RenderPasses::RenderPasses(const Device& device, VkSampleCountFlagBits requestedSamples, bool objectIds,
                           bool postAntiAliasing)
    : device_(device.handle()),
      samples_(postAntiAliasing ? VK_SAMPLE_COUNT_1_BIT : clampSamples(device, requestedSamples)),
      objectIds_(objectIds) {
  const bool msaa = samples_ != VK_SAMPLE_COUNT_1_BIT;

  // Scene pass. Attachment 0: colour (MSAA or final), 1: depth, 2: resolve target (MSAA only).
  std::array<VkAttachmentDescription, 3> att{};
  att[0].format = kColorFormat;
  att[0].samples = samples_;
  att[0].loadOp = VK_ATTACHMENT_LOAD_OP_CLEAR;
  att[0].storeOp = msaa ? VK_ATTACHMENT_STORE_OP_DONT_CARE : VK_ATTACHMENT_STORE_OP_STORE;
  att[0].stencilLoadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE;
  att[0].stencilStoreOp = VK_ATTACHMENT_STORE_OP_DONT_CARE;
  att[0].initialLayout = VK_IMAGE_LAYOUT_UNDEFINED;
  // With post anti-aliasing the scene colour is copied to the final image, then sampled.
  att[0].finalLayout = postAntiAliasing ? VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL : VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
  att[1] = att[0];
  att[1].format = kDepthFormat;
  att[1].storeOp = VK_ATTACHMENT_STORE_OP_DONT_CARE;
  att[1].finalLayout = VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL;
  att[2] = att[0];
  att[2].finalLayout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL;
  att[2].samples = VK_SAMPLE_COUNT_1_BIT;
  att[2].loadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE;
  att[2].storeOp = VK_ATTACHMENT_STORE_OP_STORE;

  VkAttachmentReference colorRef{0, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL};
  VkAttachmentReference depthRef{1, VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL};
  VkAttachmentReference resolveRef{2, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL};
  VkSubpassDescription subpass{};
  subpass.pipelineBindPoint = VK_PIPELINE_BIND_POINT_GRAPHICS;
  subpass.colorAttachmentCount = 1;
  subpass.pColorAttachments = &colorRef;
  subpass.pDepthStencilAttachment = &depthRef;
  subpass.pResolveAttachments = msaa ? &resolveRef : nullptr;

  // The previous frame may still be reading the resolved image (blit/copy), sampling the scene
  // colour (post pass) or writing the shared depth/MSAA images: wait for those before this
  // frame clears and writes them.
  std::array<VkSubpassDependency, 2> deps{};
  deps[0].srcSubpass = VK_SUBPASS_EXTERNAL;
  deps[0].dstSubpass = 0;
  deps[0].srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT | VK_PIPELINE_STAGE_LATE_FRAGMENT_TESTS_BIT |
                         VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT;
  deps[0].srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT | VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT;
  deps[0].dstStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT | VK_PIPELINE_STAGE_EARLY_FRAGMENT_TESTS_BIT |
                         VK_PIPELINE_STAGE_LATE_FRAGMENT_TESTS_BIT;
  deps[0].dstAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT | VK_ACCESS_COLOR_ATTACHMENT_READ_BIT |
                          VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT | VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_READ_BIT;
  deps[1].srcSubpass = 0;
  deps[1].dstSubpass = VK_SUBPASS_EXTERNAL;
  deps[1].srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT;
  deps[1].srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT;
  deps[1].dstStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT;
  deps[1].dstAccessMask = VK_ACCESS_COLOR_ATTACHMENT_READ_BIT | VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT;
  if (postAntiAliasing) {  // then a copy reads what this pass wrote
    deps[1].dstStageMask = VK_PIPELINE_STAGE_TRANSFER_BIT;
    deps[1].dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT;
  }

  VkRenderPassCreateInfo info{VK_STRUCTURE_TYPE_RENDER_PASS_CREATE_INFO};
  info.attachmentCount = msaa ? 3 : 2;
  info.pAttachments = att.data();
  info.subpassCount = 1;
  info.pSubpasses = &subpass;
  info.dependencyCount = static_cast<uint32_t>(deps.size());
  info.pDependencies = deps.data();
  VK_CHECK(vkCreateRenderPass(device_, &info, nullptr, &scene_));

  // UI pass: load the resolved image, draw ImGui, hand it to the transfer stage.
  ui_ = createFinalImagePass(device_, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                             {VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT, VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT},
                             {VK_PIPELINE_STAGE_TRANSFER_BIT, VK_ACCESS_TRANSFER_READ_BIT});
  if (objectIds_) createObjectIdPass();
  if (postAntiAliasing) createPostPass();
}

void RenderPasses::beginScene(VkCommandBuffer cmd, VkFramebuffer framebuffer, VkExtent2D extent,
                              const float (&clearColour)[4]) const {
  std::array<VkClearValue, 3> clears{};
  clears[0].color = {{clearColour[0], clearColour[1], clearColour[2], clearColour[3]}};
  clears[1].depthStencil = {1.0f, 0};
  clears[2].color = clears[0].color;  // the resolve target, when multisampled
  VkRenderPassBeginInfo begin{VK_STRUCTURE_TYPE_RENDER_PASS_BEGIN_INFO};
  begin.renderPass = scene_;
  begin.framebuffer = framebuffer;
  begin.renderArea = {{0, 0}, extent};
  begin.clearValueCount = samples_ != VK_SAMPLE_COUNT_1_BIT ? 3 : 2;
  begin.pClearValues = clears.data();
  vkCmdBeginRenderPass(cmd, &begin, VK_SUBPASS_CONTENTS_INLINE);
}

void RenderPasses::createObjectIdPass() {
  // Single-sample ids + depth (integer attachments cannot be multisampled on every device,
  // lavapipe included). Drawn only when probes are requested, scissored to the probe pixels.
  std::array<VkAttachmentDescription, 2> att{};
  att[0].format = kObjectIdFormat;
  att[0].samples = VK_SAMPLE_COUNT_1_BIT;
  att[0].loadOp = VK_ATTACHMENT_LOAD_OP_CLEAR;
  att[0].storeOp = VK_ATTACHMENT_STORE_OP_STORE;
  att[0].stencilLoadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE;
  att[0].stencilStoreOp = VK_ATTACHMENT_STORE_OP_DONT_CARE;
  att[0].initialLayout = VK_IMAGE_LAYOUT_UNDEFINED;
  att[0].finalLayout = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL;
  att[1] = att[0];
  att[1].format = kDepthFormat;
  att[1].storeOp = VK_ATTACHMENT_STORE_OP_DONT_CARE;
  att[1].finalLayout = VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL;
  VkAttachmentReference idRef{0, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL};
  VkAttachmentReference depthRef{1, VK_IMAGE_LAYOUT_DEPTH_STENCIL_ATTACHMENT_OPTIMAL};
  VkSubpassDescription subpass{};
  subpass.pipelineBindPoint = VK_PIPELINE_BIND_POINT_GRAPHICS;
  subpass.colorAttachmentCount = 1;
  subpass.pColorAttachments = &idRef;
  subpass.pDepthStencilAttachment = &depthRef;
  // Before: the previous frame's probe copy read the ids, and its id pass wrote the depth.
  // After: the probe copy reads the ids.
  std::array<VkSubpassDependency, 2> deps{};
  deps[0].srcSubpass = VK_SUBPASS_EXTERNAL;
  deps[0].dstSubpass = 0;
  deps[0].srcStageMask = VK_PIPELINE_STAGE_TRANSFER_BIT | VK_PIPELINE_STAGE_LATE_FRAGMENT_TESTS_BIT;
  deps[0].srcAccessMask = VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT;
  deps[0].dstStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT | VK_PIPELINE_STAGE_EARLY_FRAGMENT_TESTS_BIT |
                         VK_PIPELINE_STAGE_LATE_FRAGMENT_TESTS_BIT;
  deps[0].dstAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT | VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_WRITE_BIT |
                          VK_ACCESS_DEPTH_STENCIL_ATTACHMENT_READ_BIT;
  deps[1].srcSubpass = 0;
  deps[1].dstSubpass = VK_SUBPASS_EXTERNAL;
  deps[1].srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT;
  deps[1].srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT;
  deps[1].dstStageMask = VK_PIPELINE_STAGE_TRANSFER_BIT;
  deps[1].dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT;
  VkRenderPassCreateInfo info{VK_STRUCTURE_TYPE_RENDER_PASS_CREATE_INFO};
  info.attachmentCount = static_cast<uint32_t>(att.size());
  info.pAttachments = att.data();
  info.subpassCount = 1;
  info.pSubpasses = &subpass;
  info.dependencyCount = static_cast<uint32_t>(deps.size());
  info.pDependencies = deps.data();
  VK_CHECK(vkCreateRenderPass(device_, &info, nullptr, &objectIdPass_));
}

void RenderPasses::createPostPass() {
  // The final image already holds a copy of the scene (render/post_anti_aliasing.h); this pass
  // redraws only the part of it where the model is, which the ui pass then loads. Before it:
  // the copy and the barriers after it (recorded with the copy), so no access to wait for.
  postPass_ = createFinalImagePass(device_, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                                   {VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT, 0},
                                   {VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                                    VK_ACCESS_COLOR_ATTACHMENT_READ_BIT | VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT});
}

RenderPasses::~RenderPasses() {
  if (!device_) return;
  vkDestroyRenderPass(device_, scene_, nullptr);
  vkDestroyRenderPass(device_, ui_, nullptr);
  if (objectIdPass_) vkDestroyRenderPass(device_, objectIdPass_, nullptr);
  if (postPass_) vkDestroyRenderPass(device_, postPass_, nullptr);
}

RenderPasses::RenderPasses(RenderPasses&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)),
      scene_(std::exchange(other.scene_, VK_NULL_HANDLE)),
      ui_(std::exchange(other.ui_, VK_NULL_HANDLE)),
      objectIdPass_(std::exchange(other.objectIdPass_, VK_NULL_HANDLE)),
      postPass_(std::exchange(other.postPass_, VK_NULL_HANDLE)),
      samples_(other.samples_),
      objectIds_(other.objectIds_) {}

RenderPasses& RenderPasses::operator=(RenderPasses&& other) noexcept {
  if (this != &other) {
    this->~RenderPasses();
    new (this) RenderPasses(std::move(other));
  }
  return *this;
}

}  // namespace spineview::gpu
