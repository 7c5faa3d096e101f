// Intervertebral (nerve-root) foramina per segment and side: change of cross-sectional AREA
// with the segment's angles. Each direction adds its share, linear in the fraction of the
// segment's own active range in use: flexion opens and extension narrows (Kitagawa 2004);
// bending and turning toward the foramen's side narrow it, away from it open it, with
// coefficients fitted so that a pure side bend at 85 % of the active range narrows the
// mid-cervical foramina by about 15 % and the combined Spurling position by about 30 %
// (Takasaki 2009). All in assets/biomech/foramina.json.
#pragma once

#include <array>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "anatomy/rest_skeleton.h"
#include "biomech/range_table.h"
#include "biomech/sources_list.h"
#include "biomech/spine_motion.h"

namespace spineview::biomech {

// Percent area change at the full active range of each direction.
struct ForamenParams {
  double flexion = 0.0, extension = 0.0;
  double bendToward = 0.0, bendAway = 0.0;  // lateral bend toward / away from the foramen's side
  double turnToward = 0.0, turnAway = 0.0;  // axial rotation toward / away from it
  // Gauge bands, as narrowing (positive percent): everyday below the first; from the second
  // as much as a provocation test position.
  double everydayNarrowingBelowPercent = 0.0;
  double provocationNarrowingFromPercent = 0.0;
};

struct ForamenState {
  double areaChangePercent = 0.0;  // < 0: narrowing
};

using ForamenStates = std::array<std::array<ForamenState, 2>, anatomy::kSegmentCount>;  // [segment][Side]

// The nerve root leaving through a segment's foramen: C5–C6 → "C6", C7–T1 → "C8", T4–T5 → "T4".
std::string exitingRoot(int segment);

class ForamenModel {
 public:
  ForamenModel(const ForamenParams& params, const RangeTable& ranges);

  void evaluate(const std::array<SegmentAngles, anatomy::kSegmentCount>& angles, ForamenStates& out) const;
  const ForamenParams& params() const { return params_; }

 private:
  ForamenParams params_;
  std::array<DirectionalLimits, anatomy::kSegmentCount> active_{};
};

ForamenParams parseForamenParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources);

// The most narrowing among the foramina of `states` (most negative area change, ≤ 0).
double narrowestForamenPercent(const ForamenStates& states);

}  // namespace spineview::biomech
