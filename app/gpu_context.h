// The Vulkan objects every verb needs, created in the right order: instance (with the window's
// extensions when there is a window), device (presentable when a surface is given), passes.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "gpu/device.h"
#include "gpu/instance.h"
#include "gpu/pipeline_cache.h"
#include "gpu/render_passes.h"
#include "gpu/swapchain.h"
#include "render/anti_aliasing_mode.h"
#include "render/skinning_mode.h"

namespace spineview::platform {
class Window;
}

namespace spineview::app {

struct GpuOptions {
  bool validation = false;
  bool synchronizationValidation = false;
  std::string deviceName;  // --gpu / SPINEVIEW_GPU
  int msaaSamples = 4;  // with multisampling (--msaa)
  render::AntiAliasing antiAliasing = render::AntiAliasing::Auto;  // --aa; Auto resolves by device type
  render::SkinningMode skinning = render::SkinningMode::Auto;  // --skinning; pass to SceneRenderer
};

struct GpuContext {
  gpu::Instance instance;
  gpu::Surface surface;  // empty when headless
  gpu::Device device;
  gpu::PipelineCache pipelineCache;  // after the device: destroyed (and saved) before it
  std::unique_ptr<gpu::RenderPasses> passes;
  render::SkinningMode skinning = render::SkinningMode::Auto;  // from GpuOptions: SceneRenderer(device, *passes, skinning)
  render::AntiAliasing antiAliasing = render::AntiAliasing::Msaa;  // resolved: Msaa, Post or Off (what *passes do)

  static core::Result<std::unique_ptr<GpuContext>> create(const GpuOptions& options, const platform::Window* window);

  // After VK_ERROR_SURFACE_LOST_KHR: destroys the old surface and makes a new one for `window`
  // that the device can still present to. Every swapchain of the old surface must be gone
  // first (destroy the WindowPresenter). Fails with a message instead of throwing.
  core::Status recreateSurface(const platform::Window& window);
};

// Validation is on in Debug builds, with --validation, or with SPINEVIEW_VALIDATION=1.
bool validationWanted(bool flag);
// After the GPU work: prints a summary line and returns false if the layer reported anything.
bool reportValidation(bool enabled);

}  // namespace spineview::app
