// The rest-pose skeleton: where each vertebra sits and the landmarks biomechanics needs
// (joint centres, facet surfaces, transverse and intervertebral foramina, artery anchors).
// Built from the morphometry data in assets/anatomy; consumed by biomech (kinematics,
// facets, arteries, foramina) and mesh (geometry and skinning).
//
// Frames: each vertebra has a local frame whose origin is the centre of its vertebral body
// (for C0: the midpoint between the occipital condyles; for C1: the centre of the anterior
// arch's ring, on the line through the lateral masses), axes parallel to the body frame
// when the spine is straight (+X left, +Y up, +Z anterior; see levels.h). Units: mm.
#pragma once

#include <array>
#include <optional>

#include <glm/glm.hpp>

#include "anatomy/bone_path_route.h"
#include "anatomy/levels.h"

namespace spineview::anatomy {

// One zygapophyseal (facet) joint of a motion segment, on one side. For C0–C1 this is the
// atlanto-occipital joint, for C1–C2 the lateral atlanto-axial joint.
struct FacetJointLandmarks {
  // Centre of the lower vertebra's superior articular surface, in the LOWER vertebra's frame.
  glm::vec3 lowerSurfaceCentre{0.0f};
  // Centre of the upper vertebra's inferior articular surface, in the UPPER vertebra's frame.
  glm::vec3 upperSurfaceCentre{0.0f};
  // Unit normal of the lower surface (pointing across the joint space toward the upper
  // surface), in the LOWER vertebra's frame.
  glm::vec3 lowerSurfaceNormal{0.0f, 1.0f, 0.0f};
  float neutralGapMm = 1.0f;       // joint space at rest, along the normal
  float surfaceWidthMm = 11.0f;    // facet size (for drawing and area)
  float surfaceHeightMm = 12.0f;
};

// The intervertebral foramen through which a spinal nerve root leaves, per segment and side.
struct ForamenLandmarks {
  glm::vec3 centre{0.0f};          // in the LOWER vertebra's frame
  float restHeightMm = 8.0f;
  float restWidthMm = 6.0f;
};

struct SegmentLandmarks {
  glm::vec3 rotationCentre{0.0f};  // instantaneous centre of rotation, in the LOWER vertebra's frame
  std::array<FacetJointLandmarks, 2> facets;  // index by Side
  std::array<ForamenLandmarks, 2> foramina;   // index by Side
  bool hasDisc = true;             // false for C0–C1 and C1–C2
};

struct VertebraLandmarks {
  // Centre of the transverse foramen (C1–C7), index by Side, in this vertebra's frame.
  std::optional<std::array<glm::vec3, 2>> transverseForamen;
  float transverseForamenDiameterMm = 0.0f;
};

// Fixed points of the vertebral-artery route that do not lie in a transverse foramen.
struct ArteryAnchors {
  std::array<glm::vec3, 2> subclavianOrigin{};   // V1 start, in T1's frame, index by Side
  std::array<glm::vec3, 2> atlasGroove{};        // V3: over the posterior arch of C1, in C1's frame
  std::array<glm::vec3, 2> duralEntry{};         // V3 → V4 at the foramen magnum, in C0's frame
  glm::vec3 basilarJunction{0.0f};               // V4 end: the two arteries join, in C0's frame
};

struct RestSkeleton {
  std::array<glm::mat4, kVertebraCount> restWorld{};   // vertebra frame → body frame, rest pose
  std::array<VertebraLandmarks, kVertebraCount> vertebrae{};
  std::array<SegmentLandmarks, kSegmentCount> segments{};
  ArteryAnchors arteries{};
  // The vertebral artery's whole route, origin to basilar junction, index by Side: what is
  // drawn and what the strain model stretches (anatomy/artery_route.h).
  std::array<BonePathRoute, 2> vertebralArteries{};
};

}  // namespace spineview::anatomy
