#include "biomech/range_table.h"

#include <nlohmann/json.hpp>

#include "core/json_file.h"

namespace spineview::biomech {

namespace {

constexpr int kLastCervicalSegment = 7;  // C7–T1: head on trunk ends at T1

DirectionalLimits scaled(const DirectionalLimits& d, const DirectionalLimits& s) {
  return {d.flexion * s.flexion, d.extension * s.extension, d.lateralBend * s.lateralBend,
          d.axialRotation * s.axialRotation};
}

void recordLevel(const std::string& name, const SegmentRange& r, const std::string& file, SourcesList& sources) {
  const auto add = [&](const std::string& what, double v) {
    sources.add({name + " " + what, v, "°", r.source, r.tag, "", file});
  };
  add("flexion", r.reference.flexion);
  add("extension", r.reference.extension);
  add("lateral bend (one side)", r.reference.lateralBend);
  add("axial rotation (one side)", r.reference.axialRotation);
  if (r.hasNeutralZone) {
    add("neutral zone, flexion/extension", r.neutralZone.flexion);
    add("neutral zone, lateral bend", r.neutralZone.lateralBend);
    add("neutral zone, axial rotation", r.neutralZone.axialRotation);
  }
}

SegmentRange parseLevel(const nlohmann::json& level, const std::string& pointer, int segment, double flexionShare) {
  const std::string name = core::requireString(level, "segment", pointer);
  const auto parsed = anatomy::parseSegment(name);
  if (!parsed || *parsed != segment) {
    throw core::JsonFieldError{pointer + "/segment", "expected " + anatomy::segmentName(segment) +
                                                         " here (levels must run C0–C1 to T11–T12 in order)"};
  }
  SegmentRange r;
  if (level.contains("flexion_extension_total")) {
    const double total = core::requireNumberIn(level, "flexion_extension_total", pointer, 0.0, 90.0);
    r.reference.flexion = total * flexionShare;
    r.reference.extension = total * (1.0 - flexionShare);
  } else {
    r.reference.flexion = core::requireNumberIn(level, "flexion", pointer, 0.0, 60.0);
    r.reference.extension = core::requireNumberIn(level, "extension", pointer, 0.0, 60.0);
  }
  r.reference.lateralBend = core::requireNumberIn(level, "lateral_bend", pointer, 0.0, 60.0);
  r.reference.axialRotation = core::requireNumberIn(level, "axial_rotation", pointer, 0.0, 60.0);
  if (level.contains("neutral_zone")) {
    const auto& nz = core::requireObject(level, "neutral_zone", pointer);
    const std::string p = pointer + "/neutral_zone";
    r.hasNeutralZone = true;
    r.neutralZone.flexion = core::requireNumberIn(nz, "flexion_extension", p, 0.0, 60.0);
    r.neutralZone.lateralBend = core::requireNumberIn(nz, "lateral_bend", p, 0.0, 60.0);
    r.neutralZone.axialRotation = core::requireNumberIn(nz, "axial_rotation", p, 0.0, 60.0);
  }
  r.source = core::requireString(level, "source", pointer);
  r.tag = readTag(level, pointer);
  return r;
}

}  // namespace

RangeTable parseRangeTable(const nlohmann::json& doc, const std::string& file, SourcesList& sources) {
  RangeTable table;
  const double flexionShare =
      readCited(doc, "flexion_share", "", 0.05, 0.95, "Flexion share of a published F/E arc", "", file, sources);
  const auto& levels = core::requireArray(doc, "levels", "");
  if (levels.size() != static_cast<std::size_t>(anatomy::kSegmentCount)) {
    throw core::JsonFieldError{"/levels", "expected " + std::to_string(anatomy::kSegmentCount) +
                                              " levels (C0–C1 to T11–T12), found " + std::to_string(levels.size())};
  }
  for (int i = 0; i < anatomy::kSegmentCount; ++i) {
    table.segments[i] = parseLevel(levels[i], "/levels/" + std::to_string(i), i, flexionShare);
    recordLevel(anatomy::segmentName(i), table.segments[i], file, sources);
  }

  const auto& neck = core::requireObject(doc, "whole_neck_active", "");
  auto& a = table.wholeNeckActive;
  a.flexion = readCited(neck, "flexion", "/whole_neck_active", 20, 100, "Whole-neck active flexion", "°", file, sources);
  a.extension = readCited(neck, "extension", "/whole_neck_active", 20, 110, "Whole-neck active extension", "°", file, sources);
  a.lateralBend = readCited(neck, "lateral_bend", "/whole_neck_active", 15, 70, "Whole-neck active lateral bend (one side)", "°", file, sources);
  a.axialRotation = readCited(neck, "axial_rotation", "/whole_neck_active", 30, 110, "Whole-neck active rotation (one side)", "°", file, sources);

  const auto& band = core::requireObject(doc, "whole_neck_published_band", "");
  const char* keys[4] = {"flexion", "extension", "lateral_bend", "axial_rotation"};
  for (int k = 0; k < 4; ++k) {
    const auto& b = core::requireObject(band, keys[k], "/whole_neck_published_band");
    const std::string p = std::string("/whole_neck_published_band/") + keys[k];
    table.wholeNeckPublished[k] = {core::requireNumberIn(b, "min", p, 0, 180), core::requireNumberIn(b, "max", p, 0, 180)};
    readTag(b, p);
  }

  const double thoracicScale = readCited(doc, "thoracic_active_scale", "", 0.3, 2.0,
                                         "Thoracic active limit / segmental range", "", file, sources);
  table.passiveMarginPercent = readCited(doc, "passive_margin_percent", "", 0.0, 50.0,
                                         "Passive range beyond the active limit", "%", file, sources);

  // Cervical levels are scaled per direction so that they add up to the whole-neck totals.
  DirectionalLimits sum;
  for (int i = 0; i <= kLastCervicalSegment; ++i) {
    const auto& r = table.segments[i].reference;
    sum.flexion += r.flexion;
    sum.extension += r.extension;
    sum.lateralBend += r.lateralBend;
    sum.axialRotation += r.axialRotation;
  }
  const DirectionalLimits cervicalScale{a.flexion / sum.flexion, a.extension / sum.extension,
                                        a.lateralBend / sum.lateralBend, a.axialRotation / sum.axialRotation};
  const DirectionalLimits thoracic{thoracicScale, thoracicScale, thoracicScale, thoracicScale};
  const double passive = 1.0 + table.passiveMarginPercent / 100.0;
  for (int i = 0; i < anatomy::kSegmentCount; ++i) {
    auto& s = table.segments[i];
    s.active = scaled(s.reference, i <= kLastCervicalSegment ? cervicalScale : thoracic);
    s.passive = scaled(s.active, {passive, passive, passive, passive});
  }
  return table;
}

ZoneThresholds parseZoneThresholds(const nlohmann::json& doc, const std::string& file, double passiveMarginPercent,
                                   SourcesList& sources) {
  ZoneThresholds z;
  z.comfortableMaxPercent = readCited(doc, "comfortable_max_percent", "", 10, 99,
                                      "Comfortable zone ends (share of active range)", "%", file, sources);
  z.endRangeMaxPercent = readCited(doc, "end_range_max_percent", "", z.comfortableMaxPercent, 100,
                                   "End range ends (active limit)", "%", file, sources);
  z.passiveMaxPercent = z.endRangeMaxPercent + passiveMarginPercent;
  return z;
}

}  // namespace spineview::biomech
