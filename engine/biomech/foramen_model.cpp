#include "biomech/foramen_model.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/json_file.h"

namespace spineview::biomech {

std::string exitingRoot(int segment) {
  using anatomy::Vertebra;
  const int lower = segment + 1;
  // Cervical roots leave above their own vertebra (C1 … C7), C8 between C7 and T1; thoracic
  // roots leave below their own vertebra.
  // Built with append, not operator+, which trips a GCC 12 -Wrestrict false positive at -O3.
  std::string root(1, lower <= anatomy::index(Vertebra::T1) ? 'C' : 'T');
  if (lower <= anatomy::index(Vertebra::C7)) root.append(std::to_string(lower));
  else if (lower == anatomy::index(Vertebra::T1)) root.append("8");
  else root.append(std::to_string(segment - anatomy::index(Vertebra::T1) + 1));
  return root;
}

ForamenModel::ForamenModel(const ForamenParams& params, const RangeTable& ranges) : params_(params) {
  for (int s = 0; s < anatomy::kSegmentCount; ++s) active_[static_cast<std::size_t>(s)] = ranges.segments[static_cast<std::size_t>(s)].active;
}

void ForamenModel::evaluate(const std::array<SegmentAngles, anatomy::kSegmentCount>& angles, ForamenStates& out) const {
  const auto& p = params_;
  const auto fraction = [](double angle, double limit) { return limit > 0.0 ? angle / limit : 0.0; };
  for (std::size_t s = 0; s < static_cast<std::size_t>(anatomy::kSegmentCount); ++s) {
    const SegmentAngles& a = angles[s];
    const DirectionalLimits& lim = active_[s];
    const double sagittal = a.flexion >= 0.0 ? p.flexion * fraction(a.flexion, lim.flexion)
                                             : p.extension * fraction(-a.flexion, lim.extension);
    const double bend = fraction(a.lateralBend, lim.lateralBend);  // + toward the left
    const double turn = fraction(a.axialRotation, lim.axialRotation);
    for (std::size_t side = 0; side < 2; ++side) {
      const double toward = side == static_cast<std::size_t>(anatomy::Side::Left) ? 1.0 : -1.0;
      const double b = bend * toward, t = turn * toward;
      const double area = sagittal + (b >= 0.0 ? p.bendToward * b : p.bendAway * -b) + (t >= 0.0 ? p.turnToward * t : p.turnAway * -t);
      out[s][side].areaChangePercent = area;
    }
  }
}

double narrowestForamenPercent(const ForamenStates& states) {
  double narrowest = 0.0;
  for (const auto& level : states)
    for (const auto& f : level) narrowest = std::min(narrowest, f.areaChangePercent);
  return narrowest;
}

ForamenParams parseForamenParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources) {
  ForamenParams p;
  const auto read = [&](const char* key, const char* what, double min, double max) {
    return readCited(doc, key, "", min, max, std::string("Nerve exit (foramen) area change, ") + what, "%", file, sources);
  };
  p.flexion = read("flexion_area_percent", "full flexion", 0.0, 60.0);
  p.extension = read("extension_area_percent", "full extension", -60.0, 0.0);
  p.bendToward = read("bend_toward_area_percent", "full side bend toward it", -60.0, 0.0);
  p.bendAway = read("bend_away_area_percent", "full side bend away from it", 0.0, 60.0);
  p.turnToward = read("turn_toward_area_percent", "full rotation toward it", -60.0, 0.0);
  p.turnAway = read("turn_away_area_percent", "full rotation away from it", 0.0, 60.0);
  const auto& gauge = core::requireObject(doc, "gauge", "");
  p.everydayNarrowingBelowPercent = readCited(gauge, "everyday_narrowing_below_percent", "/gauge", 1.0, 60.0,
                                              "Nerve exit gauge: everyday narrowing below", "%", file, sources);
  p.provocationNarrowingFromPercent = readCited(gauge, "provocation_narrowing_from_percent", "/gauge", p.everydayNarrowingBelowPercent, 80.0,
                                                "Nerve exit gauge: as narrow as a provocation test from", "%", file, sources);
  return p;
}

}  // namespace spineview::biomech
