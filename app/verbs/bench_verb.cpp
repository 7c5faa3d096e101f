#include "verbs/bench_verb.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "biomech/motion_program.h"
#include "biomech/simulation.h"
#include "core/paths.h"
#include "gpu/render_passes.h"
#include "mesh/mesh_cache.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
#include "scene_builder.h"
#include "startup_clock.h"
#include "ui/overlay_panel.h"
#include "verbs/bench_quality.h"
#include "verbs/bench_runs.h"

namespace spineview::app {
namespace {
long peakRssKiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

std::string samplesLabel(int samples, const std::string& antiAliasing) {
  if (antiAliasing == "post") return "1 sample + post AA";
  return std::to_string(samples) + (samples == 1 ? " sample" : "x MSAA");
}

nlohmann::json toJson(const RunResult& r) {
  return {{"name", r.name},
          {"anti_aliasing", r.antiAliasing},
          {"samples", r.samples},
          {"cpu_ms", {{"median", r.cpu.median}, {"p95", r.cpu.p95}, {"p99", r.cpu.p99}, {"min", r.cpu.min}}},
          {"gpu_ms", {{"median", r.gpu.median}, {"p95", r.gpu.p95}}},
          {"simulation_ms", r.simulationMs},
          {"work_ms_per_frame", r.workMsPerFrame},
          {"triangles", r.triangles},
          {"draw_calls", r.drawCalls}};
}

nlohmann::json toJson(const core::EdgeError& e) { return {{"mean", e.mean}, {"p99", e.p99}}; }

// The first frame as the viewer makes it, after the context: the model from the cache, the
// pipelines (scene, anti-aliasing, interface), then one frame with the interface.
void measureStartup(StartupPhases& startup, GpuContext& gpu, VkExtent2D extent, mesh::Detail detail,
                    render::SkinningMode skinning) {
  auto model = mesh::loadOrGenerateSpineModel(core::assetDir(), detail, core::cacheDir());
  if (!model) return;
  startup.end("mesh load");
  render::ImGuiLayer ui(gpu.device, *gpu.passes, std::max(1.0f, static_cast<float>(extent.height) / 900.0f));
  render::SceneRenderer renderer(gpu.device, *gpu.passes, skinning);
  startup.end("pipelines");
  renderer.setMesh(*model);
  render::HeadlessTarget target(gpu.device, *gpu.passes, extent);
  scene::OrbitCamera camera;
  camera.setView(scene::StandardView::LeftLateral);
  frameModel(camera, computeBounds(*model));
  const auto view = buildFrameView(*model, {}, camera, float(extent.width) / float(extent.height), LayerSettings{});
  ui.newHeadlessFrame(extent, 1.0f / 60.0f);
  ui::drawOverlayPanel({gpu.device.info().name, model->name, 0.0, 0, 0});
  target.render([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
    render::recordFramePasses(cmd, slot, *gpu.passes, t, {std::span(&view, 1), &renderer, &ui});
  });
  startup.end("first frame");
}
}  // namespace

mesh::Detail chooseDetail(VkPhysicalDeviceType deviceType, render::AntiAliasing antiAliasing) {
  return deviceType == VK_PHYSICAL_DEVICE_TYPE_CPU && antiAliasing == render::AntiAliasing::Msaa ? mesh::Detail::Minimal
                                                                                                  : mesh::Detail::Default;
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
  StartupPhases startup;
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
  startup.end("assets");
  auto context = GpuContext::create(gpuOptions, nullptr);
  if (!context) {
    std::fprintf(stderr, "spineview: %s\n", context.message().c_str());
    return kExitRuntime;
  }
  GpuContext& gpu = **context;
  startup.end("instance/device");
  const VkExtent2D extent{request.size.width, request.size.height};
  const auto autoSkinning = render::resolveSkinningMode(gpu.skinning, gpu.device.info().type);
  const mesh::Detail detailByDevice = chooseDetail(gpu.device.info().type, gpu.antiAliasing);
  measureStartup(startup, gpu, extent, detailByDevice, autoSkinning);
  const double firstFrameSinceLaunchMs = startup.sinceLaunchMs();

  // The multisampled count of the MSAA rows: the frame's own, or 4x when the frame has none.
  const auto msaaSamples = gpu.passes->samples() != VK_SAMPLE_COUNT_1_BIT ? gpu.passes->samples() : VK_SAMPLE_COUNT_4_BIT;
  std::vector<RunResult> runs;
  std::vector<DetailTiming> timings;  // the frame's anti-aliasing, auto skinning, with probes, per detail
  std::size_t defaultRun = 0, bareRun = 0, defaultMsaaRun = 0, bareMsaaRun = 0;
  std::optional<AntiAliasingQuality> quality;
  {
    render::ImGuiLayer ui(gpu.device, *gpu.passes, std::max(1.0f, static_cast<float>(extent.height) / 900.0f));
    BenchScene scene{gpu, ui, *biomechModel, *program, extent, request.frames};
    const std::string frameAa = render::antiAliasingName(gpu.antiAliasing);
    for (auto detail : {mesh::Detail::Minimal, mesh::Detail::Low, mesh::Detail::Default}) {
      // One model in memory at a time; from the cache when it is current.
      auto loaded = mesh::loadOrGenerateSpineModel(assets, detail, core::cacheDir());
      if (!loaded) {
        std::fprintf(stderr, "spineview: bench: %s\n", loaded.message().c_str());
        return kExitRuntime;
      }
      const mesh::MeshData& mesh = *loaded;
      if (detail == mesh::Detail::Minimal)
        runs.push_back(runScene(scene, *gpu.passes, mesh, autoSkinning, "clear only (" + frameAa + " + UI)", false));
      // Both skinning paths where they are worth comparing; Minimal only on the automatic one.
      for (auto mode : {render::SkinningMode::Cpu, render::SkinningMode::Gpu}) {
        if (detail == mesh::Detail::Minimal && mode != autoSkinning) continue;
        runs.push_back(runScene(scene, *gpu.passes, mesh, mode,
                                std::string(detailName(detail)) + ", " + render::skinningModeName(mode) + " skinning"));
        if (mode == autoSkinning) {
          timings.push_back({detail, runs.back().cpu.median});
          if (detail == mesh::Detail::Default) defaultRun = runs.size() - 1;
        }
      }
      if (detail != mesh::Detail::Default) continue;
      // What the object-id pass (picking, label probes) costs: the same frame without it.
      const gpu::RenderPasses noIds(gpu.device, gpu.passes->samples(), false, gpu.passes->postAntiAliasing());
      runs.push_back(runScene(scene, noIds, mesh, autoSkinning, "default, auto skinning, no ids"));
      // Default with the other anti-aliasing: multisampled when the frame is not, else post.
      if (gpu.antiAliasing != render::AntiAliasing::Msaa) {
        const gpu::RenderPasses msaa(gpu.device, msaaSamples, true, false);
        runs.push_back(runScene(scene, msaa, mesh, autoSkinning, "default, " + samplesLabel(int(msaa.samples()), "msaa")));
        defaultMsaaRun = runs.size() - 1;
      } else {
        defaultMsaaRun = defaultRun;
        const gpu::RenderPasses post(gpu.device, VK_SAMPLE_COUNT_1_BIT, true, true);
        runs.push_back(runScene(scene, post, mesh, autoSkinning, "default, post AA"));
      }
      runs.push_back(runBare(scene, mesh, VK_SAMPLE_COUNT_1_BIT));
      bareRun = runs.size() - 1;
      runs.push_back(runBare(scene, mesh, msaaSamples));
      bareMsaaRun = runs.size() - 1;
      // Quality: the same posed frame as the runs' first, without the interface.
      scene::OrbitCamera camera;
      camera.setView(scene::StandardView::LeftLateral);
      frameModel(camera, computeBounds(mesh));
      biomech::Simulation sim(*biomechModel, *program, 1.0 / 1000.0);
      for (int i = 0; i < 1000; ++i) sim.step();
      const auto view = buildFrameView(mesh, jointWorldFromPose(mesh, sim.frame().state.pose), camera,
                                       float(extent.width) / float(extent.height), LayerSettings{});
      if (auto q = measureAntiAliasingQuality(gpu, mesh, view, extent, autoSkinning)) quality = *q;
      else std::fprintf(stderr, "spineview: bench: %s\n", q.message().c_str());
    }
  }
  const mesh::Detail chosen = chooseDetail(timings);
  double interactiveMs = 0.0;
  for (const auto& t : timings)
    if (t.detail == chosen) interactiveMs = t.medianFrameMs;
  auto medianRatio = [&](std::size_t a, std::size_t b) { return runs[a].cpu.median / std::max(1e-6, runs[b].cpu.median); };
  // The headline: the frame against the bound drawn with the same number of samples.
  const std::size_t sameSampleBound = gpu.passes->samples() == VK_SAMPLE_COUNT_1_BIT ? bareRun : bareMsaaRun;
  const double headline = medianRatio(defaultRun, sameSampleBound);
  const double overOneSampleBound = medianRatio(defaultRun, bareRun), msaaCost = medianRatio(bareMsaaRun, bareRun);
  const double msaaOverMsaaBound = medianRatio(defaultMsaaRun, bareMsaaRun);
  const std::string frameLabel = samplesLabel(int(gpu.passes->samples()), render::antiAliasingName(gpu.antiAliasing));

  if (request.json) {
    nlohmann::json out;
    out["device"] = gpu.device.info().name;
    out["size"] = {extent.width, extent.height};
    out["anti_aliasing"] = render::antiAliasingName(gpu.antiAliasing);
    out["samples"] = static_cast<int>(gpu.passes->samples());
    out["frames"] = request.frames;
    out["motion"] = request.motion;
    for (const auto& p : startup.phases()) out["startup_ms"][p.name] = p.ms;
    out["startup_ms"]["launch to main"] = startup.launchToStartMs();
    out["startup_ms"]["first frame since launch"] = firstFrameSinceLaunchMs;
    for (const auto& r : runs) out["runs"].push_back(toJson(r));
    out["auto_skinning"] = render::skinningModeName(autoSkinning);
    out["auto_detail"] = detailName(chosen);
    out["auto_detail_before_measuring"] = detailName(detailByDevice);
    out["interactive_fps"] = 1000.0 / std::max(1e-6, interactiveMs);
    out["default_over_same_sample_bound_ratio"] = headline;
    out["default_over_bare_ratio"] = overOneSampleBound;
    out["bare_msaa_over_bare_ratio"] = msaaCost;
    out["default_msaa_over_bare_msaa_ratio"] = msaaOverMsaaBound;
    if (quality) {
      out["aa_quality"] = {{"reference", quality->reference},
                           {"edge_pixels", quality->off.edgePixels},
                           {"msaa", toJson(quality->msaa4)},
                           {"msaa_samples", quality->msaaSamples},
                           {"post", toJson(quality->post)},
                           {"off", toJson(quality->off)},
                           {"post_over_msaa_mean", quality->post.mean / std::max(1e-6, quality->msaa4.mean)}};
    }
    out["peak_rss_kib"] = peakRssKiB();
    std::cout << out.dump(2) << "\n";
  } else {
    std::printf("spineview bench: %s, %ux%u, %s, %d frames, motion %s\n", gpu.device.info().name.c_str(), extent.width,
                extent.height, frameLabel.c_str(), request.frames, request.motion.c_str());
    std::printf("start-up (ms): launch to main %.0f", startup.launchToStartMs());
    for (const auto& p : startup.phases()) std::printf(", %s %.0f", p.name.c_str(), p.ms);
    std::printf("; first frame %.0f ms after launch\n", firstFrameSinceLaunchMs);
    std::printf("%-36s %-18s %9s %9s %9s %9s %9s %8s %9s %6s\n", "run", "anti-aliasing", "cpu med", "p95", "p99", "gpu med",
                "work", "sim", "triangles", "draws");
    for (const auto& r : runs)
      std::printf("%-36s %-18s %7.2fms %7.2fms %7.2fms %7.2fms %7.2fms %6.2fms %9llu %6u\n", r.name.c_str(),
                  samplesLabel(r.samples, r.antiAliasing).c_str(), r.cpu.median, r.cpu.p95, r.cpu.p99, r.gpu.median,
                  r.workMsPerFrame, r.simulationMs, static_cast<unsigned long long>(r.triangles), r.drawCalls);
    std::printf("automatic skinning: %s; automatic detail: %s by measurement (%.1f fps), %s by device type\n",
                render::skinningModeName(autoSkinning), detailName(chosen), 1000.0 / std::max(1e-6, interactiveMs),
                detailName(detailByDevice));
    std::printf("default / bare-draw bound at the frame's sample count (%s): %.2fx (target <= 1.3x)\n", frameLabel.c_str(),
                headline);
    std::printf("default detail / bare-draw bound: %.2fx (multisampling alone: %.2fx; default / bare-draw at the same "
                "sample count, %dx MSAA: %.2fx); peak RSS %.1f MiB\n",
                overOneSampleBound, msaaCost, int(msaaSamples), msaaOverMsaaBound, peakRssKiB() / 1024.0);
    if (quality)
      std::printf("edge error against %s, over %zu edge pixels (of 255, mean / p99): %dx MSAA %.2f / %.0f; post AA %.2f / "
                  "%.0f (%.2fx MSAA's mean); none %.2f / %.0f\n",
                  quality->reference.c_str(), quality->off.edgePixels, quality->msaaSamples, quality->msaa4.mean,
                  quality->msaa4.p99, quality->post.mean, quality->post.p99,
                  quality->post.mean / std::max(1e-6, quality->msaa4.mean), quality->off.mean, quality->off.p99);
  }
  context->reset();
  return reportValidation(gpuOptions.validation) ? kExitOk : kExitValidation;
}

}  // namespace spineview::app
