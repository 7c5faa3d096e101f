#include "gpu/instance.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "gpu/validation.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {
namespace {
constexpr const char* kValidationLayer = "VK_LAYER_KHRONOS_validation";

bool layerAvailable(const char* name) {
  uint32_t count = 0;
  if (vkEnumerateInstanceLayerProperties(&count, nullptr) != VK_SUCCESS) return false;
  std::vector<VkLayerProperties> layers(count);
  vkEnumerateInstanceLayerProperties(&count, layers.data());
  return std::any_of(layers.begin(), layers.end(), [&](const auto& l) { return std::strcmp(l.layerName, name) == 0; });
}

bool extensionAvailable(const char* name) {
  uint32_t count = 0;
  if (vkEnumerateInstanceExtensionProperties(nullptr, &count, nullptr) != VK_SUCCESS) return false;
  std::vector<VkExtensionProperties> exts(count);
  vkEnumerateInstanceExtensionProperties(nullptr, &count, exts.data());
  return std::any_of(exts.begin(), exts.end(), [&](const auto& e) { return std::strcmp(e.extensionName, name) == 0; });
}
}  // namespace

core::Result<Instance> Instance::create(const InstanceOptions& options) {
  if (options.validation && !layerAvailable(kValidationLayer))
    return core::fail("the Khronos validation layer is not installed; install vulkan-validationlayers or run without validation");

  std::vector<const char*> extensions;
  for (const auto& e : options.windowExtensions) extensions.push_back(e.c_str());
  const bool debugUtils = extensionAvailable(VK_EXT_DEBUG_UTILS_EXTENSION_NAME);
  if (debugUtils) extensions.push_back(VK_EXT_DEBUG_UTILS_EXTENSION_NAME);
  for (const auto& e : options.windowExtensions)
    if (!extensionAvailable(e.c_str()))
      return core::fail("the Vulkan driver lacks window support (" + e + "); use the headless `render` verb");

  VkApplicationInfo app{VK_STRUCTURE_TYPE_APPLICATION_INFO};
  app.pApplicationName = "spineview";
  app.applicationVersion = VK_MAKE_VERSION(0, 1, 0);
  app.pEngineName = "spineview";
  app.apiVersion = VK_API_VERSION_1_3;

  VkInstanceCreateInfo info{VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO};
  info.pApplicationInfo = &app;
  info.enabledExtensionCount = static_cast<uint32_t>(extensions.size());
  info.ppEnabledExtensionNames = extensions.data();
  if (options.validation) {
    info.enabledLayerCount = 1;
    info.ppEnabledLayerNames = &kValidationLayer;
  }
  // Chaining the messenger catches messages from vkCreateInstance/vkDestroyInstance too.
  VkDebugUtilsMessengerCreateInfoEXT messengerInfo = debugMessengerCreateInfo();
  const VkValidationFeatureEnableEXT syncValidation = VK_VALIDATION_FEATURE_ENABLE_SYNCHRONIZATION_VALIDATION_EXT;
  VkValidationFeaturesEXT features{VK_STRUCTURE_TYPE_VALIDATION_FEATURES_EXT};
  features.enabledValidationFeatureCount = 1;
  features.pEnabledValidationFeatures = &syncValidation;
  if (debugUtils) {
    info.pNext = &messengerInfo;
    if (options.validation && options.synchronizationValidation) messengerInfo.pNext = &features;
  }

  Instance result;
  const VkResult created = vkCreateInstance(&info, nullptr, &result.instance_);
  if (created == VK_ERROR_INCOMPATIBLE_DRIVER || created == VK_ERROR_INITIALIZATION_FAILED)
    return core::fail(std::string("no Vulkan driver could be loaded (") + resultName(created) +
                      "); install mesa-vulkan-drivers or your GPU's Vulkan driver");
  if (created != VK_SUCCESS) return core::fail(std::string("vkCreateInstance failed: ") + resultName(created));
  result.validation_ = options.validation;

  if (debugUtils) {
    auto createMessenger = reinterpret_cast<PFN_vkCreateDebugUtilsMessengerEXT>(
        vkGetInstanceProcAddr(result.instance_, "vkCreateDebugUtilsMessengerEXT"));
    VkDebugUtilsMessengerCreateInfoEXT persistent = debugMessengerCreateInfo();
    if (createMessenger) VK_CHECK(createMessenger(result.instance_, &persistent, nullptr, &result.messenger_));
  }
  return result;
}

Instance::~Instance() {
  if (messenger_) {
    auto destroyMessenger = reinterpret_cast<PFN_vkDestroyDebugUtilsMessengerEXT>(
        vkGetInstanceProcAddr(instance_, "vkDestroyDebugUtilsMessengerEXT"));
    if (destroyMessenger) destroyMessenger(instance_, messenger_, nullptr);
  }
  if (instance_) vkDestroyInstance(instance_, nullptr);
}

Instance::Instance(Instance&& other) noexcept
    : instance_(std::exchange(other.instance_, VK_NULL_HANDLE)),
      messenger_(std::exchange(other.messenger_, VK_NULL_HANDLE)),
      validation_(other.validation_) {}

Instance& Instance::operator=(Instance&& other) noexcept {
  if (this != &other) {
    this->~Instance();
    new (this) Instance(std::move(other));
  }
  return *this;
}

}  // namespace spineview::gpu
