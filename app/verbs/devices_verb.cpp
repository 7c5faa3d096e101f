#include <cstdio>

#include "gpu/device_select.h"
#include "gpu/instance.h"
#include "verbs/verbs.h"

namespace spineview::app {

int runDevicesVerb(const GpuOptions& gpu) {
  gpu::InstanceOptions options;
  options.validation = gpu.validation;
  auto instance = gpu::Instance::create(options);
  if (!instance) {
    std::fprintf(stderr, "spineview: %s\n", instance.message().c_str());
    return kExitRuntime;
  }
  const auto devices = gpu::listPhysicalDevices(instance->handle());
  if (devices.empty()) {
    std::fprintf(stderr, "spineview: no Vulkan device found; install mesa-vulkan-drivers (lavapipe) or a GPU driver\n");
    return kExitRuntime;
  }
  auto chosen = gpu::selectPhysicalDevice(instance->handle(), gpu.deviceName);
  std::printf("Vulkan devices (preference: discrete > integrated > virtual > CPU; --gpu NAME to choose):\n");
  for (const auto& d : devices) {
    const bool isChosen = chosen && chosen->handle == d.handle;
    std::printf("%s %-40s %-15s Vulkan %u.%u  %s\n", isChosen ? "*" : " ", d.name.c_str(), d.typeName.c_str(),
                VK_API_VERSION_MAJOR(d.apiVersion), VK_API_VERSION_MINOR(d.apiVersion), d.driverInfo.c_str());
  }
  if (!chosen) {
    std::fprintf(stderr, "spineview: %s\n", chosen.message().c_str());
    return kExitRuntime;
  }
  return reportValidation(gpu.validation) ? kExitOk : kExitValidation;
}

}  // namespace spineview::app
