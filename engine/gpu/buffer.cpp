#include "gpu/buffer.h"

#include <cstring>
#include <utility>

#include "gpu/device.h"
#include "gpu/fault_injection.h"
#include "gpu/memory_stats.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {

Buffer::Buffer(const Device& device, VkDeviceSize size, VkBufferUsageFlags usage, MemoryUse use)
    : device_(device.handle()), size_(size) {
  VkBufferCreateInfo info{VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO};
  info.size = size;
  info.usage = usage;
  info.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
  VK_CHECK(vkCreateBuffer(device_, &info, nullptr, &buffer_));
  VkMemoryRequirements req;
  vkGetBufferMemoryRequirements(device_, buffer_, &req);
  VkMemoryAllocateInfo alloc{VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO};
  alloc.allocationSize = req.size;
  if (use == MemoryUse::HostVisible) {
    alloc.memoryTypeIndex =
        device.findMemoryType(req.memoryTypeBits, VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT);
  } else {
    alloc.memoryTypeIndex = device.findMemoryType(req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT);
  }
  VK_CHECK(vkAllocateMemory(device_, &alloc, nullptr, &memory_));
  noteDeviceMemoryAllocated();
  VK_CHECK(vkBindBufferMemory(device_, buffer_, memory_, 0));
  if (use == MemoryUse::HostVisible) VK_CHECK(vkMapMemory(device_, memory_, 0, VK_WHOLE_SIZE, 0, &mapped_));
}

Buffer::~Buffer() {
  if (!device_) return;
  if (mapped_) vkUnmapMemory(device_, memory_);
  vkDestroyBuffer(device_, buffer_, nullptr);
  vkFreeMemory(device_, memory_, nullptr);
  if (memory_) noteDeviceMemoryFreed();
}

Buffer::Buffer(Buffer&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)),
      buffer_(std::exchange(other.buffer_, VK_NULL_HANDLE)),
      memory_(std::exchange(other.memory_, VK_NULL_HANDLE)),
      size_(std::exchange(other.size_, 0)),
      mapped_(std::exchange(other.mapped_, nullptr)),
      coherent_(other.coherent_) {}

Buffer& Buffer::operator=(Buffer&& other) noexcept {
  if (this != &other) {
    this->~Buffer();
    new (this) Buffer(std::move(other));
  }
  return *this;
}

void Buffer::write(const void* data, std::size_t bytes, std::size_t offset) {
  if (!mapped_ || offset + bytes > size_) throw VulkanError(VK_ERROR_MEMORY_MAP_FAILED, "buffer write out of range or unmapped");
  std::memcpy(static_cast<char*>(mapped_) + offset, data, bytes);
}

void Buffer::invalidate() {
  // Memory is host-coherent (requested at allocation), so nothing to do; kept as the one
  // place to add vkInvalidateMappedMemoryRanges if non-coherent memory is ever used.
}

Buffer Buffer::createWithData(const Device& device, const void* data, std::size_t bytes, VkBufferUsageFlags usage) {
  VK_CHECK(injectedFault(FaultSite::Upload));
  Buffer staging(device, bytes, VK_BUFFER_USAGE_TRANSFER_SRC_BIT, MemoryUse::HostVisible);
  staging.write(data, bytes);
  Buffer target(device, bytes, usage | VK_BUFFER_USAGE_TRANSFER_DST_BIT, MemoryUse::DeviceLocal);
  device.submitAndWait([&](VkCommandBuffer cmd) {
    VkBufferCopy region{0, 0, bytes};
    vkCmdCopyBuffer(cmd, staging.handle(), target.handle(), 1, &region);
  });
  return target;
}

void barrierCopyToHostRead(VkCommandBuffer cmd, VkBuffer buffer) {
  VkBufferMemoryBarrier2 toHost{VK_STRUCTURE_TYPE_BUFFER_MEMORY_BARRIER_2};
  toHost.srcStageMask = VK_PIPELINE_STAGE_2_COPY_BIT;
  toHost.srcAccessMask = VK_ACCESS_2_TRANSFER_WRITE_BIT;
  toHost.dstStageMask = VK_PIPELINE_STAGE_2_HOST_BIT;
  toHost.dstAccessMask = VK_ACCESS_2_HOST_READ_BIT;
  toHost.srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED;
  toHost.dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED;
  toHost.buffer = buffer;
  toHost.size = VK_WHOLE_SIZE;
  VkDependencyInfo dep{VK_STRUCTURE_TYPE_DEPENDENCY_INFO};
  dep.bufferMemoryBarrierCount = 1;
  dep.pBufferMemoryBarriers = &toHost;
  vkCmdPipelineBarrier2(cmd, &dep);
}

}  // namespace spineview::gpu
