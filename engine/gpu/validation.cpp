#include "gpu/validation.h"

#include <mutex>

#include "core/log.h"

namespace spineview::gpu {
namespace {
std::mutex g_messagesMutex;
std::vector<std::string> g_messages;

VKAPI_ATTR VkBool32 VKAPI_CALL onDebugMessage(VkDebugUtilsMessageSeverityFlagBitsEXT severity,
                                              VkDebugUtilsMessageTypeFlagsEXT type,
                                              const VkDebugUtilsMessengerCallbackDataEXT* data, void*) {
  const bool isError = (severity & VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT) != 0;
  const bool isWarning = (severity & VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT) != 0;
  const bool isValidation = (type & VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT) != 0;
  std::string text = std::string(data->pMessageIdName ? data->pMessageIdName : "") + ": " +
                     (data->pMessage ? data->pMessage : "");
  if (isError || (isWarning && isValidation)) {
    if (isError) ++validationStats().errors; else ++validationStats().warnings;
    // Loader chatter (e.g. "found no drivers") is counted but shown only with --verbose: the
    // caller prints the one-line explanation a user can act on.
    const core::LogLevel level = !isValidation ? core::LogLevel::Info
                                               : (isError ? core::LogLevel::Error : core::LogLevel::Warning);
    core::log(level, "vulkan: " + text);
    std::lock_guard lock(g_messagesMutex);
    if (g_messages.size() < 16) g_messages.push_back(text);
  } else {
    core::logDebug("vulkan: " + text);
  }
  return VK_FALSE;  // the spec asks applications to always return false
}
}  // namespace

ValidationStats& validationStats() {
  static ValidationStats stats;
  return stats;
}

std::vector<std::string> recentValidationMessages() {
  std::lock_guard lock(g_messagesMutex);
  return g_messages;
}

VkDebugUtilsMessengerCreateInfoEXT debugMessengerCreateInfo() {
  VkDebugUtilsMessengerCreateInfoEXT info{VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT};
  info.messageSeverity = VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT |
                         VK_DEBUG_UTILS_MESSAGE_SEVERITY_INFO_BIT_EXT;
  info.messageType = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT | VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT |
                     VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT;
  info.pfnUserCallback = onDebugMessage;
  return info;
}

}  // namespace spineview::gpu
