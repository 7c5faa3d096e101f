// What the renderer reports back for FrameView::probePixels once a frame has completed: the
// part visible at each pixel (0 = background, or the translucent body surface, which is not
// pickable) and its depth. Used for picking and for hiding labels of covered structures.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

namespace spineview::render {

// Probes per frame, all views together; more are ignored (and reported as outside).
inline constexpr std::uint32_t kMaxProbes = 256;

struct ProbeResult {
  glm::vec2 pixel{0.0f};        // as requested (target pixels, origin top-left)
  std::uint32_t viewIndex = 0;  // which FrameView asked
  bool inside = false;          // false: the pixel was outside the target (or over kMaxProbes)
  std::uint32_t partId = 0;     // DrawItem::partId of the visible surface; 0 = nothing
  float depth = 1.0f;           // window depth of that surface (0 near … 1 far/background)
};

using ProbeResults = std::vector<ProbeResult>;

}  // namespace spineview::render
