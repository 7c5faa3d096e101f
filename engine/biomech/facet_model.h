// Facet (zygapophyseal) joints, left and right at every segment, including the
// atlanto-occipital (C0–C1) and lateral atlanto-axial (C1–C2) joints: the joint gap along the
// lower surface's normal, from the posed geometry plus any distraction a motion applies.
#pragma once

#include <array>

#include <glm/glm.hpp>

#include "anatomy/rest_skeleton.h"
#include "biomech/pose_solver.h"

namespace spineview::biomech {

struct FacetState {
  double gapMm = 0.0;     // joint space along the normal (never below 0: cartilage touches)
  double changeMm = 0.0;  // gap − neutral gap: > 0 gapping, < 0 compression
};

using FacetStates = std::array<std::array<FacetState, 2>, anatomy::kSegmentCount>;  // [segment][Side]
using SegmentDistraction = std::array<double, anatomy::kSegmentCount>;              // mm, both sides

class FacetModel {
 public:
  explicit FacetModel(const anatomy::RestSkeleton& rest);

  void evaluate(const Pose& pose, const SegmentDistraction& distractionMm, FacetStates& out) const;

  double neutralGapMm(int segment, anatomy::Side side) const {
    return joints_[segment][static_cast<int>(side)].neutralGap;
  }

 private:
  struct Joint {
    glm::vec3 upperCentre{0.0f};    // upper vertebra frame
    glm::vec3 restInLower{0.0f};    // upper centre at rest, in the lower frame
    glm::vec3 normal{0, 1, 0};      // lower frame
    double neutralGap = 1.0;
  };
  std::array<std::array<Joint, 2>, anatomy::kSegmentCount> joints_{};
};

}  // namespace spineview::biomech
