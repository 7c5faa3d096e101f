// Intervertebral (nerve-root) foramina per segment and side: change of height and area with
// the segment's angles, by the literature §8 model rule (Kitagawa 2004 for flexion and
// extension; for lateral bend and rotation, model parameters tagged U in assets/biomech/foramina.json). Narrowing in extension and in
// bending or rotating toward the foramen's side.
#pragma once

#include <array>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "anatomy/rest_skeleton.h"
#include "biomech/range_table.h"
#include "biomech/sources_list.h"
#include "biomech/spine_motion.h"

namespace spineview::biomech {

struct ForamenParams {
  double flexionArea = 28, flexionHeight = 11;           // percent change at full active range
  double extensionArea = -17, extensionHeight = -10;
  double ipsilateralArea = -15, ipsilateralHeight = -10;
  double contralateralArea = 15, contralateralHeight = 10;
};

struct ForamenState {
  double heightMm = 0.0;
  double heightChangePercent = 0.0;
  double areaChangePercent = 0.0;  // < 0: narrowing
};

using ForamenStates = std::array<std::array<ForamenState, 2>, anatomy::kSegmentCount>;  // [segment][Side]

// The nerve root leaving through a segment's foramen: C5–C6 → "C6", C7–T1 → "C8", T4–T5 → "T4".
std::string exitingRoot(int segment);

class ForamenModel {
 public:
  ForamenModel(const ForamenParams& params, const RangeTable& ranges, const anatomy::RestSkeleton& rest);

  void evaluate(const std::array<SegmentAngles, anatomy::kSegmentCount>& angles, ForamenStates& out) const;

 private:
  ForamenParams params_;
  std::array<DirectionalLimits, anatomy::kSegmentCount> active_{};
  std::array<std::array<double, 2>, anatomy::kSegmentCount> restHeightMm_{};
};

ForamenParams parseForamenParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources);

}  // namespace spineview::biomech
