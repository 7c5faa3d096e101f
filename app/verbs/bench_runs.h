// The timed runs of `spineview bench` (bench_verb.h): the viewer's frame (simulation, frame
// view, interface, scene pass, anti-aliasing, probes, submit) and the bare-draw bound, each
// for a number of frames after a short warm-up, with percentiles and process CPU time.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <vulkan/vulkan.h>

#include "biomech/biomech_model.h"
#include "biomech/motion_program.h"
#include "gpu_context.h"
#include "mesh/mesh_data.h"
#include "render/imgui_layer.h"
#include "render/skinning_mode.h"

namespace spineview::app {

struct Percentiles {
  double median = 0, p95 = 0, p99 = 0, min = 0;
};
Percentiles percentiles(std::vector<double> values);

struct RunResult {
  std::string name;
  double workMsPerFrame = 0.0;  // process CPU time per measured frame, all threads
  Percentiles cpu, gpu;
  double simulationMs = 0.0;
  std::uint64_t triangles = 0;
  std::uint32_t drawCalls = 0;
  int samples = 1;               // per pixel in the scene pass
  std::string antiAliasing;      // "msaa", "post", "off"
};

struct BenchScene {
  GpuContext& gpu;
  render::ImGuiLayer& ui;
  const biomech::BiomechModel& biomech;
  const biomech::MotionProgram& program;
  VkExtent2D extent;
  int frames;
};

// Vertebrae follow the solved pose; every other joint (ribs, scapulae) rigidly follows its parent.
std::vector<glm::mat4> jointWorldFromPose(const mesh::MeshData& mesh, const biomech::Pose& pose);

// The viewer's frame drawn with `passes`. `drawItems` false: the same frame with nothing in
// the scene (clear, anti-aliasing, UI, submit).
RunResult runScene(BenchScene& s, const gpu::RenderPasses& passes, const mesh::MeshData& mesh, render::SkinningMode skinning,
                   const std::string& name, bool drawItems = true);
// Same triangles and draw items, position-only shader, constant colour, no UI, at `samples`.
RunResult runBare(BenchScene& s, const mesh::MeshData& mesh, VkSampleCountFlagBits samples);

// CPU time of the whole process (all threads, llvmpipe's included), in ms.
double processCpuMs();

}  // namespace spineview::app
