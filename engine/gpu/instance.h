// The Vulkan instance, with VK_EXT_debug_utils and, when asked, the Khronos validation
// layer (synchronization validation included). Move-only owner.
#pragma once

#include <string>
#include <vector>

#include <vulkan/vulkan.h>

#include "core/result.h"

namespace spineview::gpu {

struct InstanceOptions {
  bool validation = false;
  bool synchronizationValidation = false;
  std::vector<std::string> windowExtensions;  // from the platform layer when a window is wanted
};

class Instance {
 public:
  static core::Result<Instance> create(const InstanceOptions& options);
  Instance() = default;
  ~Instance();
  Instance(Instance&& other) noexcept;
  Instance& operator=(Instance&& other) noexcept;
  Instance(const Instance&) = delete;
  Instance& operator=(const Instance&) = delete;

  VkInstance handle() const { return instance_; }
  bool validationEnabled() const { return validation_; }

 private:
  VkInstance instance_ = VK_NULL_HANDLE;
  VkDebugUtilsMessengerEXT messenger_ = VK_NULL_HANDLE;
  bool validation_ = false;
};

}  // namespace spineview::gpu
