// The whole interface for one frame: reads the session, pushes commands. Never touches
// Vulkan or the model's internals.
#pragma once

#include <cstdint>
#include <string>

#include "session/session.h"
#include "ui/compare_layout.h"

namespace spineview::app::ui {

struct FrameInfo {
  float width = 0.0f, height = 0.0f;  // framebuffer pixels
  double frameMilliseconds = 0.0;     // 0: a single headless picture
  std::string deviceName;
  std::uint64_t triangles = 0;
  std::uint32_t drawCalls = 0;
  float contentScale = 1.0f;          // the display's scale (HiDPI); multiplies the UI scale
};

// Returns the free area the panels leave for the model this frame (window pixels), which the
// camera frames the model in (Session::setSceneArea).
BoxF drawInterface(const Session& session, CommandQueue& commands, const FrameInfo& frame);

}  // namespace spineview::app::ui
