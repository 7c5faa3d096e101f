// Every VkResult is checked. A failure throws gpu::VulkanError naming the call and the
// result; the app catches it at the top, prints one line and exits 1 (never a crash).
#pragma once

#include <stdexcept>
#include <string>

#include <vulkan/vulkan.h>

namespace spineview::gpu {

const char* resultName(VkResult result);

class VulkanError : public std::runtime_error {
 public:
  VulkanError(VkResult result, const std::string& message) : std::runtime_error(message), result_(result) {}
  VkResult result() const { return result_; }

 private:
  VkResult result_;
};

[[noreturn]] void throwVulkanError(VkResult result, const char* call, const char* file, int line);

}  // namespace spineview::gpu

#define VK_CHECK(expr)                                                                 \
  do {                                                                                 \
    const VkResult vk_check_result_ = (expr);                                          \
    if (vk_check_result_ != VK_SUCCESS)                                                \
      ::spineview::gpu::throwVulkanError(vk_check_result_, #expr, __FILE__, __LINE__); \
  } while (0)
