#include "gpu_context.h"

#include <cstdio>
#include <cstdlib>

#include "gpu/validation.h"
#include "gpu/vk_check.h"
#include "platform/window.h"

namespace spineview::app {

core::Result<std::unique_ptr<GpuContext>> GpuContext::create(const GpuOptions& options, const platform::Window* window) {
  auto ctx = std::make_unique<GpuContext>();
  gpu::InstanceOptions instanceOptions;
  instanceOptions.validation = options.validation;
  instanceOptions.synchronizationValidation = options.synchronizationValidation;
  if (window) instanceOptions.windowExtensions = platform::Window::requiredVulkanExtensions();
  auto instance = gpu::Instance::create(instanceOptions);
  if (!instance) return instance.error();
  ctx->instance = std::move(instance.value());
  if (window) ctx->surface = gpu::Surface(ctx->instance.handle(), window->createSurface(ctx->instance.handle()));

  std::string wanted = options.deviceName;
  if (wanted.empty())
    if (const char* env = std::getenv("SPINEVIEW_GPU"); env && *env) wanted = env;
  auto physical = gpu::selectPhysicalDevice(ctx->instance.handle(), wanted, ctx->surface.handle());
  if (!physical) return physical.error();
  ctx->device = gpu::Device::create(ctx->instance.handle(), *physical, window != nullptr);
  ctx->skinning = options.skinning;
  ctx->pipelineCache = gpu::PipelineCache(ctx->device, gpu::pipelineCacheFile(ctx->device));
  ctx->device.usePipelineCache(ctx->pipelineCache.handle());
  ctx->antiAliasing = render::resolveAntiAliasing(options.antiAliasing, ctx->device.info().type);
  const auto samples = ctx->antiAliasing == render::AntiAliasing::Msaa ? static_cast<VkSampleCountFlagBits>(options.msaaSamples)
                                                                       : VK_SAMPLE_COUNT_1_BIT;
  ctx->passes = std::make_unique<gpu::RenderPasses>(ctx->device, samples, true, ctx->antiAliasing == render::AntiAliasing::Post);
  return ctx;
}

core::Status GpuContext::recreateSurface(const platform::Window& window) {
  device.waitIdle();
  surface = gpu::Surface();  // the window may hold only one live surface with a swapchain
  try {
    gpu::Surface replacement(instance.handle(), window.createSurface(instance.handle()));
    VkBool32 supported = VK_FALSE;
    const VkResult asked =
        vkGetPhysicalDeviceSurfaceSupportKHR(device.physical(), device.queueFamily(), replacement.handle(), &supported);
    if (asked != VK_SUCCESS || !supported)
      return core::fail("the GPU can no longer show pictures in this window");
    surface = std::move(replacement);
  } catch (const gpu::VulkanError& e) {
    return core::fail(std::string("cannot create a new drawing surface for the window: ") + e.what());
  }
  return core::Ok{};
}

bool validationWanted(bool flag) {
  if (flag) return true;
  if (const char* env = std::getenv("SPINEVIEW_VALIDATION"); env && *env) return std::string(env) != "0";
#ifndef NDEBUG
  return true;
#else
  return false;
#endif
}

bool reportValidation(bool enabled) {
  if (!enabled) return true;
  const int errors = gpu::validationStats().errors.load();
  const int warnings = gpu::validationStats().warnings.load();
  if (errors == 0 && warnings == 0) return true;
  std::fprintf(stderr, "spineview: validation: %d error(s), %d warning(s)\n", errors, warnings);
  for (const auto& m : gpu::recentValidationMessages()) std::fprintf(stderr, "  %s\n", m.c_str());
  return false;
}

}  // namespace spineview::app
