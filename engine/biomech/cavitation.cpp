#include "biomech/cavitation.h"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace spineview::biomech {

std::string facetJointName(int segment, anatomy::Side side) {
  std::string name = std::string(anatomy::sideName(side)) + " " + anatomy::segmentName(segment) + " facet";
  if (segment == 0) name += " (atlanto-occipital joint)";
  if (segment == 1) name += " (lateral atlanto-axial joint)";
  return name;
}

std::string describe(const CavitationEvent& e) {
  char time[32];
  std::snprintf(time, sizeof time, "%.3f s: ", e.timeS);
  return time + facetJointName(e.segment, e.side);
}

void CavitationTracker::reset() { joints_ = {}; }

void CavitationTracker::update(double t, const FacetStates& facets, std::vector<CavitationEvent>& events) {
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    for (int side = 0; side < 2; ++side) {
      JointState& j = joints_[s][side];
      const FacetState& f = facets[s][side];
      if (j.hasLast && t > j.lastTime && t >= j.readyAgainAt) {
        const double rate = (f.gapMm - j.lastGap) / (t - j.lastTime);
        if (rate >= params_.rateThresholdMmPerS && f.changeMm >= params_.gapThresholdMm) {
          events.push_back({t, s, static_cast<anatomy::Side>(side), f.gapMm, rate});
          j.readyAgainAt = t + params_.refractoryS;
        }
      }
      j.lastGap = f.gapMm;
      j.lastTime = t;
      j.hasLast = true;
    }
  }
}

CavitationParams parseCavitationParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources) {
  CavitationParams p;
  p.gapThresholdMm = readCited(doc, "gap_threshold_mm", "", 0.05, 3.0, "Cavitation gap threshold (model)", "mm", file, sources);
  p.rateThresholdMmPerS = readCited(doc, "rate_threshold_mm_per_s", "", 0.1, 1000.0,
                                    "Cavitation separation-rate threshold (model)", "mm/s", file, sources);
  p.refractoryS = readCited(doc, "refractory_s", "", 0.0, 7200.0, "Refractory period after a pop", "s", file, sources);
  p.publishedPopsPerThrust = readCited(doc, "pops_per_upper_cervical_thrust", "", 0.0, 20.0,
                                       "Pops per upper cervical thrust", "pops", file, sources);
  p.publishedBilateralPercent = readCited(doc, "bilateral_percent", "", 0.0, 100.0, "Thrusts popping on both sides", "%", file, sources);
  p.popDurationMs = readCited(doc, "pop_duration_ms", "", 0.0, 100.0, "Duration of one pop", "ms", file, sources);
  p.thrustGappingMaxMm = readCited(doc, "thrust_gapping_max_mm", "", 0.0, 3.0, "Largest transient gapping at a thrust", "mm", file, sources);
  return p;
}

}  // namespace spineview::biomech
