#include "anatomy/bone_path_route.h"

#include <algorithm>

namespace spineview::anatomy {

std::string_view pathPointKindName(PathPointKind kind) {
  switch (kind) {
    case PathPointKind::Anchor: return "anchor";
    case PathPointKind::Eyelet: return "eyelet";
    case PathPointKind::Via: return "via";
  }
  return "?";
}

int BonePathRoute::segmentFirstPoint(int segment) const {
  const auto it = std::find(spanSegment.begin(), spanSegment.end(), segment);
  return it == spanSegment.end() ? -1 : static_cast<int>(it - spanSegment.begin());
}

int BonePathRoute::segmentLastPoint(int segment) const {
  const auto it = std::find(spanSegment.rbegin(), spanSegment.rend(), segment);
  return it == spanSegment.rend() ? -1 : static_cast<int>(spanSegment.rend() - it);
}

std::vector<glm::vec3> posedPoints(const BonePathRoute& route, std::span<const glm::mat4> boneWorld) {
  std::vector<glm::vec3> out;
  out.reserve(route.points.size());
  for (const auto& p : route.points) out.emplace_back(boneWorld[static_cast<std::size_t>(p.bone)] * glm::vec4(p.local, 1.0f));
  return out;
}

std::string validateRoute(const BonePathRoute& route, int boneCount) {
  if (route.points.size() < 2) return "a path needs at least two points";
  if (route.points.front().kind != PathPointKind::Anchor) return "the first point must be an anchor";
  if (route.points.back().kind != PathPointKind::Anchor) return "the last point must be an anchor";
  if (static_cast<int>(route.spanSegment.size()) != route.spanCount()) return "every span needs a segment";
  for (const auto& p : route.points)
    if (p.bone < 0 || p.bone >= boneCount) return "point \"" + p.name + "\" names a bone that does not exist";
  for (std::size_t i = 0; i < route.spanSegment.size(); ++i) {
    const int s = route.spanSegment[i];
    if (s < 0 || s >= static_cast<int>(route.segmentNames.size())) return "a span names a segment that does not exist";
    if (i > 0 && s < route.spanSegment[i - 1]) return "segments must follow each other along the path";
  }
  return {};
}

}  // namespace spineview::anatomy
