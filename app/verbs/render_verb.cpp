#include <unistd.h>

#include <chrono>
#include <cstdio>

#include <imgui.h>

#include "core/png_image.h"
#include "model_source.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
#include "render/imgui_layer.h"
#include "scene_builder.h"
#include "ui/overlay_panel.h"
#include "verbs/verbs.h"

namespace spineview::app {

core::Result<Size2> parseSize(const std::string& text) {
  unsigned w = 0, h = 0;
  char x = 0, extra = 0;
  if (std::sscanf(text.c_str(), "%u%c%u%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X'))
    return core::fail("bad --size \"" + text + "\": expected WIDTHxHEIGHT, for example 1280x720");
  if (w < 16 || h < 16 || w > 8192 || h > 8192)
    return core::fail("bad --size \"" + text + "\": each side must be between 16 and 8192 pixels");
  return Size2{w, h};
}

namespace {
core::Status checkWritable(const std::filesystem::path& out) {
  const std::filesystem::path dir = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return core::fail("cannot write " + out.string() + ": folder " + dir.string() + " does not exist");
  if (::access(dir.c_str(), W_OK) != 0) return core::fail("cannot write " + out.string() + ": no permission to write in " + dir.string());
  if (std::filesystem::is_directory(out, ec)) return core::fail("cannot write " + out.string() + ": it is a folder");
  return core::Ok{};
}
}  // namespace

int runRenderVerb(const GpuOptions& gpuOptions, const RenderRequest& request) {
  if (auto writable = checkWritable(request.out); !writable) {
    std::fprintf(stderr, "spineview: %s\n", writable.message().c_str());
    return kExitRuntime;
  }
  scene::StandardView standardView;
  if (!scene::parseView(request.view, standardView)) {
    std::fprintf(stderr, "spineview: unknown --view \"%s\"; use anterior, posterior, left, right or superior\n",
                 request.view.c_str());
    return kExitUsage;
  }
  auto model = loadBuiltInModel();
  if (!model) {
    std::fprintf(stderr, "spineview: %s\n", model.message().c_str());
    return kExitRuntime;
  }
  auto context = GpuContext::create(gpuOptions, nullptr);
  if (!context) {
    std::fprintf(stderr, "spineview: %s\n", context.message().c_str());
    return kExitRuntime;
  }
  GpuContext& gpu = **context;
  const VkExtent2D extent{request.size.width, request.size.height};
  core::RgbaImage image;
  {
    render::SceneRenderer sceneRenderer(gpu.device, *gpu.passes);
    sceneRenderer.setMesh(*model);
    render::ImGuiLayer ui(gpu.device, *gpu.passes, std::max(1.0f, static_cast<float>(extent.height) / 900.0f));
    render::HeadlessTarget target(gpu.device, *gpu.passes, extent);

    scene::OrbitCamera camera;
    camera.setView(standardView);
    frameModel(camera, computeBounds(*model));
    const scene::FrameView view =
        buildFrameView(*model, {}, camera, static_cast<float>(extent.width) / static_cast<float>(extent.height), LayerSettings{});

    ui::OverlayState overlay;
    overlay.deviceName = gpu.device.info().name;
    overlay.modelName = model->name;
    for (const auto& item : view.items) overlay.triangles += item.indexCount / 3;
    overlay.drawCalls = static_cast<unsigned>(view.items.size());
    // Auto-sized ImGui windows measure themselves on their first frame and appear on the
    // second, so lay the interface out once before the frame that is kept.
    for (int pass = 0; pass < 2; ++pass) {
      ui.newHeadlessFrame(extent, 1.0f / 60.0f);
      if (request.showUi) ui::drawOverlayPanel(overlay);
      if (pass == 0) ImGui::EndFrame();
    }
    image = target.renderAndRead([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
      render::recordFramePasses(cmd, slot, *gpu.passes, t, {&view, &sceneRenderer, &ui});
    });
  }
  if (auto saved = core::writePng(request.out, image); !saved) {
    std::fprintf(stderr, "spineview: %s\n", saved.message().c_str());
    return kExitRuntime;
  }
  std::printf("wrote %s (%ux%u, %s)\n", request.out.c_str(), image.width, image.height, gpu.device.info().name.c_str());
  context->reset();
  return reportValidation(gpuOptions.validation) ? kExitOk : kExitValidation;
}

}  // namespace spineview::app
