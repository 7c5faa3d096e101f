// Cavitation ("pop") of facet joints: a state machine per joint and side.
//   ready ──(the joint opens faster than the rate threshold AND beyond the gap threshold)──▶ popped
//   popped ──(refractory period, ≈ 20 min)──▶ ready
// A slow stretch to the same opening does not pass the rate threshold, so it does not pop.
//
// What opens a joint here: its facet gap change (pose and any thrust distraction) plus, when a
// segment is turned past its active range, the capsule's pull on the joints the evidence says
// pop — per region: none at C0–C1, both sides at C1–C2, the side the face turns to below.
// The thresholds and pulls are model parameters chosen to reproduce published behaviour
// (assets/biomech/cavitation.json), not measurements.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "anatomy/levels.h"
#include "biomech/facet_model.h"
#include "biomech/pose_rhythm.h"
#include "biomech/range_table.h"
#include "biomech/sources_list.h"

namespace spineview::biomech {

// Which joints of a segment the capsule's pull opens when it is turned past its active range.
enum class EndRangeSides : std::uint8_t { None, BothSides, FaceSide };

struct CavitationRegion {
  SegmentSpan span;
  EndRangeSides sides = EndRangeSides::None;
  double endRangeGappingMm = 0.0;  // opening at the hard stop (passive limit), linear from the active limit
  double gapThresholdMm = 0.0;     // opening needed to pop
  bool closingCounts = true;       // false: a modelled closing does not hold the joint shut
  std::string source;
  std::string tag;
};

struct CavitationParams {
  double rateThresholdMmPerS = 0.0;
  double refractoryS = 0.0;
  std::vector<CavitationRegion> regions;  // every segment in exactly one
  // Reference marks (Sources panel, validation).
  double popsPerThrustMin = 0.0;  // Reggars 1996
  double popsPerThrustMax = 0.0;  // Dunning et al. 2013
  double faceSidePercent = 0.0;   // Reggars & Pollard 1995, mid-cervical
  double bilateralPercent = 0.0;  // Dunning et al. 2013, C1–C2
  double popDurationMs = 0.0;
  double thrustGappingMaxMm = 0.0;

  const CavitationRegion& region(int segment) const;
};

struct CavitationEvent {
  double timeS = 0.0;
  int segment = 0;                    // the joint's motion segment (0 = C0–C1)
  anatomy::Side side = anatomy::Side::Left;
  double openingMm = 0.0;
  double rateMmPerS = 0.0;
};

// "12.345 s: left C1–C2 facet joint"
std::string describe(const CavitationEvent& e);
// "left C1–C2 facet joint"
std::string facetJointName(int segment, anatomy::Side side);

using JointOpenings = std::array<std::array<double, 2>, anatomy::kSegmentCount>;  // [segment][Side], mm

// The opening that drives cavitation at every joint for one pose.
void cavitationOpenings(const CavitationParams& params, const RangeTable& ranges, const FacetStates& facets,
                        const std::array<SegmentAngles, anatomy::kSegmentCount>& angles, JointOpenings& out);

class CavitationTracker {
 public:
  explicit CavitationTracker(const CavitationParams& params) : params_(params) {}

  // Forgets history (a new session: every joint ready, no previous opening).
  void reset();
  // Feeds the joint openings at time t (s); appends the pops of this step to `events`.
  void update(double t, const JointOpenings& openings, std::vector<CavitationEvent>& events);

  bool isRefractory(int segment, anatomy::Side side, double t) const {
    return t < joints_[static_cast<std::size_t>(segment)][static_cast<std::size_t>(side)].readyAgainAt;
  }

 private:
  struct JointState {
    double lastOpening = 0.0;
    double lastTime = 0.0;
    bool hasLast = false;
    double readyAgainAt = -1e300;
  };
  CavitationParams params_;
  std::array<std::array<JointState, 2>, anatomy::kSegmentCount> joints_{};
};

CavitationParams parseCavitationParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources);

}  // namespace spineview::biomech
