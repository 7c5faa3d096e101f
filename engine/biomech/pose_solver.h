// Spreads a regional target (head on trunk, upper thoracic, scapulae) over the motion
// segments in proportion to their active ranges, adds coupled motion, never passes a level's
// hard stop (its passive limit), and composes the posed vertebra transforms from the rest
// skeleton by rotating each segment about its rotation centre.
#pragma once

#include <array>

#include <glm/glm.hpp>

#include "anatomy/rest_skeleton.h"
#include "biomech/pose_rhythm.h"
#include "biomech/range_table.h"
#include "biomech/spine_motion.h"

namespace spineview::biomech {

struct PoseTarget {
  double headFlexionDeg = 0.0;        // head on trunk: + flexion, − extension
  double headLateralBendDeg = 0.0;    // + left
  double headRotationDeg = 0.0;       // + left
  double chinTuck = 0.0;              // +1 full retraction, −1 full protraction
  double thoracicExtensionDeg = 0.0;  // upper thoracic: + extension
  double thoracicRotationDeg = 0.0;   // + left
  double thoracicSideBendDeg = 0.0;   // + left
  double scapularRetraction = 0.0;    // 0 … 1 (both sides)
  // Extra motion at single levels (a clinician's targeted thrust), added after the rhythm.
  std::array<SegmentAngles, anatomy::kSegmentCount> segmentOffsetDeg{};
};

struct ScapulaPose {
  double retractionMm = 0.0;   // medial glide toward the spine
  double retractionDeg = 0.0;  // retraction rotation
};

// Plain values: safe to copy into a frame snapshot.
struct Pose {
  std::array<SegmentAngles, anatomy::kSegmentCount> angles{};  // upper relative to lower, degrees
  std::array<glm::mat4, anatomy::kVertebraCount> world{};      // vertebra frame → body frame
  std::array<glm::mat4, anatomy::kSegmentCount> local{};       // upper frame → lower frame
  std::array<ScapulaPose, 2> scapula{};                        // index by Side
  glm::vec3 headTranslationMm{0.0f};                           // C0 origin, posed − rest
  SegmentAngles unreachedHeadDeg;      // part of the head target beyond every hard stop
  SegmentAngles unreachedThoracicDeg;
};

// Scapular retraction as a transform in the scapula's own (bind) frame, axes parallel to the
// body frame: a medial glide toward the spine plus a rotation about the vertical axis that
// turns the glenoid backward. Apply as world = parentWorld · bindLocal · scapulaRetraction(...),
// with the scapula parented to an upper thoracic vertebra (T3/T4) so it follows the thorax.
glm::mat4 scapulaRetraction(const ScapulaPose& pose, anatomy::Side side);

class PoseSolver {
 public:
  PoseSolver(const RangeTable& ranges, const CouplingTable& coupling, const PoseRhythm& rhythm,
             const anatomy::RestSkeleton& rest);

  void solve(const PoseTarget& target, Pose& out) const;

  // Per-level angles only (no transforms).
  void solveAngles(const PoseTarget& target, Pose& out) const;
  // Transforms from out.angles.
  void composeTransforms(Pose& out) const;

  const PoseRhythm& rhythm() const { return rhythm_; }

 private:
  // Shares `target` over `span` on `axis` in proportion to active limits, each level capped at
  // its passive limit; returns what could not be placed.
  double distribute(double target, Axis axis, SegmentSpan span,
                    std::array<SegmentAngles, anatomy::kSegmentCount>& angles) const;

  std::array<DirectionalLimits, anatomy::kSegmentCount> active_{};
  std::array<DirectionalLimits, anatomy::kSegmentCount> passive_{};
  CouplingTable coupling_;
  PoseRhythm rhythm_;
  std::array<glm::mat4, anatomy::kSegmentCount> restLocal_{};  // upper frame → lower frame at rest
  std::array<glm::vec3, anatomy::kSegmentCount> centre_{};     // rotation centre, lower frame
  glm::mat4 baseWorld_{1.0f};                                  // T12 rest transform (fixed)
  glm::vec3 restHeadOrigin_{0.0f};
};

}  // namespace spineview::biomech
