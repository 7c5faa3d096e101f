#include "gpu/offscreen_target.h"

#include <array>
#include <utility>
#include <vector>

#include "gpu/device.h"
#include "gpu/render_passes.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {

OffscreenTarget::OffscreenTarget(const Device& device, const RenderPasses& passes, VkExtent2D extent)
    : device_(device.handle()), extent_(extent) {
  const bool msaa = passes.samples() != VK_SAMPLE_COUNT_1_BIT;
  resolved_ = Image(device, {extent, kColorFormat,
                             VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT | VK_IMAGE_USAGE_SAMPLED_BIT |
                                 VK_IMAGE_USAGE_TRANSFER_DST_BIT,
                             VK_SAMPLE_COUNT_1_BIT, VK_IMAGE_ASPECT_COLOR_BIT});
  if (msaa)
    msaaColor_ = Image(device, {extent, kColorFormat,
                                VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSIENT_ATTACHMENT_BIT,
                                passes.samples(), VK_IMAGE_ASPECT_COLOR_BIT});
  if (passes.postAntiAliasing())
    sceneColour_ = Image(device, {extent, kColorFormat, VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_SAMPLED_BIT |
                                                             VK_IMAGE_USAGE_TRANSFER_SRC_BIT,
                                  VK_SAMPLE_COUNT_1_BIT, VK_IMAGE_ASPECT_COLOR_BIT});
  depth_ = Image(device, {extent, kDepthFormat, VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT, passes.samples(),
                          VK_IMAGE_ASPECT_DEPTH_BIT});
  const VkImageView sceneView = msaa ? msaaColor_.view() : passes.postAntiAliasing() ? sceneColour_.view() : resolved_.view();
  std::vector<VkImageView> views{sceneView, depth_.view()};
  if (msaa) views.push_back(resolved_.view());
  const auto count = static_cast<uint32_t>(views.size());
  VkFramebufferCreateInfo info{VK_STRUCTURE_TYPE_FRAMEBUFFER_CREATE_INFO};
  info.renderPass = passes.scene();
  info.attachmentCount = count;
  info.pAttachments = views.data();
  info.width = extent.width;
  info.height = extent.height;
  info.layers = 1;
  VK_CHECK(vkCreateFramebuffer(device_, &info, nullptr, &sceneFramebuffer_));

  VkImageView uiView = resolved_.view();
  info.renderPass = passes.ui();
  info.attachmentCount = 1;
  info.pAttachments = &uiView;
  VK_CHECK(vkCreateFramebuffer(device_, &info, nullptr, &uiFramebuffer_));
  if (passes.postAntiAliasing()) {
    info.renderPass = passes.postPass();
    VK_CHECK(vkCreateFramebuffer(device_, &info, nullptr, &postFramebuffer_));
  }

  if (passes.objectIds()) {
    objectIds_ = Image(device, {extent, kObjectIdFormat, VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_TRANSFER_SRC_BIT,
                                VK_SAMPLE_COUNT_1_BIT, VK_IMAGE_ASPECT_COLOR_BIT});
    objectIdDepth_ = Image(device, {extent, kDepthFormat, VK_IMAGE_USAGE_DEPTH_STENCIL_ATTACHMENT_BIT, VK_SAMPLE_COUNT_1_BIT,
                                    VK_IMAGE_ASPECT_DEPTH_BIT});
    const std::array<VkImageView, 2> idViews{objectIds_.view(), objectIdDepth_.view()};
    info.renderPass = passes.objectIdPass();
    info.attachmentCount = static_cast<uint32_t>(idViews.size());
    info.pAttachments = idViews.data();
    VK_CHECK(vkCreateFramebuffer(device_, &info, nullptr, &objectIdFramebuffer_));
  }
}

OffscreenTarget::~OffscreenTarget() {
  if (!device_) return;
  vkDestroyFramebuffer(device_, sceneFramebuffer_, nullptr);
  vkDestroyFramebuffer(device_, uiFramebuffer_, nullptr);
  if (objectIdFramebuffer_) vkDestroyFramebuffer(device_, objectIdFramebuffer_, nullptr);
  if (postFramebuffer_) vkDestroyFramebuffer(device_, postFramebuffer_, nullptr);
}

OffscreenTarget::OffscreenTarget(OffscreenTarget&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)),
      extent_(other.extent_),
      msaaColor_(std::move(other.msaaColor_)),
      sceneColour_(std::move(other.sceneColour_)),
      depth_(std::move(other.depth_)),
      resolved_(std::move(other.resolved_)),
      objectIds_(std::move(other.objectIds_)),
      objectIdDepth_(std::move(other.objectIdDepth_)),
      sceneFramebuffer_(std::exchange(other.sceneFramebuffer_, VK_NULL_HANDLE)),
      uiFramebuffer_(std::exchange(other.uiFramebuffer_, VK_NULL_HANDLE)),
      objectIdFramebuffer_(std::exchange(other.objectIdFramebuffer_, VK_NULL_HANDLE)),
      postFramebuffer_(std::exchange(other.postFramebuffer_, VK_NULL_HANDLE)) {}

OffscreenTarget& OffscreenTarget::operator=(OffscreenTarget&& other) noexcept {
  if (this != &other) {
    this->~OffscreenTarget();
    new (this) OffscreenTarget(std::move(other));
  }
  return *this;
}

void OffscreenTarget::recordReadback(VkCommandBuffer cmd, const Buffer& readback) const {
  VkBufferImageCopy region{};
  region.imageSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
  region.imageExtent = {extent_.width, extent_.height, 1};
  vkCmdCopyImageToBuffer(cmd, resolved_.handle(), VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, readback.handle(), 1, &region);
  barrierCopyToHostRead(cmd, readback.handle());
}

}  // namespace spineview::gpu
