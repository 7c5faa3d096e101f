// Places screen-space labels next to their anchors without overlaps: a greedy pass in
// priority order tries a ring of candidate spots around each anchor (near first) and keeps
// the first one that stays inside the viewport and clear of labels already placed. Labels
// that find no spot are left out. Pure: sizes come from the caller (ImGui measures text).
#pragma once

#include <vector>

#include <glm/glm.hpp>

namespace spineview::app::look {

struct Rect {
  glm::vec2 min{0.0f}, max{0.0f};
  bool overlaps(const Rect& o) const { return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y; }
  bool inside(const Rect& o) const { return min.x >= o.min.x && min.y >= o.min.y && max.x <= o.max.x && max.y <= o.max.y; }
};

struct LabelRequest {
  glm::vec2 anchor{0.0f};  // pixel the leader line points at
  glm::vec2 size{0.0f};    // text box, pixels (padding included)
  int priority = 0;        // higher first
};

struct PlacedLabel {
  bool placed = false;
  Rect rect;
};

// One result per request, in the same order. `spacing` keeps this much space between boxes.
std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests, const Rect& viewport, float spacing = 2.0f);

}  // namespace spineview::app::look
