// Segmental ranges of motion (C0–C1 … T11–T12), the whole-neck active limits they are
// scaled to, the passive margin, and the zone thresholds. Loaded from
// assets/biomech/segmental_rom.json and zones.json.
#pragma once

#include <array>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "anatomy/levels.h"
#include "biomech/sources_list.h"
#include "biomech/spine_motion.h"

namespace spineview::biomech {

struct DirectionalLimits {
  double flexion = 0.0;        // one direction each, degrees, positive numbers
  double extension = 0.0;
  double lateralBend = 0.0;    // one side
  double axialRotation = 0.0;  // one side

  // Limit in the direction a signed angle points.
  double forAngle(Axis axis, double signedAngle) const {
    switch (axis) {
      case Axis::FlexionExtension: return signedAngle >= 0.0 ? flexion : extension;
      case Axis::LateralBend: return lateralBend;
      case Axis::AxialRotation: return axialRotation;
    }
    return 0.0;
  }
};

struct SegmentRange {
  DirectionalLimits reference;   // as published (the source below)
  DirectionalLimits active;      // reference scaled to the whole-neck active totals
  DirectionalLimits passive;     // active × (1 + passive margin): the hard stop
  bool hasNeutralZone = false;
  SegmentAngles neutralZone;     // total (both directions) where published (Panjabi 1988)
  std::string source;
  std::string tag;
};

struct PublishedBand {
  double min = 0.0;
  double max = 0.0;
};

struct RangeTable {
  std::array<SegmentRange, anatomy::kSegmentCount> segments;
  DirectionalLimits wholeNeckActive;              // head on trunk, project default
  std::array<PublishedBand, 4> wholeNeckPublished; // flexion, extension, lateral bend, rotation
  double passiveMarginPercent = 10.0;
};

struct ZoneThresholds {
  double comfortableMaxPercent = 75.0;
  double endRangeMaxPercent = 100.0;
  double passiveMaxPercent = 110.0;

  Zone classify(double usePercent) const {
    if (usePercent <= comfortableMaxPercent) return Zone::Comfortable;
    if (usePercent <= endRangeMaxPercent) return Zone::EndRange;
    if (usePercent <= passiveMaxPercent + 1e-6) return Zone::BeyondActive;
    return Zone::BeyondPhysiological;
  }
};

// Parsers: throw core::JsonFieldError (wrapped by the loader in biomech_data.cpp).
RangeTable parseRangeTable(const nlohmann::json& doc, const std::string& file, SourcesList& sources);
ZoneThresholds parseZoneThresholds(const nlohmann::json& doc, const std::string& file,
                                   double passiveMarginPercent, SourcesList& sources);

}  // namespace spineview::biomech
