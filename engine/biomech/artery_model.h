// Vertebral arteries, left and right: the path through the posed transverse foramina, the
// atlas (V3) loop and the foramen magnum; length and strain ε = (L − L0)/L0 per segment V1–V4.
// V3 has slack: its strain starts only once the slack is used up.
#pragma once

#include <array>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <nlohmann/json_fwd.hpp>

#include "anatomy/rest_skeleton.h"
#include "biomech/pose_solver.h"
#include "biomech/sources_list.h"

namespace spineview::biomech {

enum class ArterySegment : int { V1, V2, V3, V4 };
inline constexpr int kArterySegmentCount = 4;
std::string_view arterySegmentName(ArterySegment s);  // "V1" …

enum class StrainGauge : std::uint8_t { Green, Amber, Red };
std::string_view gaugeName(StrainGauge g);

struct StrainMark {
  std::string id;
  std::string what;
  double valuePercent = 0.0;
  std::string source;
  std::string tag;
};

struct ArteryParams {
  double v3SlackPercent = 5.0;
  double v3SlackMinPercent = 0.0;
  double v3SlackMaxPercent = 20.0;
  bool calibrateV3 = true;
  bool c2ExitOnLateralMassLine = true;
  double calibrationTargetPercent = 8.0;
  double greenBelowPercent = 10.0;
  double redFromPercent = 39.0;
  std::vector<StrainMark> marks;

  StrainGauge gauge(double strainPercent) const {
    return strainPercent >= redFromPercent ? StrainGauge::Red
           : strainPercent >= greenBelowPercent ? StrainGauge::Amber : StrainGauge::Green;
  }
};

struct ArterySegmentState {
  double lengthMm = 0.0;
  double restLengthMm = 0.0;
  double strainPercent = 0.0;  // V3: after the slack is taken up
};

struct ArteryState {
  std::array<ArterySegmentState, kArterySegmentCount> segments{};
  double c2ToC1SpanStrainPercent = 0.0;  // raw geometric strain of the C2→C1 span (inside V3)
  double peakStrainPercent = 0.0;        // largest segment strain
  StrainGauge gauge = StrainGauge::Green;
};

using ArteryStates = std::array<ArteryState, 2>;  // index by Side

class ArteryModel {
 public:
  ArteryModel(const ArteryParams& params, const anatomy::RestSkeleton& rest);

  void evaluate(const Pose& pose, ArteryStates& out) const;

  // Sets the V3 slack (clamped to the data's range) so that `fullContralateral` (a pose at
  // full passive rotation) gives the calibration target in the contralateral artery.
  // Returns the slack used, in percent.
  double calibrateSlack(const Pose& fullLeftRotation);

  double v3SlackPercent() const { return slackPercent_; }
  const ArteryParams& params() const { return params_; }
  // Path points of one artery in the body frame (for drawing), subclavian to basilar junction.
  std::vector<glm::vec3> pathPoints(const Pose& pose, anatomy::Side side) const;

 private:
  // Points of the path with the vertebra whose frame they live in.
  struct PathPoint {
    int vertebra = 0;
    glm::vec3 local{0.0f};
  };
  static constexpr int kPathPoints = 10;  // origin, C6…C2, C1, groove, dural entry, basilar
  ArteryParams params_;
  std::array<std::array<PathPoint, kPathPoints>, 2> path_{};
  std::array<ArteryState, 2> rest_{};
  double c2C1RestMm_[2] = {0.0, 0.0};
  double slackPercent_ = 0.0;
};

ArteryParams parseArteryParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources);

}  // namespace spineview::biomech
