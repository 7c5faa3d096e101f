#include "gpu/frame_ring.h"

#include <utility>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {

FrameRing::FrameRing(const Device& device) : device_(device.handle()) {
  for (auto& s : slots_) {
    VkCommandPoolCreateInfo poolInfo{VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO};
    poolInfo.flags = VK_COMMAND_POOL_CREATE_TRANSIENT_BIT;
    poolInfo.queueFamilyIndex = device.queueFamily();
    VK_CHECK(vkCreateCommandPool(device_, &poolInfo, nullptr, &s.pool));
    VkCommandBufferAllocateInfo alloc{VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO};
    alloc.commandPool = s.pool;
    alloc.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
    alloc.commandBufferCount = 1;
    VK_CHECK(vkAllocateCommandBuffers(device_, &alloc, &s.commands));
    VkFenceCreateInfo fenceInfo{VK_STRUCTURE_TYPE_FENCE_CREATE_INFO};
    fenceInfo.flags = VK_FENCE_CREATE_SIGNALED_BIT;
    VK_CHECK(vkCreateFence(device_, &fenceInfo, nullptr, &s.done));
    VkSemaphoreCreateInfo semInfo{VK_STRUCTURE_TYPE_SEMAPHORE_CREATE_INFO};
    VK_CHECK(vkCreateSemaphore(device_, &semInfo, nullptr, &s.imageAvailable));
  }
}

FrameRing::~FrameRing() {
  if (!device_) return;
  for (auto& s : slots_) {
    vkDestroySemaphore(device_, s.imageAvailable, nullptr);
    vkDestroyFence(device_, s.done, nullptr);
    vkDestroyCommandPool(device_, s.pool, nullptr);
  }
}

FrameRing::FrameRing(FrameRing&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)), slots_(other.slots_) {}

FrameRing& FrameRing::operator=(FrameRing&& other) noexcept {
  if (this != &other) {
    this->~FrameRing();
    new (this) FrameRing(std::move(other));
  }
  return *this;
}

FrameSlot& FrameRing::begin(uint32_t slotIndex) {
  FrameSlot& s = slots_[slotIndex % kFramesInFlight];
  VK_CHECK(vkWaitForFences(device_, 1, &s.done, VK_TRUE, UINT64_MAX));
  VK_CHECK(vkResetCommandPool(device_, s.pool, 0));
  return s;
}

}  // namespace spineview::gpu
