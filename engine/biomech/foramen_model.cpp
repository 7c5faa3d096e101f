#include "biomech/foramen_model.h"

#include <cmath>

#include <nlohmann/json.hpp>

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

ForamenModel::ForamenModel(const ForamenParams& params, const RangeTable& ranges, const anatomy::RestSkeleton& rest)
    : params_(params) {
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    active_[s] = ranges.segments[s].active;
    for (int side = 0; side < 2; ++side) restHeightMm_[s][side] = rest.segments[s].foramina[side].restHeightMm;
  }
}

void ForamenModel::evaluate(const std::array<SegmentAngles, anatomy::kSegmentCount>& angles, ForamenStates& out) const {
  const auto& p = params_;
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const SegmentAngles& a = angles[s];
    const DirectionalLimits& lim = active_[s];
    double area = 0.0, height = 0.0;
    if (a.flexion >= 0.0) {
      const double u = lim.flexion > 0.0 ? a.flexion / lim.flexion : 0.0;
      area += p.flexionArea * u;
      height += p.flexionHeight * u;
    } else {
      const double u = lim.extension > 0.0 ? -a.flexion / lim.extension : 0.0;
      area += p.extensionArea * u;
      height += p.extensionHeight * u;
    }
    const double lb = lim.lateralBend > 0.0 ? a.lateralBend / lim.lateralBend : 0.0;      // + toward left
    const double ar = lim.axialRotation > 0.0 ? a.axialRotation / lim.axialRotation : 0.0;
    for (int side = 0; side < 2; ++side) {
      const double toward = side == static_cast<int>(anatomy::Side::Left) ? 1.0 : -1.0;  // + = toward this side
      double sArea = area, sHeight = height;
      for (double u : {lb * toward, ar * toward}) {
        sArea += u >= 0.0 ? p.ipsilateralArea * u : p.contralateralArea * -u;
        sHeight += u >= 0.0 ? p.ipsilateralHeight * u : p.contralateralHeight * -u;
      }
      ForamenState& f = out[s][side];
      f.areaChangePercent = sArea;
      f.heightChangePercent = sHeight;
      f.heightMm = restHeightMm_[s][side] * (1.0 + sHeight / 100.0);
    }
  }
}

ForamenParams parseForamenParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources) {
  ForamenParams p;
  const auto read = [&](const char* key, const char* what) {
    return readCited(doc, key, "", -60.0, 60.0, std::string("Foramen ") + what, "%", file, sources);
  };
  p.flexionArea = read("flexion_area_percent", "area change at full flexion");
  p.flexionHeight = read("flexion_height_percent", "height change at full flexion");
  p.extensionArea = read("extension_area_percent", "area change at full extension");
  p.extensionHeight = read("extension_height_percent", "height change at full extension");
  p.ipsilateralArea = read("ipsilateral_area_percent", "area change, ipsilateral bend or rotation at end range");
  p.ipsilateralHeight = read("ipsilateral_height_percent", "height change, ipsilateral bend or rotation at end range");
  p.contralateralArea = read("contralateral_area_percent", "area change, contralateral bend or rotation at end range");
  p.contralateralHeight = read("contralateral_height_percent", "height change, contralateral bend or rotation at end range");
  return p;
}

}  // namespace spineview::biomech
