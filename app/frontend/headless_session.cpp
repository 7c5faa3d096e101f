#include "frontend/headless_session.h"

#include <algorithm>

#include <imgui.h>

#include "render/frame_recorder.h"
#include "scene_builder.h"

namespace spineview::app {

HeadlessSession::HeadlessSession(GpuContext& gpu, Session& session, VkExtent2D extent, bool showUi)
    : gpu_(gpu),
      session_(session),
      showUi_(showUi),
      sceneRenderer_(gpu.device, *gpu.passes, gpu.skinning),
      ui_(gpu.device, *gpu.passes, std::max(1.0f, static_cast<float>(extent.height) / 900.0f)),
      target_(gpu.device, *gpu.passes, extent) {}

core::RgbaImage HeadlessSession::renderFrame(double dtS) {
  if (uploadedGeneration_ != session_.modelGeneration()) {
    sceneRenderer_.setMesh(session_.model().mesh);
    uploadedGeneration_ = session_.modelGeneration();
  }
  session_.update(dtS);
  if (!probesSettled_) {
    probesSettled_ = true;
    drawAndRead(dtS);
  }
  return drawAndRead(dtS);
}

core::RgbaImage HeadlessSession::drawAndRead(double dtS) {
  const VkExtent2D extent = target_.extent();
  const float width = static_cast<float>(extent.width), height = static_cast<float>(extent.height);
  ui::FrameInfo info;
  info.width = width;
  info.height = height;
  info.deviceName = gpu_.device.info().name;
  info.triangles = stats_.triangles;  // the previous picture's (the statistics overlay)
  info.drawCalls = stats_.drawCalls;
  // Auto-sized ImGui windows measure themselves on their first frame and appear on the
  // second, so lay the interface out once before the frame that is kept. Commands from the
  // throw-away layout are dropped so they do not run twice (those queued before it stay).
  ui::BoxF scene{0.0f, 0.0f, width, height};
  for (int pass = 0; pass < 2; ++pass) {
    const std::size_t queued = session_.queue().size();
    ui_.newHeadlessFrame(extent, pass == 0 ? 1.0f / 60.0f : static_cast<float>(std::max(dtS, 1e-4)));
    if (showUi_) scene = ui::drawInterface(session_, session_.queue(), info);
    if (pass == 0) {
      ImGui::EndFrame();
      session_.queue().keepFirst(queued);
    }
    // The model is framed in the part of the picture the interface leaves free; the kept pass
    // places its labels with the area the first pass found.
    if (scene.empty()) scene = {0.0f, 0.0f, width, height};
    session_.setSceneArea({scene.x / width, scene.y / height, scene.w / width, scene.h / height}, scene.w / std::max(1.0f, scene.h));
  }
  auto views = buildSessionViews(session_, width, height);
  const std::uint64_t frame = ++frameNumber_;
  session_.probes().attach(views, width, height, frame, session_.queue());
  std::uint32_t slot = 0;
  core::RgbaImage image = target_.renderAndRead([&](VkCommandBuffer cmd, std::uint32_t s, const gpu::OffscreenTarget& t) {
    stats_ = render::recordFramePasses(cmd, s, *gpu_.passes, t, {views, &sceneRenderer_, &ui_});
    slot = s;
  });
  // Headless frames complete before renderAndRead returns: their probes answer at once.
  session_.probes().collect(frame, sceneRenderer_.probeResults(slot), session_.queue());
  return image;
}

}  // namespace spineview::app
