#include "gpu/device_select.h"

#include <algorithm>
#include <cctype>

namespace spineview::gpu {
namespace {
std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const char* typeName(VkPhysicalDeviceType t) {
  switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return "discrete GPU";
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return "integrated GPU";
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return "virtual GPU";
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return "CPU";
    default: return "other";
  }
}
}  // namespace

int deviceTypeRank(VkPhysicalDeviceType type) {
  switch (type) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return 4;
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return 3;
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return 2;
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return 1;
    default: return 0;
  }
}

std::vector<PhysicalDeviceInfo> listPhysicalDevices(VkInstance instance) {
  uint32_t count = 0;
  if (vkEnumeratePhysicalDevices(instance, &count, nullptr) != VK_SUCCESS) return {};
  std::vector<VkPhysicalDevice> handles(count);
  vkEnumeratePhysicalDevices(instance, &count, handles.data());
  std::vector<PhysicalDeviceInfo> out;
  for (VkPhysicalDevice h : handles) {
    VkPhysicalDeviceDriverProperties driver{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_DRIVER_PROPERTIES};
    VkPhysicalDeviceProperties2 props{VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2, &driver};
    vkGetPhysicalDeviceProperties2(h, &props);
    PhysicalDeviceInfo info;
    info.handle = h;
    info.name = props.properties.deviceName;
    info.type = props.properties.deviceType;
    info.typeName = typeName(info.type);
    info.apiVersion = props.properties.apiVersion;
    info.driverInfo = std::string(driver.driverName) + " " + driver.driverInfo;
    uint32_t familyCount = 0;
    vkGetPhysicalDeviceQueueFamilyProperties(h, &familyCount, nullptr);
    std::vector<VkQueueFamilyProperties> families(familyCount);
    vkGetPhysicalDeviceQueueFamilyProperties(h, &familyCount, families.data());
    for (uint32_t i = 0; i < familyCount; ++i)
      if (families[i].queueFlags & VK_QUEUE_GRAPHICS_BIT) { info.graphicsQueueFamily = static_cast<int>(i); break; }
    out.push_back(std::move(info));
  }
  return out;
}

core::Result<PhysicalDeviceInfo> selectPhysicalDevice(VkInstance instance, const std::string& requestedName,
                                                      VkSurfaceKHR surface) {
  auto devices = listPhysicalDevices(instance);
  std::vector<PhysicalDeviceInfo> usable;
  for (auto& d : devices) {
    if (d.graphicsQueueFamily < 0 || VK_API_VERSION_MINOR(d.apiVersion) < 3) continue;
    if (surface) {
      VkBool32 present = VK_FALSE;
      vkGetPhysicalDeviceSurfaceSupportKHR(d.handle, static_cast<uint32_t>(d.graphicsQueueFamily), surface, &present);
      if (!present) continue;
    }
    usable.push_back(d);
  }
  if (usable.empty())
    return core::fail(devices.empty() ? "no Vulkan device found; install mesa-vulkan-drivers (lavapipe) or a GPU driver"
                                      : "no Vulkan 1.3 device with graphics" + std::string(surface ? " and presentation" : "") +
                                            " found; run `spineview devices` to see what the loader offers");
  if (!requestedName.empty()) {
    const std::string wanted = lower(requestedName);
    for (auto& d : usable)
      if (lower(d.name).find(wanted) != std::string::npos) return d;
    std::string names;
    for (auto& d : usable) names += (names.empty() ? "" : ", ") + d.name;
    return core::fail("no Vulkan device matches \"" + requestedName + "\"; available: " + names);
  }
  return *std::max_element(usable.begin(), usable.end(), [](const auto& a, const auto& b) {
    return deviceTypeRank(a.type) < deviceTypeRank(b.type);
  });
}

}  // namespace spineview::gpu
