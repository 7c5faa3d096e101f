// Renders a Session without a window, interface included: the `render` verb, scripted
// sessions and tests. Same passes as the window, so pictures match what users see.
#pragma once

#include <memory>

#include "core/png_image.h"
#include "gpu_context.h"
#include "render/headless_target.h"
#include "render/imgui_layer.h"
#include "render/scene_renderer.h"
#include "session/session.h"
#include "ui/main_ui.h"

namespace spineview::app {

class HeadlessSession {
 public:
  HeadlessSession(GpuContext& gpu, Session& session, VkExtent2D extent, bool showUi);

  // Advances the session by dt (commands, playback), lays out the interface and renders.
  // The first frame is drawn twice: labels hide behind bone using the previous frame's probes,
  // so without a frame before it the first picture would show every label.
  core::RgbaImage renderFrame(double dtS);
  render::DrawStats lastStats() const { return stats_; }
  VkExtent2D extent() const { return target_.extent(); }

 private:
  GpuContext& gpu_;
  Session& session_;
  bool showUi_;
  render::SceneRenderer sceneRenderer_;
  render::ImGuiLayer ui_;
  render::HeadlessTarget target_;
  std::uint64_t uploadedGeneration_ = 0;
  render::DrawStats stats_;
  std::uint64_t frameNumber_ = 0;  // stamps probe requests (scene/probe_feedback.h)
  bool probesSettled_ = false;

  core::RgbaImage drawAndRead(double dtS);
};

}  // namespace spineview::app
