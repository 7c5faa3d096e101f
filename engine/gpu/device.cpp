#include "gpu/device.h"

#include <utility>

#include "gpu/vk_check.h"

namespace spineview::gpu {

Device Device::create(VkInstance instance, const PhysicalDeviceInfo& physical, bool enableSwapchain) {
  Device d;
  d.instance_ = instance;
  d.physical_ = physical;
  vkGetPhysicalDeviceProperties(physical.handle, &d.properties_);

  const float priority = 1.0f;
  VkDeviceQueueCreateInfo queueInfo{VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO};
  queueInfo.queueFamilyIndex = d.queueFamily();
  queueInfo.queueCount = 1;
  queueInfo.pQueuePriorities = &priority;

  VkPhysicalDeviceVulkan13Features features13{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_3_FEATURES};
  features13.synchronization2 = VK_TRUE;
  VkPhysicalDeviceFeatures2 features{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2, &features13};
  VkPhysicalDeviceFeatures supported{};
  vkGetPhysicalDeviceFeatures(physical.handle, &supported);
  features.features.fillModeNonSolid = supported.fillModeNonSolid;
  features.features.wideLines = supported.wideLines;
  features.features.largePoints = supported.largePoints;  // imported point primitives (render/imported_pipelines)
  // The section plane clips in the vertex stage (gl_ClipDistance), so fragment shaders need no
  // discard and CPU rasterizers keep their early depth test.
  features.features.shaderClipDistance = supported.shaderClipDistance;

  const char* swapchainExt = VK_KHR_SWAPCHAIN_EXTENSION_NAME;
  VkDeviceCreateInfo info{VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO, &features};
  info.queueCreateInfoCount = 1;
  info.pQueueCreateInfos = &queueInfo;
  info.enabledExtensionCount = enableSwapchain ? 1 : 0;
  info.ppEnabledExtensionNames = enableSwapchain ? &swapchainExt : nullptr;
  VK_CHECK(vkCreateDevice(physical.handle, &info, nullptr, &d.device_));
  vkGetDeviceQueue(d.device_, d.queueFamily(), 0, &d.queue_);

  VkCommandPoolCreateInfo poolInfo{VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO};
  poolInfo.flags = VK_COMMAND_POOL_CREATE_TRANSIENT_BIT;
  poolInfo.queueFamilyIndex = d.queueFamily();
  VK_CHECK(vkCreateCommandPool(d.device_, &poolInfo, nullptr, &d.uploadPool_));
  return d;
}

Device::~Device() {
  if (device_) {
    vkDeviceWaitIdle(device_);
    vkDestroyCommandPool(device_, uploadPool_, nullptr);
    vkDestroyDevice(device_, nullptr);
  }
}

Device::Device(Device&& other) noexcept
    : instance_(other.instance_),
      physical_(std::move(other.physical_)),
      properties_(other.properties_),
      device_(std::exchange(other.device_, VK_NULL_HANDLE)),
      queue_(other.queue_),
      uploadPool_(std::exchange(other.uploadPool_, VK_NULL_HANDLE)),
      pipelineCache_(std::exchange(other.pipelineCache_, VK_NULL_HANDLE)) {}

Device& Device::operator=(Device&& other) noexcept {
  if (this != &other) {
    this->~Device();
    new (this) Device(std::move(other));
  }
  return *this;
}

uint32_t Device::findMemoryType(uint32_t typeBits, VkMemoryPropertyFlags flags) const {
  VkPhysicalDeviceMemoryProperties mem;
  vkGetPhysicalDeviceMemoryProperties(physical_.handle, &mem);
  for (uint32_t i = 0; i < mem.memoryTypeCount; ++i)
    if ((typeBits & (1u << i)) && (mem.memoryTypes[i].propertyFlags & flags) == flags) return i;
  throw VulkanError(VK_ERROR_OUT_OF_DEVICE_MEMORY, "no Vulkan memory type with the needed properties");
}

void Device::submitAndWait(const std::function<void(VkCommandBuffer)>& record) const {
  VkCommandBufferAllocateInfo alloc{VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO};
  alloc.commandPool = uploadPool_;
  alloc.level = VK_COMMAND_BUFFER_LEVEL_PRIMARY;
  alloc.commandBufferCount = 1;
  VkCommandBuffer cmd = VK_NULL_HANDLE;
  VK_CHECK(vkAllocateCommandBuffers(device_, &alloc, &cmd));
  VkCommandBufferBeginInfo begin{VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO};
  begin.flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT;
  VK_CHECK(vkBeginCommandBuffer(cmd, &begin));
  record(cmd);
  VK_CHECK(vkEndCommandBuffer(cmd));
  VkFenceCreateInfo fenceInfo{VK_STRUCTURE_TYPE_FENCE_CREATE_INFO};
  VkFence fence = VK_NULL_HANDLE;
  VK_CHECK(vkCreateFence(device_, &fenceInfo, nullptr, &fence));
  VkSubmitInfo submit{VK_STRUCTURE_TYPE_SUBMIT_INFO};
  submit.commandBufferCount = 1;
  submit.pCommandBuffers = &cmd;
  const VkResult submitted = vkQueueSubmit(queue_, 1, &submit, fence);
  const VkResult waited = submitted == VK_SUCCESS ? vkWaitForFences(device_, 1, &fence, VK_TRUE, UINT64_MAX) : submitted;
  vkDestroyFence(device_, fence, nullptr);
  vkFreeCommandBuffers(device_, uploadPool_, 1, &cmd);
  VK_CHECK(submitted);
  VK_CHECK(waited);
}

void Device::waitIdle() const { VK_CHECK(vkDeviceWaitIdle(device_)); }

}  // namespace spineview::gpu
