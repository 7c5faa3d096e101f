// `spineview bench`: renders the built-in spine, posed by a motion program, headless with the
// interface, and reports frame times (CPU median/p95/p99, GPU timestamps), simulation time,
// triangles, draw calls and peak memory — for Minimal, Low and Default detail, for CPU and GPU
// skinning, with the frame's own anti-aliasing and Default with the other one, and against the
// clear-only floor and the bare-draw bound at one sample and at the multisampled count, all in
// the same process. Also the start-up phases and the anti-aliasing quality (bench_quality.h).
#pragma once

#include <span>
#include <string>

#include <vulkan/vulkan.h>

#include "gpu_context.h"
#include "mesh/spine_model.h"
#include "render/anti_aliasing_mode.h"
#include "verbs/verbs.h"

namespace spineview::app {

struct BenchRequest {
  int frames = 120;
  Size2 size{1280, 720};
  bool json = false;
  std::string motion = "controlled_rotation";  // a motion program id (assets/motions)
};

int runBenchVerb(const GpuOptions& gpu, const BenchRequest& request);

// Interactive frame budget (30 fps).
inline constexpr double kInteractiveFrameBudgetMs = 1000.0 / 30.0;

// The automatic detail rule, before anything is measured (what the viewer opens with): CPU
// Vulkan devices (lavapipe) rasterize on the same cores as the app; with post anti-aliasing
// (their default) they draw Default within the budget at 1280x720, but with multisampling
// only Minimal comes near it (docs/performance.md). Real GPUs draw Default. `antiAliasing`
// is the resolved mode.
mesh::Detail chooseDetail(VkPhysicalDeviceType deviceType, render::AntiAliasing antiAliasing);

// The same rule from measurements (bench): the finest detail whose median frame time fits the
// budget, else the coarsest one measured. `timings` may come in any order.
struct DetailTiming {
  mesh::Detail detail;
  double medianFrameMs;
};
mesh::Detail chooseDetail(std::span<const DetailTiming> timings);
const char* detailName(mesh::Detail detail);

}  // namespace spineview::app
