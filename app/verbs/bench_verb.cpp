#include "verbs/bench_verb.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <vector>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "biomech/biomech_model.h"
#include "biomech/motion_program.h"
#include "biomech/simulation.h"
#include "core/paths.h"
#include "gpu/render_passes.h"
#include "render/bare_draw.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
#include "render/imgui_layer.h"
#include "scene_builder.h"
#include "ui/overlay_panel.h"

namespace spineview::app {
namespace {
using Clock = std::chrono::steady_clock;
constexpr double kSimulationStepS = 1.0 / 1000.0;
constexpr double kFrameS = 1.0 / 60.0;
constexpr int kWarmUpFrames = 3;

double msSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Percentiles {
  double median = 0, p95 = 0, p99 = 0, min = 0;
};

Percentiles percentiles(std::vector<double> v) {
  if (v.empty()) return {};
  std::sort(v.begin(), v.end());
  auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<std::size_t>(q * double(v.size() - 1) + 0.5))]; };
  return {at(0.5), at(0.95), at(0.99), v.front()};
}

struct RunResult {
  std::string name;
  Percentiles cpu, gpu;
  double simulationMs = 0.0;
  std::uint64_t triangles = 0;
  std::uint32_t drawCalls = 0;
};

// Vertebrae follow the solved pose; every other joint (ribs, scapulae) rigidly follows its parent.
std::vector<glm::mat4> jointWorldFromPose(const mesh::MeshData& mesh, const biomech::Pose& pose) {
  std::vector<glm::mat4> world(mesh.skeleton.size(), glm::mat4(1.0f));
  for (std::size_t j = 0; j < world.size(); ++j) {
    const auto& joint = mesh.skeleton[j];
    if (j < pose.world.size()) {
      world[j] = pose.world[j];
    } else if (joint.parent >= 0 && std::size_t(joint.parent) < j) {
      const auto& parent = mesh.skeleton[joint.parent];
      world[j] = world[joint.parent] * glm::inverse(parent.bindWorld) * joint.bindWorld;
    } else {
      world[j] = joint.bindWorld;
    }
  }
  return world;
}

struct BenchScene {
  app::GpuContext& gpu;
  render::ImGuiLayer& ui;
  const biomech::BiomechModel& biomech;
  const biomech::MotionProgram& program;
  VkExtent2D extent;
  int frames;
};

RunResult runScene(BenchScene& s, const gpu::RenderPasses& passes, const mesh::MeshData& mesh, render::SkinningMode skinning,
                   const std::string& name) {
  RunResult result;
  result.name = name;
  render::SceneRenderer renderer(s.gpu.device, passes, skinning);
  renderer.setMesh(mesh);
  render::HeadlessTarget target(s.gpu.device, passes, s.extent);
  biomech::Simulation sim(s.biomech, s.program, kSimulationStepS);
  scene::OrbitCamera camera;
  camera.setView(scene::StandardView::LeftLateral);
  frameModel(camera, computeBounds(mesh));
  const float aspect = static_cast<float>(s.extent.width) / static_cast<float>(s.extent.height);
  ui::OverlayState overlay{s.gpu.device.info().name, mesh.name, 0.0, 0, 0};
  std::vector<double> cpuMs, gpuMs, simMs;
  for (int frame = 0; frame < s.frames + kWarmUpFrames; ++frame) {
    const auto simStart = Clock::now();
    if (sim.finished()) sim.restartProgram(0.5);
    for (double t = 0.0; t < kFrameS; t += kSimulationStepS) sim.step();
    const double simulation = msSince(simStart);

    const auto frameStart = Clock::now();
    auto view = buildFrameView(mesh, jointWorldFromPose(mesh, sim.frame().state.pose), camera, aspect, LayerSettings{});
    // Label-occlusion probes, as the viewer asks for them (a column of points down the middle).
    if (passes.objectIds())
      for (int i = 0; i < 16; ++i)
        view.probePixels.push_back({0.5f * float(s.extent.width), (float(i) + 0.5f) * float(s.extent.height) / 16.0f});
    s.ui.newHeadlessFrame(s.extent, static_cast<float>(kFrameS));
    ui::drawOverlayPanel(overlay);
    std::uint32_t usedSlot = 0;
    render::DrawStats stats;
    target.render([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
      usedSlot = slot;
      stats = render::recordFramePasses(cmd, slot, passes, t, {std::span(&view, 1), &renderer, &s.ui});
    });
    const double cpu = msSince(frameStart);
    overlay.frameMilliseconds = cpu;
    overlay.triangles = stats.triangles;
    overlay.drawCalls = stats.drawCalls;
    if (frame < kWarmUpFrames) continue;
    cpuMs.push_back(cpu);
    simMs.push_back(simulation);
    if (auto g = renderer.gpuSceneTimeMs(usedSlot)) gpuMs.push_back(*g);
    result.triangles = stats.triangles;
    result.drawCalls = stats.drawCalls;
  }
  result.cpu = percentiles(cpuMs);
  result.gpu = percentiles(gpuMs);
  result.simulationMs = percentiles(simMs).median;
  return result;
}

// Same triangles and draw items, position-only shader, constant colour, 1 sample, no UI.
RunResult runBare(BenchScene& s, const mesh::MeshData& mesh) {
  RunResult result;
  result.name = "bare-draw bound";
  render::SceneRenderer renderer(s.gpu.device, *s.gpu.passes, render::SkinningMode::Gpu);
  renderer.setMesh(mesh);
  render::BareDrawRenderer bare(s.gpu.device, renderer.mesh());
  render::HeadlessTarget target(s.gpu.device, bare.passes(), s.extent);
  scene::OrbitCamera camera;
  camera.setView(scene::StandardView::LeftLateral);
  frameModel(camera, computeBounds(mesh));
  const auto view = buildFrameView(mesh, {}, camera, float(s.extent.width) / float(s.extent.height), LayerSettings{});
  std::vector<double> cpuMs;
  for (int frame = 0; frame < s.frames + kWarmUpFrames; ++frame) {
    const auto start = Clock::now();
    render::DrawStats stats;
    target.render([&](VkCommandBuffer cmd, std::uint32_t, const gpu::OffscreenTarget& t) { stats = bare.record(cmd, t, view); });
    if (frame < kWarmUpFrames) continue;
    cpuMs.push_back(msSince(start));
    result.triangles = stats.triangles;
    result.drawCalls = stats.drawCalls;
  }
  result.cpu = percentiles(cpuMs);
  return result;
}

render::SkinningMode autoSkinningMode(const GpuContext& gpu) {
  return render::resolveSkinningMode(gpu.skinning, gpu.device.info().type);
}

long peakRssKiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

nlohmann::json toJson(const RunResult& r) {
  return {{"name", r.name},
          {"cpu_ms", {{"median", r.cpu.median}, {"p95", r.cpu.p95}, {"p99", r.cpu.p99}, {"min", r.cpu.min}}},
          {"gpu_ms", {{"median", r.gpu.median}, {"p95", r.gpu.p95}}},
          {"simulation_ms", r.simulationMs},
          {"triangles", r.triangles},
          {"draw_calls", r.drawCalls}};
}
}  // namespace

mesh::Detail chooseDetail(double defaultDetailMedianFrameMs) {
  return defaultDetailMedianFrameMs <= kInteractiveFrameBudgetMs ? mesh::Detail::Default : mesh::Detail::Low;
}

int runBenchVerb(const GpuOptions& gpuOptions, const BenchRequest& request) {
  if (request.frames < 1 || request.frames > 100000) {
    std::fprintf(stderr, "spineview: bench --frames must be between 1 and 100000\n");
    return kExitUsage;
  }
  const auto assets = core::assetDir();
  auto biomechModel = biomech::loadBiomechModel(assets);
  auto programs = biomech::loadMotionLibrary(assets / "motions");
  if (!biomechModel || !programs) {
    std::fprintf(stderr, "spineview: bench: %s\n", (!biomechModel ? biomechModel.message() : programs.message()).c_str());
    return kExitRuntime;
  }
  const biomech::MotionProgram* program = nullptr;
  for (const auto& p : *programs)
    if (p.id == request.motion) program = &p;
  if (!program) {
    std::fprintf(stderr, "spineview: bench: no motion program \"%s\"; see `spineview simulate --list`\n", request.motion.c_str());
    return kExitUsage;
  }
  auto context = GpuContext::create(gpuOptions, nullptr);
  if (!context) {
    std::fprintf(stderr, "spineview: %s\n", context.message().c_str());
    return kExitRuntime;
  }
  GpuContext& gpu = **context;
  const VkExtent2D extent{request.size.width, request.size.height};
  struct Detailed {
    const char* name;
    mesh::Detail detail;
    std::optional<mesh::MeshData> mesh;
  };
  std::array<Detailed, 2> models{{{"low", mesh::Detail::Low, {}}, {"default", mesh::Detail::Default, {}}}};
  std::vector<RunResult> runs;
  {
    render::ImGuiLayer ui(gpu.device, *gpu.passes, std::max(1.0f, static_cast<float>(extent.height) / 900.0f));
    BenchScene scene{gpu, ui, *biomechModel, *program, extent, request.frames};
    for (auto& m : models) {
      // Generated here, one at a time, so the first frame comes early and one model is in memory.
      auto generated = mesh::generateSpineModel(assets, m.detail);
      if (!generated) {
        std::fprintf(stderr, "spineview: bench: %s\n", generated.message().c_str());
        return kExitRuntime;
      }
      m.mesh = std::move(generated).value();
      for (auto mode : {render::SkinningMode::Cpu, render::SkinningMode::Gpu})
        runs.push_back(runScene(scene, *gpu.passes, *m.mesh, mode,
                                std::string(m.name) + ", " + render::skinningModeName(mode) + " skinning"));
      if (m.detail == mesh::Detail::Low) m.mesh.reset();
    }
    // What the object-id attachment (picking, label probes) costs: the same frame without it.
    const gpu::RenderPasses noIds(gpu.device, gpu.passes->samples(), false);
    runs.push_back(runScene(scene, noIds, *models[1].mesh, autoSkinningMode(gpu), "default, auto skinning, no ids"));
    runs.push_back(runBare(scene, *models[1].mesh));
  }
  const auto autoSkinning = autoSkinningMode(gpu);
  const std::size_t defaultAuto = autoSkinning == render::SkinningMode::Cpu ? 2 : 3;
  const std::size_t lowAuto = defaultAuto - 2;
  const mesh::Detail chosen = chooseDetail(runs[defaultAuto].cpu.median);
  const RunResult& interactive = runs[chosen == mesh::Detail::Default ? defaultAuto : lowAuto];
  const double ratio = runs[defaultAuto].cpu.median / std::max(1e-6, runs.back().cpu.median);

  if (request.json) {
    nlohmann::json out;
    out["device"] = gpu.device.info().name;
    out["size"] = {extent.width, extent.height};
    out["samples"] = static_cast<int>(gpu.passes->samples());
    out["frames"] = request.frames;
    out["motion"] = request.motion;
    for (const auto& r : runs) out["runs"].push_back(toJson(r));
    out["auto_skinning"] = render::skinningModeName(autoSkinning);
    out["auto_detail"] = chosen == mesh::Detail::Default ? "default" : "low";
    out["interactive_fps"] = 1000.0 / std::max(1e-6, interactive.cpu.median);
    out["default_over_bare_ratio"] = ratio;
    out["peak_rss_kib"] = peakRssKiB();
    std::cout << out.dump(2) << "\n";
  } else {
    std::printf("spineview bench: %s, %ux%u, %dx MSAA, %d frames, motion %s\n", gpu.device.info().name.c_str(),
                extent.width, extent.height, static_cast<int>(gpu.passes->samples()), request.frames, request.motion.c_str());
    std::printf("%-28s %9s %9s %9s %9s %8s %9s %6s\n", "run", "cpu med", "p95", "p99", "gpu med", "sim", "triangles", "draws");
    for (const auto& r : runs)
      std::printf("%-28s %7.2fms %7.2fms %7.2fms %7.2fms %6.2fms %9llu %6u\n", r.name.c_str(), r.cpu.median, r.cpu.p95,
                  r.cpu.p99, r.gpu.median, r.simulationMs, static_cast<unsigned long long>(r.triangles), r.drawCalls);
    std::printf("automatic skinning: %s; automatic detail: %s (%.1f fps)\n", render::skinningModeName(autoSkinning),
                chosen == mesh::Detail::Default ? "default" : "low", 1000.0 / std::max(1e-6, interactive.cpu.median));
    std::printf("default detail / bare-draw bound: %.2fx; peak RSS %.1f MiB\n", ratio, peakRssKiB() / 1024.0);
  }
  context->reset();
  return reportValidation(gpuOptions.validation) ? kExitOk : kExitValidation;
}

}  // namespace spineview::app
