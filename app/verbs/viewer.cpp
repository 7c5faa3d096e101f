#include <GLFW/glfw3.h>

#include <chrono>
#include <cstdio>
#include <optional>

#include <imgui.h>

#include "core/paths.h"
#include "model_source.h"
#include "platform/window.h"
#include "render/frame_recorder.h"
#include "render/imgui_layer.h"
#include "render/window_presenter.h"
#include "scene_builder.h"
#include "ui/overlay_panel.h"
#include "verbs/verbs.h"

namespace spineview::app {

int runViewer(const GpuOptions& gpuOptions, const ViewerRequest& request) {
  auto model = loadBuiltInModel();
  if (!model) {
    std::fprintf(stderr, "spineview: %s\n", model.message().c_str());
    return kExitRuntime;
  }
  auto window = platform::Window::create("spineview", static_cast<int>(request.size.width), static_cast<int>(request.size.height));
  if (!window) {
    std::fprintf(stderr, "spineview: %s\n", window.message().c_str());
    return kExitRuntime;
  }
  int exitCode = kExitOk;
  {
    auto context = GpuContext::create(gpuOptions, &window.value());
    if (!context) {
      std::fprintf(stderr, "spineview: %s\n", context.message().c_str());
      return kExitRuntime;
    }
    GpuContext& gpu = **context;
    render::SceneRenderer sceneRenderer(gpu.device, *gpu.passes);
    sceneRenderer.setMesh(*model);
    std::error_code ec;
    std::filesystem::create_directories(core::stateDir(), ec);
    render::ImGuiLayer ui(gpu.device, *gpu.passes, 1.0f, ec ? std::filesystem::path{} : core::stateDir() / "imgui.ini");
    window->initImGui();
    render::WindowPresenter presenter(gpu.device, *gpu.passes, gpu.surface.handle(), window->framebufferSize());

    scene::OrbitCamera camera;
    camera.setView(scene::StandardView::LeftLateral);
    camera.yawDegrees = 60.0f;
    camera.pitchDegrees = 10.0f;
    const ModelBounds bounds = computeBounds(*model);
    frameModel(camera, bounds);
    LayerSettings layers;
    ui::OverlayState overlay;
    overlay.deviceName = gpu.device.info().name;
    overlay.modelName = model->name;

    int frames = 0;
    auto last = std::chrono::steady_clock::now();
    while (!window->shouldClose()) {
      window->pollEvents();
      if (window->minimized()) {  // zero extent: wait for events instead of spinning
        window->waitEvents();
        continue;
      }
      for (const auto& press : window->takeKeyPresses())
        if (press.key == GLFW_KEY_Q && (press.mods & GLFW_MOD_CONTROL)) window->requestClose();
      const platform::CameraInput input = window->takeCameraInput();
      camera.orbit(-input.orbitDx * 0.4f, input.orbitDy * 0.4f);
      camera.pan(input.panDx, input.panDy, static_cast<float>(window->framebufferSize().height));
      camera.zoom(input.wheel);

      const auto now = std::chrono::steady_clock::now();
      overlay.frameMilliseconds = 0.9 * overlay.frameMilliseconds +
                                  0.1 * std::chrono::duration<double, std::milli>(now - last).count();
      last = now;
      window->newImGuiFrame();
      ui.newFrame();
      ui::drawOverlayPanel(overlay);

      const VkExtent2D size = window->framebufferSize();
      const scene::FrameView view = buildFrameView(*model, {}, camera,
                                                   static_cast<float>(size.width) / static_cast<float>(size.height), layers);
      render::DrawStats stats;
      const auto outcome = presenter.drawFrame(size, [&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
        stats = render::recordFramePasses(cmd, slot, *gpu.passes, t, {&view, &sceneRenderer, &ui});
      });
      if (outcome != render::PresentOutcome::Presented) ImGui::EndFrame();  // the frame was not drawn
      overlay.triangles = stats.triangles;
      overlay.drawCalls = stats.drawCalls;
      if (request.maxFrames > 0 && ++frames >= request.maxFrames) window->requestClose();
    }
    gpu.device.waitIdle();
    window->shutdownImGui();
  }
  if (!reportValidation(gpuOptions.validation)) exitCode = kExitValidation;
  return exitCode;
}

}  // namespace spineview::app
