#include "gpu/vk_check.h"

#include <string_view>

namespace spineview::gpu {

const char* resultName(VkResult result) {
  switch (result) {
#define SPINEVIEW_RESULT_CASE(x) case x: return #x;
    SPINEVIEW_RESULT_CASE(VK_SUCCESS)
    SPINEVIEW_RESULT_CASE(VK_NOT_READY)
    SPINEVIEW_RESULT_CASE(VK_TIMEOUT)
    SPINEVIEW_RESULT_CASE(VK_EVENT_SET)
    SPINEVIEW_RESULT_CASE(VK_EVENT_RESET)
    SPINEVIEW_RESULT_CASE(VK_INCOMPLETE)
    SPINEVIEW_RESULT_CASE(VK_ERROR_OUT_OF_HOST_MEMORY)
    SPINEVIEW_RESULT_CASE(VK_ERROR_OUT_OF_DEVICE_MEMORY)
    SPINEVIEW_RESULT_CASE(VK_ERROR_INITIALIZATION_FAILED)
    SPINEVIEW_RESULT_CASE(VK_ERROR_DEVICE_LOST)
    SPINEVIEW_RESULT_CASE(VK_ERROR_MEMORY_MAP_FAILED)
    SPINEVIEW_RESULT_CASE(VK_ERROR_LAYER_NOT_PRESENT)
    SPINEVIEW_RESULT_CASE(VK_ERROR_EXTENSION_NOT_PRESENT)
    SPINEVIEW_RESULT_CASE(VK_ERROR_FEATURE_NOT_PRESENT)
    SPINEVIEW_RESULT_CASE(VK_ERROR_INCOMPATIBLE_DRIVER)
    SPINEVIEW_RESULT_CASE(VK_ERROR_TOO_MANY_OBJECTS)
    SPINEVIEW_RESULT_CASE(VK_ERROR_FORMAT_NOT_SUPPORTED)
    SPINEVIEW_RESULT_CASE(VK_ERROR_FRAGMENTED_POOL)
    SPINEVIEW_RESULT_CASE(VK_ERROR_UNKNOWN)
    SPINEVIEW_RESULT_CASE(VK_ERROR_OUT_OF_POOL_MEMORY)
    SPINEVIEW_RESULT_CASE(VK_ERROR_SURFACE_LOST_KHR)
    SPINEVIEW_RESULT_CASE(VK_ERROR_NATIVE_WINDOW_IN_USE_KHR)
    SPINEVIEW_RESULT_CASE(VK_SUBOPTIMAL_KHR)
    SPINEVIEW_RESULT_CASE(VK_ERROR_OUT_OF_DATE_KHR)
#undef SPINEVIEW_RESULT_CASE
    default: return "VK_RESULT_UNKNOWN";
  }
}

void throwVulkanError(VkResult result, const char* call, const char* file, int line) {
  // Name the Vulkan function, not the whole argument list.
  std::string_view expr(call);
  if (auto paren = expr.find('('); paren != std::string_view::npos) expr = expr.substr(0, paren);
  std::string_view path(file);
  if (auto engine = path.rfind("engine/"); engine != std::string_view::npos) path = path.substr(engine);
  std::string message = std::string(expr) + " failed: " + resultName(result) + " (" + std::string(path) + ":" +
                        std::to_string(line) + ")";
  if (result == VK_ERROR_DEVICE_LOST) message += "; the GPU driver reset or crashed";
  if (result == VK_ERROR_OUT_OF_DEVICE_MEMORY || result == VK_ERROR_OUT_OF_HOST_MEMORY)
    message += "; try a smaller --size or close other GPU programs";
  throw VulkanError(result, message);
}

}  // namespace spineview::gpu
