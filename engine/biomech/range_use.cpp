#include "biomech/range_use.h"

#include <cmath>

namespace spineview::biomech {

namespace {

constexpr Axis kAxes[kAxisCount] = {Axis::FlexionExtension, Axis::LateralBend, Axis::AxialRotation};

RegionUse regionUse(const RangeTable& ranges, const ZoneThresholds& zones, SegmentSpan span,
                    const std::array<SegmentAngles, anatomy::kSegmentCount>& angles) {
  RegionUse r;
  for (int s = span.first; s <= span.last; ++s) {
    for (Axis axis : kAxes) r.totalDeg[axis] += angles[s][axis];
  }
  for (Axis axis : kAxes) {
    double limit = 0.0;
    for (int s = span.first; s <= span.last; ++s) limit += ranges.segments[s].active.forAngle(axis, r.totalDeg[axis]);
    const double pct = limit > 0.0 ? 100.0 * std::abs(r.totalDeg[axis]) / limit : 0.0;
    if (pct > r.percent) {
      r.percent = pct;
      r.worstAxis = axis;
    }
  }
  r.zone = zones.classify(r.percent);
  return r;
}

}  // namespace

void evaluateRangeUse(const RangeTable& ranges, const ZoneThresholds& zones, const PoseRhythm& rhythm,
                      const std::array<SegmentAngles, anatomy::kSegmentCount>& angles, RangeUse& out) {
  double worst = -1.0;
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    LevelUse use;
    for (Axis axis : kAxes) {
      const double limit = ranges.segments[s].active.forAngle(axis, angles[s][axis]);
      const double pct = limit > 0.0 ? 100.0 * std::abs(angles[s][axis]) / limit : 0.0;
      if (pct > use.percent) {
        use.percent = pct;
        use.worstAxis = axis;
      }
    }
    use.zone = zones.classify(use.percent);
    out.levels[s] = use;
    if (use.percent > worst) {
      worst = use.percent;
      out.worstSegment = s;
    }
  }
  out.worstZone = out.levels[out.worstSegment].zone;
  out.cervical = regionUse(ranges, zones, rhythm.cervical, angles);
  out.upperThoracic = regionUse(ranges, zones, rhythm.upperThoracic, angles);
}

}  // namespace spineview::biomech
