// Cavitation ("pop") of facet joints: a state machine per joint and side.
//   ready ──(gap opens faster than the rate threshold AND beyond the gap threshold)──▶ cavitated
//   cavitated ──(refractory period, ≈20 min)──▶ ready
// A slow stretch to the same gap does not pass the rate threshold, so it does not pop.
// The thresholds are model parameters (assets/biomech/cavitation.json), not measurements.
#pragma once

#include <array>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "anatomy/levels.h"
#include "biomech/facet_model.h"
#include "biomech/sources_list.h"

namespace spineview::biomech {

struct CavitationParams {
  double gapThresholdMm = 0.5;
  double rateThresholdMmPerS = 5.0;
  double refractoryS = 1200.0;
  double publishedPopsPerThrust = 3.57;   // reference marks (Dunning 2013)
  double publishedBilateralPercent = 91.9;
  double popDurationMs = 5.66;
  double thrustGappingMaxMm = 1.0;
};

struct CavitationEvent {
  double timeS = 0.0;
  int segment = 0;                    // the joint's motion segment (0 = C0–C1)
  anatomy::Side side = anatomy::Side::Left;
  double gapMm = 0.0;
  double rateMmPerS = 0.0;
};

// "12.345 s: left C1–C2 facet (lateral atlanto-axial joint)"
std::string describe(const CavitationEvent& e);
// "left C0–C1 facet (atlanto-occipital joint)", "right C5–C6 facet"
std::string facetJointName(int segment, anatomy::Side side);

class CavitationTracker {
 public:
  explicit CavitationTracker(const CavitationParams& params) : params_(params) {}

  // Forgets history (a new session: every joint ready, no previous gap).
  void reset();
  // Feeds the facet gaps at time t (s); appends the pops of this step to `events`.
  void update(double t, const FacetStates& facets, std::vector<CavitationEvent>& events);

  bool isRefractory(int segment, anatomy::Side side, double t) const {
    return t < joints_[segment][static_cast<int>(side)].readyAgainAt;
  }

 private:
  struct JointState {
    double lastGap = 0.0;
    double lastTime = 0.0;
    bool hasLast = false;
    double readyAgainAt = -1e300;
  };
  CavitationParams params_;
  std::array<std::array<JointState, 2>, anatomy::kSegmentCount> joints_{};
};

CavitationParams parseCavitationParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources);

}  // namespace spineview::biomech
