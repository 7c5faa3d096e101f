// A VkBuffer with its own memory. Host-visible buffers stay mapped for their lifetime.
// Move-only owner; destroy only once the GPU no longer uses it.
#pragma once

#include <cstddef>

#include <vulkan/vulkan.h>

namespace spineview::gpu {

class Device;

enum class MemoryUse { DeviceLocal, HostVisible };

class Buffer {
 public:
  Buffer() = default;
  Buffer(const Device& device, VkDeviceSize size, VkBufferUsageFlags usage, MemoryUse use);
  ~Buffer();
  Buffer(Buffer&& other) noexcept;
  Buffer& operator=(Buffer&& other) noexcept;
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;

  VkBuffer handle() const { return buffer_; }
  VkDeviceSize size() const { return size_; }
  void* mapped() const { return mapped_; }  // null for device-local
  bool valid() const { return buffer_ != VK_NULL_HANDLE; }

  // Copies into a host-visible buffer and flushes if the memory is not coherent.
  void write(const void* data, std::size_t bytes, std::size_t offset = 0);
  // Makes device writes visible to the host before reading `mapped()`.
  void invalidate();

  // Creates a device-local buffer filled from `data` through a staging buffer.
  static Buffer createWithData(const Device& device, const void* data, std::size_t bytes, VkBufferUsageFlags usage);

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkBuffer buffer_ = VK_NULL_HANDLE;
  VkDeviceMemory memory_ = VK_NULL_HANDLE;
  VkDeviceSize size_ = 0;
  void* mapped_ = nullptr;
  bool coherent_ = true;
};

// Makes a transfer's writes into `buffer` visible to the host (readbacks after a copy).
void barrierCopyToHostRead(VkCommandBuffer cmd, VkBuffer buffer);

}  // namespace spineview::gpu
