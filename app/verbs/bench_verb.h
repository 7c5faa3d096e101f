// `spineview bench`: renders the built-in spine, posed by a motion program, headless with the
// interface, and reports frame times (CPU median/p95/p99, GPU timestamps), simulation time,
// triangles, draw calls and peak memory — for Low and Default detail, for CPU and GPU
// skinning, and against the bare-draw bound measured in the same process.
#pragma once

#include <string>

#include "gpu_context.h"
#include "mesh/spine_model.h"
#include "verbs/verbs.h"

namespace spineview::app {

struct BenchRequest {
  int frames = 120;
  Size2 size{1280, 720};
  bool json = false;
  std::string motion = "controlled_rotation";  // a motion program id (assets/motions)
};

int runBenchVerb(const GpuOptions& gpu, const BenchRequest& request);

// Interactive frame budget (30 fps). The automatic detail rule: Default when its measured
// median frame time fits the budget on this device, Low otherwise.
inline constexpr double kInteractiveFrameBudgetMs = 1000.0 / 30.0;
mesh::Detail chooseDetail(double defaultDetailMedianFrameMs);

}  // namespace spineview::app
