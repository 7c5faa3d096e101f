#include "verbs/bench_runs.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>

#include "biomech/simulation.h"
#include "gpu/render_passes.h"
#include "render/bare_draw.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
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


}  // namespace

Percentiles percentiles(std::vector<double> v) {
  if (v.empty()) return {};
  std::sort(v.begin(), v.end());
  auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<std::size_t>(q * double(v.size() - 1) + 0.5))]; };
  return {at(0.5), at(0.95), at(0.99), v.front()};
}

// The work a frame costs, far less disturbed by other load on a shared machine than wall-clock time.
double processCpuMs() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto ms = [](const timeval& t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) * 1e-3; };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}


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


RunResult runScene(BenchScene& s, const gpu::RenderPasses& passes, const mesh::MeshData& mesh, render::SkinningMode skinning,
                   const std::string& name, bool drawItems) {
  RunResult result;
  result.name = name;
  result.samples = static_cast<int>(passes.samples());
  result.antiAliasing = passes.postAntiAliasing() ? "post" : passes.samples() != VK_SAMPLE_COUNT_1_BIT ? "msaa" : "off";
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

RunResult runBare(BenchScene& s, const mesh::MeshData& mesh, VkSampleCountFlagBits samples) {
  RunResult result;
  render::SceneRenderer renderer(s.gpu.device, *s.gpu.passes, render::SkinningMode::Gpu);
  renderer.setMesh(mesh);
  render::BareDrawRenderer bare(s.gpu.device, renderer.mesh(), samples);
  result.name = bare.passes().samples() == VK_SAMPLE_COUNT_1_BIT
                    ? std::string("bare-draw bound")
                    : "bare-draw at " + std::to_string(int(bare.passes().samples())) + "x MSAA";
  result.samples = static_cast<int>(bare.passes().samples());
  result.antiAliasing = result.samples > 1 ? "msaa" : "off";
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

}  // namespace spineview::app
