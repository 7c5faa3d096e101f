// Choosing a physical device: discrete > integrated > virtual > CPU, unless the user names
// one with --gpu NAME or SPINEVIEW_GPU (case-insensitive substring of the device name).
#pragma once

#include <string>
#include <vector>

#include <vulkan/vulkan.h>

#include "core/result.h"

namespace spineview::gpu {

struct PhysicalDeviceInfo {
  VkPhysicalDevice handle = VK_NULL_HANDLE;
  std::string name;
  std::string typeName;   // "discrete GPU", "integrated GPU", "virtual GPU", "CPU", "other"
  VkPhysicalDeviceType type = VK_PHYSICAL_DEVICE_TYPE_OTHER;
  uint32_t apiVersion = 0;
  std::string driverInfo;
  int graphicsQueueFamily = -1;  // -1: no graphics queue, not usable
};

std::vector<PhysicalDeviceInfo> listPhysicalDevices(VkInstance instance);

// Rank used for the automatic choice; higher is preferred.
int deviceTypeRank(VkPhysicalDeviceType type);

// Picks by the rules above. `requestedName` empty → automatic. `surface` (optional) must be
// presentable from the chosen queue family.
core::Result<PhysicalDeviceInfo> selectPhysicalDevice(VkInstance instance, const std::string& requestedName,
                                                      VkSurfaceKHR surface = VK_NULL_HANDLE);

}  // namespace spineview::gpu
