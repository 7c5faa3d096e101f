// A path through the body defined as points fixed on bones: a vessel, a nerve root, later a
// muscle or ligament line of action. Each point lives in one bone's frame, so the path follows
// the posed skeleton; what the path does between its points (slide, stretch) is biomech's
// (biomech/bone_path.h). The drawn tube and the strained path use the same points.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace spineview::anatomy {

enum class PathPointKind : std::uint8_t {
  Anchor,  // the path is fixed here (an origin, or where a membrane holds it)
  Eyelet,  // the path runs through a bony hole and may slide through it, held by a weak tether
  Via,     // the path wraps over or bends at this point and slides freely
};
std::string_view pathPointKindName(PathPointKind kind);  // "anchor", "eyelet", "via"

struct BonePathPoint {
  int bone = 0;               // index into the bone frames (today: anatomy::index(Vertebra))
  glm::vec3 local{0.0f};      // in that bone's frame, mm
  PathPointKind kind = PathPointKind::Via;
  std::string name;           // "C5 transverse foramen"
};

struct BonePathRoute {
  std::vector<BonePathPoint> points;      // first and last are anchors
  std::vector<std::string> segmentNames;  // named parts of the path: "V1" … "V4"
  std::vector<int> spanSegment;           // span i (points[i] → points[i + 1]) belongs to segmentNames[spanSegment[i]]

  int spanCount() const { return static_cast<int>(points.size()) - 1; }
  // First and last point index of a named segment (it covers the spans between them).
  int segmentFirstPoint(int segment) const;
  int segmentLastPoint(int segment) const;
};

// The points in the body frame for the given bone frames (bone → body).
std::vector<glm::vec3> posedPoints(const BonePathRoute& route, std::span<const glm::mat4> boneWorld);

// Empty when the route is well formed; else what is wrong ("the first point must be an anchor").
std::string validateRoute(const BonePathRoute& route, int boneCount);

}  // namespace spineview::anatomy
