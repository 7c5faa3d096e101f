// Counts what the Khronos validation layer (and the driver) report through
// VK_EXT_debug_utils. Tests assert both counters are zero at exit.
#pragma once

#include <atomic>
#include <string>
#include <vector>

#include <vulkan/vulkan.h>

namespace spineview::gpu {

struct ValidationStats {
  std::atomic<int> warnings{0};
  std::atomic<int> errors{0};
};

// Process-wide counters (the layer calls back on driver threads).
ValidationStats& validationStats();
// The first few messages, for test failure output.
std::vector<std::string> recentValidationMessages();

// Fills a messenger create-info whose callback logs every message and counts warnings/errors.
VkDebugUtilsMessengerCreateInfoEXT debugMessengerCreateInfo();

}  // namespace spineview::gpu
