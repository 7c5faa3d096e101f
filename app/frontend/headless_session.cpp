#include "frontend/headless_session.h"

#include <algorithm>

#include <imgui.h>

#include "render/frame_recorder.h"
#include "scene/probe_feedback.h"
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
  const auto views = buildSessionViews(session_, static_cast<float>(extent.width), static_cast<float>(extent.height));
  ui::FrameInfo info;
  info.width = static_cast<float>(extent.width);
  info.height = static_cast<float>(extent.height);
  info.deviceName = gpu_.device.info().name;
  for (const auto& v : views)
    for (const auto& item : v.items) {
      if (item.primitive == scene::Primitive::Triangles) info.triangles += item.indexCount / 3;
      ++info.drawCalls;
    }
  // Auto-sized ImGui windows measure themselves on their first frame and appear on the
  // second, so lay the interface out once before the frame that is kept. Commands from the
  // throw-away layout are dropped so they do not run twice.
  for (int pass = 0; pass < 2; ++pass) {
    ui_.newHeadlessFrame(extent, pass == 0 ? 1.0f / 60.0f : static_cast<float>(std::max(dtS, 1e-4)));
    if (showUi_) ui::drawInterface(session_, session_.queue(), info);
    if (pass == 0) {
      ImGui::EndFrame();
      session_.queue().take();
    }
  }
  core::RgbaImage image = target_.renderAndRead([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
    stats_ = render::recordFramePasses(cmd, slot, *gpu_.passes, t, {views, &sceneRenderer_, &ui_});
    lastSlot_ = slot;
  });
  // Headless frames complete before renderAndRead returns: feed picks and label probes back now.
  applyProbeResults(session_, sceneRenderer_.probeResults(lastSlot_));
  return image;
}

}  // namespace spineview::app
