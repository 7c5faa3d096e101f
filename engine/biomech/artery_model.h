// Vertebral arteries, left and right: each one bone path (biomech/bone_path.h) from the
// subclavian origin to the basilar junction, anchored at the origin and at the dural entry,
// sliding through the transverse foramina (eyelets with weak tethers) and over the atlas, with
// the V3 loop's slack (mm) taken up before it stretches. Strain and strain rate per segment
// V1–V4; a gauge band from the data for the most stretched one.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <nlohmann/json_fwd.hpp>

#include "anatomy/rest_skeleton.h"
#include "biomech/bone_path.h"
#include "biomech/pose_solver.h"
#include "biomech/sources_list.h"

namespace spineview::biomech {

enum class ArterySegment : int { V1, V2, V3, V4 };
inline constexpr int kArterySegmentCount = 4;
std::string_view arterySegmentName(ArterySegment s);  // "V1" …

// Ordered from everyday to failure, so std::max gives the worse band.
enum class StrainGauge : std::uint8_t { Green, Amber, Orange, Red };
inline constexpr int kStrainGaugeCount = 4;
std::string_view gaugeName(StrainGauge g);  // "green", "amber", "orange", "red"

struct StrainMark {
  std::string id;
  std::string what;
  double valuePercent = 0.0;
  std::string source;
  std::string tag;
};

// One band of the artery gauge: from its lower edge up to the next band's.
struct GaugeBand {
  StrainGauge gauge = StrainGauge::Green;
  double fromPercent = 0.0;
  std::string meaning;  // plain words: "everyday neck movement"
  std::string source;
  std::string tag;
};

struct ArteryParams {
  BonePathMechanics mechanics;  // slack per segment (V3 from the data), eyelet tethers
  std::array<GaugeBand, kStrainGaugeCount> bands{};
  std::string caution;          // what the bands cannot say (tooltip)
  std::vector<StrainMark> marks;

  double greenBelowPercent() const { return bands[1].fromPercent; }
  double orangeFromPercent() const { return bands[2].fromPercent; }
  double redFromPercent() const { return bands[3].fromPercent; }
  StrainGauge gauge(double strainPercent) const;
};

struct ArterySegmentState {
  double lengthMm = 0.0;
  double restLengthMm = 0.0;
  double strainPercent = 0.0;           // the most stretched part of the segment
  double strainRatePercentPerS = 0.0;   // how fast that strain changes (0 for a single pose)
};

struct ArteryState {
  std::array<ArterySegmentState, kArterySegmentCount> segments{};
  double peakStrainPercent = 0.0;      // largest segment strain
  double peakRatePercentPerS = 0.0;    // fastest lengthening among the segments
  StrainGauge gauge = StrainGauge::Green;
  BonePathState path;                  // per span, for drawing and the validation tables
};

using ArteryStates = std::array<ArteryState, 2>;  // index by Side

class ArteryModel {
 public:
  ArteryModel(const ArteryParams& params, const anatomy::RestSkeleton& rest);

  void evaluate(const Pose& pose, ArteryStates& out) const;

  const ArteryParams& params() const { return params_; }
  const BonePath& path(anatomy::Side side) const { return paths_[static_cast<std::size_t>(side)]; }
  // Points of one artery in the body frame (for drawing), subclavian origin to basilar junction.
  std::vector<glm::vec3> pathPoints(const Pose& pose, anatomy::Side side) const {
    return path(side).points(pose.world);
  }

 private:
  ArteryParams params_;
  std::array<BonePath, 2> paths_;
};

// Strain rates of `current` from `previous`, dtS apart (%/s); keeps the gauges as they are.
void updateArteryRates(const ArteryStates& previous, double dtS, ArteryStates& current);

ArteryParams parseArteryParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources);

}  // namespace spineview::biomech
