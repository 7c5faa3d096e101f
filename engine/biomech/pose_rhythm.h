// How regional motion is shared between levels (the spine rhythm) and how motion on one axis
// brings motion on another (coupling). Loaded from assets/biomech/pose_rhythm.json and
// coupling.json.
#pragma once

#include <array>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "anatomy/levels.h"
#include "biomech/sources_list.h"

namespace spineview::biomech {

struct SegmentSpan {
  int first = 0;  // segment indices, inclusive
  int last = 0;
  bool contains(int segment) const { return segment >= first && segment <= last; }
};

struct PoseRhythm {
  SegmentSpan cervical{0, 7};        // head on trunk: C0–C1 … C7–T1
  SegmentSpan upperThoracic{8, 15};  // T1–T2 … T8–T9
  double chinTuckUpperFlexionShare = 0.6;    // of C0–C1/C1–C2 active flexion at full retraction
  double chinTuckLowerExtensionShare = 0.4;  // of C2–C3…C7–T1 active extension at full retraction
  double scapulaMaxRetractionMm = 20.0;
  double scapulaMaxRetractionDeg = 15.0;
};

// Signed ratios: coupled angle = ratio × primary angle (same sign convention: + = left), so a
// negative ratio is a contralateral coupling.
struct CouplingTable {
  std::array<double, anatomy::kSegmentCount> rotationFromLateralBend{};
  std::array<double, anatomy::kSegmentCount> lateralBendFromRotation{};
};

PoseRhythm parsePoseRhythm(const nlohmann::json& doc, const std::string& file, SourcesList& sources);
CouplingTable parseCouplingTable(const nlohmann::json& doc, const std::string& file, SourcesList& sources);

}  // namespace spineview::biomech
