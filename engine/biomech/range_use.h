// How much of each level's and region's active range a pose uses, and in which zone.
#pragma once

#include <array>

#include "biomech/pose_rhythm.h"
#include "biomech/range_table.h"
#include "biomech/spine_motion.h"

namespace spineview::biomech {

struct LevelUse {
  double percent = 0.0;  // worst axis: |angle| / active limit × 100
  Axis worstAxis = Axis::FlexionExtension;
  Zone zone = Zone::Comfortable;
};

struct RegionUse {
  SegmentAngles totalDeg;  // summed over the region's levels
  double percent = 0.0;    // worst axis: |total| / summed active limits × 100
  Axis worstAxis = Axis::FlexionExtension;
  Zone zone = Zone::Comfortable;
};

struct RangeUse {
  std::array<LevelUse, anatomy::kSegmentCount> levels{};
  RegionUse cervical;
  RegionUse upperThoracic;
  Zone worstZone = Zone::Comfortable;
  int worstSegment = 0;  // the level with the highest use
};

void evaluateRangeUse(const RangeTable& ranges, const ZoneThresholds& zones, const PoseRhythm& rhythm,
                      const std::array<SegmentAngles, anatomy::kSegmentCount>& angles, RangeUse& out);

}  // namespace spineview::biomech
