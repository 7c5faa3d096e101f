#include "render/headless_target.h"

#include <cstring>

#include "gpu/device.h"
#include "gpu/fault_injection.h"
#include "gpu/vk_check.h"

namespace spineview::render {

HeadlessTarget::HeadlessTarget(const gpu::Device& device, const gpu::RenderPasses& passes, VkExtent2D extent)
    : device_(device),
      target_(device, passes, extent),
      readback_(device, VkDeviceSize(extent.width) * extent.height * 4, VK_BUFFER_USAGE_TRANSFER_DST_BIT,
                gpu::MemoryUse::HostVisible),
      ring_(device) {}

void HeadlessTarget::submit(const RecordFn& record, bool readback) {
  const std::uint32_t slotIndex = frameIndex_++ % gpu::kFramesInFlight;
  gpu::FrameSlot& slot = ring_.begin(slotIndex);
  VkCommandBufferBeginInfo begin{VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO};
  begin.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
  VK_CHECK(vkBeginCommandBuffer(slot.commands, &begin));
  record(slot.commands, slotIndex, target_);
  if (readback) target_.recordReadback(slot.commands, readback_);
  VK_CHECK(vkEndCommandBuffer(slot.commands));
  VK_CHECK(gpu::injectedFault(gpu::FaultSite::FrameSubmit, frameIndex_ - 1));
  VK_CHECK(vkResetFences(device_.handle(), 1, &slot.done));
  VkSubmitInfo submitInfo{VK_STRUCTURE_TYPE_SUBMIT_INFO};
  submitInfo.commandBufferCount = 1;
  submitInfo.pCommandBuffers = &slot.commands;
  VK_CHECK(vkQueueSubmit(device_.queue(), 1, &submitInfo, slot.done));
  // Headless frames are consumed right away (PNG, timing), so wait here.
  VK_CHECK(vkWaitForFences(device_.handle(), 1, &slot.done, VK_TRUE, UINT64_MAX));
}

core::RgbaImage HeadlessTarget::renderAndRead(const RecordFn& record) {
  submit(record, true);
  core::RgbaImage image;
  image.width = target_.extent().width;
  image.height = target_.extent().height;
  image.pixels.resize(std::size_t(image.width) * image.height * 4);
  readback_.invalidate();
  std::memcpy(image.pixels.data(), readback_.mapped(), image.pixels.size());
  // The frame is opaque on screen; ImGui's blend state leaves partial alpha behind, which
  // would make saved PNGs see-through.
  for (std::size_t i = 3; i < image.pixels.size(); i += 4) image.pixels[i] = 255;
  return image;
}

void HeadlessTarget::render(const RecordFn& record) { submit(record, false); }

}  // namespace spineview::render
