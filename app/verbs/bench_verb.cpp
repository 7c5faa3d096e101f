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

// CPU time of the whole process (all threads, llvmpipe's included), in ms: the work a frame
// costs, far less disturbed by other load on a shared machine than wall-clock time.
double processCpuMs() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) * 1e-3; };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct RunResult {
  std::string name;
  double workMsPerFrame = 0.0;  // process CPU time per measured frame, all threads
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

// `drawItems` false: the same frame with nothing in the scene (clear, resolve, UI, submit).
RunResult runScene(BenchScene& s, const gpu::RenderPasses& passes, const mesh::MeshData& mesh, render::SkinningMode skinning,
                   const std::string& name, bool drawItems = true) {
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
  double workStart = 0.0;
  for (int frame = 0; frame < s.frames + kWarmUpFrames; ++frame) {
    if (frame == kWarmUpFrames) workStart = processCpuMs();
    const auto simStart = Clock::now();
    if (sim.finished()) sim.restartProgram(0.5);
    for (double t = 0.0; t < kFrameS; t += kSimulationStepS) sim.step();
    const double simulation = msSince(simStart);

    const auto frameStart = Clock::now();
    auto view = buildFrameView(mesh, jointWorldFromPose(mesh, sim.frame().state.pose), camera, aspect, LayerSettings{});
    if (!drawItems) view.items.clear();
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
  result.workMsPerFrame = (processCpuMs() - workStart) / s.frames;
  result.cpu = percentiles(cpuMs);
  result.gpu = percentiles(gpuMs);
  result.simulationMs = percentiles(simMs).median;
  return result;
}

// Same triangles and draw items, position-only shader, constant colour, no UI; one sample for
// the bound itself, the frame's sample count to show what multisampling alone costs.
RunResult runBare(BenchScene& s, const mesh::MeshData& mesh, VkSampleCountFlagBits samples) {
  RunResult result;
  render::SceneRenderer renderer(s.gpu.device, *s.gpu.passes, render::SkinningMode::Gpu);
  renderer.setMesh(mesh);
  render::BareDrawRenderer bare(s.gpu.device, renderer.mesh(), samples);
  result.name = bare.passes().samples() == VK_SAMPLE_COUNT_1_BIT
                    ? std::string("bare-draw bound")
                    : "bare-draw at " + std::to_string(int(bare.passes().samples())) + "x MSAA";
  render::HeadlessTarget target(s.gpu.device, bare.passes(), s.extent);
  scene::OrbitCamera camera;
  camera.setView(scene::StandardView::LeftLateral);
  frameModel(camera, computeBounds(mesh));
  const auto view = buildFrameView(mesh, {}, camera, float(s.extent.width) / float(s.extent.height), LayerSettings{});
  std::vector<double> cpuMs;
  double workStart = 0.0;
  for (int frame = 0; frame < s.frames + kWarmUpFrames; ++frame) {
    if (frame == kWarmUpFrames) workStart = processCpuMs();
    const auto start = Clock::now();
    render::DrawStats stats;
    target.render([&](VkCommandBuffer cmd, std::uint32_t, const gpu::OffscreenTarget& t) { stats = bare.record(cmd, t, view); });
    if (frame < kWarmUpFrames) continue;
    cpuMs.push_back(msSince(start));
    result.triangles = stats.triangles;
    result.drawCalls = stats.drawCalls;
  }
  result.workMsPerFrame = (processCpuMs() - workStart) / s.frames;
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
          {"work_ms_per_frame", r.workMsPerFrame},
          {"triangles", r.triangles},
          {"draw_calls", r.drawCalls}};
}
}  // namespace

mesh::Detail chooseDetail(VkPhysicalDeviceType deviceType) {
  return deviceType == VK_PHYSICAL_DEVICE_TYPE_CPU ? mesh::Detail::Minimal : mesh::Detail::Default;
}

mesh::Detail chooseDetail(std::span<const DetailTiming> timings) {
  auto fineness = [](mesh::Detail d) { return d == mesh::Detail::Minimal ? 0 : d == mesh::Detail::Low ? 1 : 2; };
  const DetailTiming* best = nullptr;
  for (const auto& t : timings)
    if (t.medianFrameMs <= kInteractiveFrameBudgetMs && (!best || fineness(t.detail) > fineness(best->detail))) best = &t;
  if (best) return best->detail;
  for (const auto& t : timings)
    if (!best || fineness(t.detail) < fineness(best->detail)) best = &t;
  return best ? best->detail : mesh::Detail::Default;
}

const char* detailName(mesh::Detail detail) {
  switch (detail) {
    case mesh::Detail::Minimal: return "minimal";
    case mesh::Detail::Low: return "low";
    case mesh::Detail::Default: break;
  }
  return "default";
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
  const auto autoSkinning = autoSkinningMode(gpu);
  std::vector<RunResult> runs;
  std::vector<DetailTiming> timings;  // auto skinning, with probes, per detail
  std::size_t defaultAutoRun = 0, bareRun = 0, bareMsaaRun = 0;
  {
    render::ImGuiLayer ui(gpu.device, *gpu.passes, std::max(1.0f, static_cast<float>(extent.height) / 900.0f));
    BenchScene scene{gpu, ui, *biomechModel, *program, extent, request.frames};
    for (auto detail : {mesh::Detail::Minimal, mesh::Detail::Low, mesh::Detail::Default}) {
      // Generated here, one at a time, so the first frame comes early and one model is in memory.
      auto generated = mesh::generateSpineModel(assets, detail);
      if (!generated) {
        std::fprintf(stderr, "spineview: bench: %s\n", generated.message().c_str());
        return kExitRuntime;
      }
      const mesh::MeshData& mesh = *generated;
      if (detail == mesh::Detail::Minimal)
        runs.push_back(runScene(scene, *gpu.passes, mesh, autoSkinning,
                                "clear only (" + std::to_string(int(gpu.passes->samples())) + "x MSAA + UI)", false));
      // Both skinning paths where they are worth comparing; Minimal only on the automatic one.
      for (auto mode : {render::SkinningMode::Cpu, render::SkinningMode::Gpu}) {
        if (detail == mesh::Detail::Minimal && mode != autoSkinning) continue;
        runs.push_back(runScene(scene, *gpu.passes, mesh, mode,
                                std::string(detailName(detail)) + ", " + render::skinningModeName(mode) + " skinning"));
        if (mode == autoSkinning) {
          timings.push_back({detail, runs.back().cpu.median});
          if (detail == mesh::Detail::Default) defaultAutoRun = runs.size() - 1;
        }
      }
      if (detail != mesh::Detail::Default) continue;
      // What the object-id pass (picking, label probes) costs: the same frame without it.
      const gpu::RenderPasses noIds(gpu.device, gpu.passes->samples(), false);
      runs.push_back(runScene(scene, noIds, mesh, autoSkinning, "default, auto skinning, no ids"));
      runs.push_back(runBare(scene, mesh, VK_SAMPLE_COUNT_1_BIT));
      bareRun = runs.size() - 1;
      if (gpu.passes->samples() != VK_SAMPLE_COUNT_1_BIT) {
        runs.push_back(runBare(scene, mesh, gpu.passes->samples()));
        bareMsaaRun = runs.size() - 1;
      }
    }
  }
  const mesh::Detail chosen = chooseDetail(timings);
  double interactiveMs = 0.0;
  for (const auto& t : timings)
    if (t.detail == chosen) interactiveMs = t.medianFrameMs;
  auto medianRatio = [&](std::size_t a, std::size_t b) { return runs[a].cpu.median / std::max(1e-6, runs[b].cpu.median); };
  const double ratio = medianRatio(defaultAutoRun, bareRun);
  // Without multisampling the bound at the frame's sample count is the bound itself.
  if (bareMsaaRun == 0) bareMsaaRun = bareRun;
  const double msaaCostRatio = medianRatio(bareMsaaRun, bareRun), ratioAtSamples = medianRatio(defaultAutoRun, bareMsaaRun);

  if (request.json) {
    nlohmann::json out;
    out["device"] = gpu.device.info().name;
    out["size"] = {extent.width, extent.height};
    out["samples"] = static_cast<int>(gpu.passes->samples());
    out["frames"] = request.frames;
    out["motion"] = request.motion;
    for (const auto& r : runs) out["runs"].push_back(toJson(r));
    out["auto_skinning"] = render::skinningModeName(autoSkinning);
    out["auto_detail"] = detailName(chosen);
    out["auto_detail_before_measuring"] = detailName(chooseDetail(gpu.device.info().type));
    out["interactive_fps"] = 1000.0 / std::max(1e-6, interactiveMs);
    out["default_over_bare_ratio"] = ratio;
    out["bare_msaa_over_bare_ratio"] = msaaCostRatio;
    out["default_over_bare_msaa_ratio"] = ratioAtSamples;
    out["peak_rss_kib"] = peakRssKiB();
    std::cout << out.dump(2) << "\n";
  } else {
    std::printf("spineview bench: %s, %ux%u, %dx MSAA, %d frames, motion %s\n", gpu.device.info().name.c_str(),
                extent.width, extent.height, static_cast<int>(gpu.passes->samples()), request.frames, request.motion.c_str());
    std::printf("%-32s %9s %9s %9s %9s %9s %8s %9s %6s\n", "run", "cpu med", "p95", "p99", "gpu med", "work", "sim",
                "triangles", "draws");
    for (const auto& r : runs)
      std::printf("%-32s %7.2fms %7.2fms %7.2fms %7.2fms %7.2fms %6.2fms %9llu %6u\n", r.name.c_str(), r.cpu.median,
                  r.cpu.p95, r.cpu.p99, r.gpu.median, r.workMsPerFrame, r.simulationMs,
                  static_cast<unsigned long long>(r.triangles), r.drawCalls);
    std::printf("automatic skinning: %s; automatic detail: %s by measurement (%.1f fps), %s by device type\n",
                render::skinningModeName(autoSkinning), detailName(chosen), 1000.0 / std::max(1e-6, interactiveMs),
                detailName(chooseDetail(gpu.device.info().type)));
    std::printf("default detail / bare-draw bound: %.2fx (multisampling alone: %.2fx; default / bare-draw at the same "
                "sample count: %.2fx); peak RSS %.1f MiB\n",
                ratio, msaaCostRatio, ratioAtSamples, peakRssKiB() / 1024.0);
  }
  context->reset();
  return reportValidation(gpuOptions.validation) ? kExitOk : kExitValidation;
}

}  // namespace spineview::app
