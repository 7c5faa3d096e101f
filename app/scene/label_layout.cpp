#include "scene/label_layout.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace spineview::app::look {

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests, const Rect& viewport, float spacing) {
  std::vector<PlacedLabel> out(requests.size());
  std::vector<std::size_t> order(requests.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return requests[a].priority > requests[b].priority; });

  // Directions tried around the anchor: right, left, up-right, down-right, up-left, down-left, up, down.
  constexpr std::array<glm::vec2, 8> kDirections{glm::vec2{1, 0},  glm::vec2{-1, 0}, glm::vec2{1, -1}, glm::vec2{1, 1},
                                                 glm::vec2{-1, -1}, glm::vec2{-1, 1}, glm::vec2{0, -1}, glm::vec2{0, 1}};
  constexpr std::array<float, 4> kDistances{14.0f, 34.0f, 60.0f, 96.0f};
  std::vector<Rect> taken;
  for (std::size_t i : order) {
    const auto& r = requests[i];
    if (r.size.x <= 0.0f || r.size.y <= 0.0f) continue;
    bool done = false;
    for (float d : kDistances) {
      for (const glm::vec2 dir : kDirections) {
        // The box's near edge sits d pixels from the anchor in that direction.
        glm::vec2 centre = r.anchor + dir * glm::vec2(d + 0.5f * r.size.x, d * 0.6f + 0.5f * r.size.y);
        if (dir.x == 0.0f) centre.x = r.anchor.x;
        if (dir.y == 0.0f) centre.y = r.anchor.y;
        Rect box{centre - 0.5f * r.size, centre + 0.5f * r.size};
        if (!box.inside(viewport)) continue;
        const Rect padded{box.min - spacing, box.max + spacing};
        if (std::any_of(taken.begin(), taken.end(), [&](const Rect& t) { return padded.overlaps(t); })) continue;
        taken.push_back(box);
        out[i] = {true, box};
        done = true;
        break;
      }
      if (done) break;
    }
  }
  return out;
}

}  // namespace spineview::app::look
