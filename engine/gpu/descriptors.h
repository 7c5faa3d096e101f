// Descriptor set layout and pool owners (the renderer uses one set per frame slot; ImGui
// gets its own pool). Move-only.
#pragma once

#include <span>

#include <vulkan/vulkan.h>

namespace spineview::gpu {

class Device;

class DescriptorSetLayout {
 public:
  DescriptorSetLayout() = default;
  DescriptorSetLayout(const Device& device, std::span<const VkDescriptorSetLayoutBinding> bindings);
  ~DescriptorSetLayout();
  DescriptorSetLayout(DescriptorSetLayout&& other) noexcept;
  DescriptorSetLayout& operator=(DescriptorSetLayout&& other) noexcept;
  DescriptorSetLayout(const DescriptorSetLayout&) = delete;
  DescriptorSetLayout& operator=(const DescriptorSetLayout&) = delete;
  VkDescriptorSetLayout handle() const { return layout_; }

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkDescriptorSetLayout layout_ = VK_NULL_HANDLE;
};

class DescriptorPool {
 public:
  DescriptorPool() = default;
  DescriptorPool(const Device& device, std::span<const VkDescriptorPoolSize> sizes, uint32_t maxSets,
                 VkDescriptorPoolCreateFlags flags = 0);
  ~DescriptorPool();
  DescriptorPool(DescriptorPool&& other) noexcept;
  DescriptorPool& operator=(DescriptorPool&& other) noexcept;
  DescriptorPool(const DescriptorPool&) = delete;
  DescriptorPool& operator=(const DescriptorPool&) = delete;
  VkDescriptorPool handle() const { return pool_; }
  VkDescriptorSet allocate(VkDescriptorSetLayout layout) const;

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkDescriptorPool pool_ = VK_NULL_HANDLE;
};

}  // namespace spineview::gpu
