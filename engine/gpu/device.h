// The logical device and its graphics queue, plus the few helpers every other gpu/ file
// needs (memory type lookup, one-shot command submission). Move-only owner.
#pragma once

#include <functional>

#include <vulkan/vulkan.h>

#include "gpu/device_select.h"

namespace spineview::gpu {

class Device {
 public:
  // `enableSwapchain` adds VK_KHR_swapchain for windowed use.
  static Device create(VkInstance instance, const PhysicalDeviceInfo& physical, bool enableSwapchain);
  Device() = default;
  ~Device();
  Device(Device&& other) noexcept;
  Device& operator=(Device&& other) noexcept;
  Device(const Device&) = delete;
  Device& operator=(const Device&) = delete;

  VkDevice handle() const { return device_; }
  VkPhysicalDevice physical() const { return physical_.handle; }
  const PhysicalDeviceInfo& info() const { return physical_; }
  VkInstance instance() const { return instance_; }
  VkQueue queue() const { return queue_; }
  uint32_t queueFamily() const { return static_cast<uint32_t>(physical_.graphicsQueueFamily); }
  const VkPhysicalDeviceProperties& properties() const { return properties_; }

  // Index of a memory type allowed by `typeBits` with all of `flags`; throws if none.
  uint32_t findMemoryType(uint32_t typeBits, VkMemoryPropertyFlags flags) const;
  // Records with `record`, submits, and waits: uploads, layout setup, readback.
  void submitAndWait(const std::function<void(VkCommandBuffer)>& record) const;
  void waitIdle() const;
  // The pipeline cache every pipeline of this device is made with (gpu/pipeline_cache.h;
  // owned elsewhere, and destroyed before the device); null: none.
  VkPipelineCache pipelineCache() const { return pipelineCache_; }
  void usePipelineCache(VkPipelineCache cache) { pipelineCache_ = cache; }

 private:
  VkInstance instance_ = VK_NULL_HANDLE;
  PhysicalDeviceInfo physical_;
  VkPhysicalDeviceProperties properties_{};
  VkDevice device_ = VK_NULL_HANDLE;
  VkQueue queue_ = VK_NULL_HANDLE;
  VkCommandPool uploadPool_ = VK_NULL_HANDLE;
  VkPipelineCache pipelineCache_ = VK_NULL_HANDLE;
};

}  // namespace spineview::gpu
