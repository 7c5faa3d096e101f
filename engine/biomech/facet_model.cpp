#include "biomech/facet_model.h"

#include <algorithm>

namespace spineview::biomech {

FacetModel::FacetModel(const anatomy::RestSkeleton& rest) {
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const glm::mat4 restLocal = glm::inverse(rest.restWorld[s + 1]) * rest.restWorld[s];
    for (int side = 0; side < 2; ++side) {
      const auto& f = rest.segments[s].facets[side];
      Joint& j = joints_[s][side];
      j.upperCentre = f.upperSurfaceCentre;
      j.restInLower = glm::vec3(restLocal * glm::vec4(f.upperSurfaceCentre, 1.0f));
      const float len = glm::length(f.lowerSurfaceNormal);
      j.normal = len > 1e-6f ? f.lowerSurfaceNormal / len : glm::vec3(0, 1, 0);
      j.neutralGap = f.neutralGapMm;
    }
  }
}

void FacetModel::evaluate(const Pose& pose, const SegmentDistraction& distractionMm, FacetStates& out) const {
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    for (int side = 0; side < 2; ++side) {
      const Joint& j = joints_[s][side];
      const glm::vec3 posed = glm::vec3(pose.local[s] * glm::vec4(j.upperCentre, 1.0f));
      const double opening = glm::dot(j.normal, posed - j.restInLower) + distractionMm[s];
      const double gap = std::max(0.0, j.neutralGap + opening);
      out[s][side] = {gap, gap - j.neutralGap};
    }
  }
}

}  // namespace spineview::biomech
