#include "gpu/descriptors.h"

#include <utility>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {

DescriptorSetLayout::DescriptorSetLayout(const Device& device, std::span<const VkDescriptorSetLayoutBinding> bindings)
    : device_(device.handle()) {
  VkDescriptorSetLayoutCreateInfo info{VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO};
  info.bindingCount = static_cast<uint32_t>(bindings.size());
  info.pBindings = bindings.data();
  VK_CHECK(vkCreateDescriptorSetLayout(device_, &info, nullptr, &layout_));
}

DescriptorSetLayout::~DescriptorSetLayout() {
  if (device_) vkDestroyDescriptorSetLayout(device_, layout_, nullptr);
}

DescriptorSetLayout::DescriptorSetLayout(DescriptorSetLayout&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)), layout_(std::exchange(other.layout_, VK_NULL_HANDLE)) {}

DescriptorSetLayout& DescriptorSetLayout::operator=(DescriptorSetLayout&& other) noexcept {
  if (this != &other) {
    this->~DescriptorSetLayout();
    new (this) DescriptorSetLayout(std::move(other));
  }
  return *this;
}

DescriptorPool::DescriptorPool(const Device& device, std::span<const VkDescriptorPoolSize> sizes, uint32_t maxSets,
                               VkDescriptorPoolCreateFlags flags)
    : device_(device.handle()) {
  VkDescriptorPoolCreateInfo info{VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO};
  info.flags = flags;
  info.maxSets = maxSets;
  info.poolSizeCount = static_cast<uint32_t>(sizes.size());
  info.pPoolSizes = sizes.data();
  VK_CHECK(vkCreateDescriptorPool(device_, &info, nullptr, &pool_));
}

DescriptorPool::~DescriptorPool() {
  if (device_) vkDestroyDescriptorPool(device_, pool_, nullptr);
}

DescriptorPool::DescriptorPool(DescriptorPool&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)), pool_(std::exchange(other.pool_, VK_NULL_HANDLE)) {}

DescriptorPool& DescriptorPool::operator=(DescriptorPool&& other) noexcept {
  if (this != &other) {
    this->~DescriptorPool();
    new (this) DescriptorPool(std::move(other));
  }
  return *this;
}

VkDescriptorSet DescriptorPool::allocate(VkDescriptorSetLayout layout) const {
  VkDescriptorSetAllocateInfo info{VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO};
  info.descriptorPool = pool_;
  info.descriptorSetCount = 1;
  info.pSetLayouts = &layout;
  VkDescriptorSet set = VK_NULL_HANDLE;
  VK_CHECK(vkAllocateDescriptorSets(device_, &info, &set));
  return set;
}

}  // namespace spineview::gpu
