#include "render/window_presenter.h"

#include "gpu/device.h"
#include "gpu/fault_injection.h"
#include "gpu/vk_check.h"

namespace spineview::render {

WindowPresenter::WindowPresenter(const gpu::Device& device, const gpu::RenderPasses& passes, VkSurfaceKHR surface,
                                 VkExtent2D framebufferSize)
    : device_(device), passes_(passes), surface_(surface), ring_(device) {
  recreate(framebufferSize);
}

WindowPresenter::~WindowPresenter() { vkDeviceWaitIdle(device_.handle()); }

void WindowPresenter::recreate(VkExtent2D framebufferSize) {
  device_.waitIdle();
  gpu::Swapchain next(device_, surface_, framebufferSize, swapchain_.handle());
  swapchain_ = std::move(next);
  target_ = gpu::OffscreenTarget(device_, passes_, swapchain_.extent());
  needsRecreate_ = false;
  ++recreateCount_;
}

void WindowPresenter::recordBlit(VkCommandBuffer cmd, std::uint32_t imageIndex) {
  VkImage dst = swapchain_.image(imageIndex);
  VkImageMemoryBarrier2 toDst{VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER_2};
  // Waits on the acquire semaphore, which the submit ties to the transfer stage.
  toDst.srcStageMask = VK_PIPELINE_STAGE_2_BLIT_BIT;
  toDst.srcAccessMask = 0;
  toDst.dstStageMask = VK_PIPELINE_STAGE_2_BLIT_BIT;
  toDst.dstAccessMask = VK_ACCESS_2_TRANSFER_WRITE_BIT;
  toDst.oldLayout = VK_IMAGE_LAYOUT_UNDEFINED;
  toDst.newLayout = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL;
  toDst.srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED;
  toDst.dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED;
  toDst.image = dst;
  toDst.subresourceRange = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 1, 0, 1};
  VkDependencyInfo dep{VK_STRUCTURE_TYPE_DEPENDENCY_INFO};
  dep.imageMemoryBarrierCount = 1;
  dep.pImageMemoryBarriers = &toDst;
  vkCmdPipelineBarrier2(cmd, &dep);

  const VkExtent2D src = target_.extent();
  const VkExtent2D out = swapchain_.extent();
  VkImageBlit region{};
  region.srcSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
  region.srcOffsets[1] = {static_cast<int32_t>(src.width), static_cast<int32_t>(src.height), 1};
  region.dstSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
  region.dstOffsets[1] = {static_cast<int32_t>(out.width), static_cast<int32_t>(out.height), 1};
  vkCmdBlitImage(cmd, target_.resolvedImage(), VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, dst,
                 VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 1, &region, VK_FILTER_LINEAR);

  VkImageMemoryBarrier2 toPresent = toDst;
  toPresent.srcStageMask = VK_PIPELINE_STAGE_2_BLIT_BIT;
  toPresent.srcAccessMask = VK_ACCESS_2_TRANSFER_WRITE_BIT;
  toPresent.dstStageMask = VK_PIPELINE_STAGE_2_NONE;
  toPresent.dstAccessMask = 0;
  toPresent.oldLayout = VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL;
  toPresent.newLayout = VK_IMAGE_LAYOUT_PRESENT_SRC_KHR;
  dep.pImageMemoryBarriers = &toPresent;
  vkCmdPipelineBarrier2(cmd, &dep);
}

PresentOutcome WindowPresenter::drawFrame(VkExtent2D framebufferSize, const RecordFn& record) {
  if (framebufferSize.width == 0 || framebufferSize.height == 0) return PresentOutcome::SkippedZeroSize;
  if (needsRecreate_ || framebufferSize.width != swapchain_.extent().width ||
      framebufferSize.height != swapchain_.extent().height) {
    recreate(framebufferSize);
  }

  const std::uint32_t slotIndex = frameIndex_ % gpu::kFramesInFlight;
  gpu::FrameSlot& slot = ring_.begin(slotIndex);
  std::uint32_t imageIndex = 0;
  // Counted across presenters, so the replacement built after an injected surface loss does
  // not see the same fault again.
  static std::uint64_t acquireNumber = 0;
  VkResult acquired = gpu::injectedFault(gpu::FaultSite::SwapchainAcquire, acquireNumber++);
  if (acquired == VK_SUCCESS)
    acquired = vkAcquireNextImageKHR(device_.handle(), swapchain_.handle(), UINT64_MAX, slot.imageAvailable, VK_NULL_HANDLE,
                                     &imageIndex);
  if (acquired == VK_ERROR_SURFACE_LOST_KHR) return PresentOutcome::SurfaceLost;  // nothing was submitted
  if (acquired == VK_ERROR_OUT_OF_DATE_KHR) {
    recreate(framebufferSize);
    return PresentOutcome::Recreated;
  }
  if (acquired != VK_SUBOPTIMAL_KHR) VK_CHECK(acquired);
  if (acquired == VK_SUBOPTIMAL_KHR) needsRecreate_ = true;

  VkCommandBufferBeginInfo begin{VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO};
  begin.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
  VK_CHECK(vkBeginCommandBuffer(slot.commands, &begin));
  record(slot.commands, slotIndex, target_);
  recordBlit(slot.commands, imageIndex);
  VK_CHECK(vkEndCommandBuffer(slot.commands));

  VK_CHECK(gpu::injectedFault(gpu::FaultSite::FrameSubmit, frameIndex_));
  VK_CHECK(vkResetFences(device_.handle(), 1, &slot.done));
  const VkPipelineStageFlags waitStage = VK_PIPELINE_STAGE_TRANSFER_BIT;
  VkSemaphore finished = swapchain_.renderFinished(imageIndex);
  VkSubmitInfo submit{VK_STRUCTURE_TYPE_SUBMIT_INFO};
  submit.waitSemaphoreCount = 1;
  submit.pWaitSemaphores = &slot.imageAvailable;
  submit.pWaitDstStageMask = &waitStage;
  submit.commandBufferCount = 1;
  submit.pCommandBuffers = &slot.commands;
  submit.signalSemaphoreCount = 1;
  submit.pSignalSemaphores = &finished;
  VK_CHECK(vkQueueSubmit(device_.queue(), 1, &submit, slot.done));
  ++frameIndex_;

  VkSwapchainKHR swapchain = swapchain_.handle();
  VkPresentInfoKHR present{VK_STRUCTURE_TYPE_PRESENT_INFO_KHR};
  present.waitSemaphoreCount = 1;
  present.pWaitSemaphores = &finished;
  present.swapchainCount = 1;
  present.pSwapchains = &swapchain;
  present.pImageIndices = &imageIndex;
  const VkResult presented = vkQueuePresentKHR(device_.queue(), &present);
  if (presented == VK_ERROR_OUT_OF_DATE_KHR || presented == VK_SUBOPTIMAL_KHR) {
    needsRecreate_ = true;
    return PresentOutcome::Presented;
  }
  if (presented == VK_ERROR_SURFACE_LOST_KHR) return PresentOutcome::SurfaceLost;
  VK_CHECK(presented);
  return PresentOutcome::Presented;
}

}  // namespace spineview::render
