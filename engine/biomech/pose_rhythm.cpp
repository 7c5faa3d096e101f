#include "biomech/pose_rhythm.h"

#include <nlohmann/json.hpp>

#include "core/json_file.h"

namespace spineview::biomech {

namespace {

int requireSegment(const nlohmann::json& parent, const std::string& key, const std::string& pointer) {
  const std::string text = core::requireString(parent, key, pointer);
  const auto segment = anatomy::parseSegment(text);
  if (!segment) throw core::JsonFieldError{pointer + "/" + key, "\"" + text + "\" is not a segment name such as C5–C6"};
  return *segment;
}

SegmentSpan parseSpan(const nlohmann::json& regions, const std::string& key, const std::string& pointer,
                      const std::string& file, SourcesList& sources) {
  const auto& r = core::requireObject(regions, key, pointer);
  const std::string p = pointer + "/" + key;
  SegmentSpan span{requireSegment(r, "first", p), requireSegment(r, "last", p)};
  if (span.last < span.first) throw core::JsonFieldError{p, "\"last\" lies above \"first\""};
  sources.add({"Region " + key + ": " + anatomy::segmentName(span.first) + " to " + anatomy::segmentName(span.last),
               static_cast<double>(span.last - span.first + 1), "levels", core::requireString(r, "source", p),
               readTag(r, p), r.value("note", ""), file});
  return span;
}

void parseRatios(const nlohmann::json& doc, const std::string& key, const std::string& what,
                 std::array<double, anatomy::kSegmentCount>& out, const std::string& file, SourcesList& sources) {
  const auto& rows = core::requireArray(doc, key, "");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string p = "/" + key + "/" + std::to_string(i);
    const int segment = requireSegment(rows[i], "segment", p);
    const double ratio = core::requireNumberIn(rows[i], "ratio", p, 0.0, 5.0);
    const double sign = core::requireNumber(rows[i], "sign", p);
    if (sign != 1.0 && sign != -1.0) throw core::JsonFieldError{p + "/sign", "expected 1 (ipsilateral) or -1 (contralateral)"};
    out[segment] = ratio * sign;
    sources.add({anatomy::segmentName(segment) + " " + what + (sign > 0 ? " (ipsilateral)" : " (contralateral)"),
                 ratio, "ratio", core::requireString(rows[i], "source", p), readTag(rows[i], p),
                 rows[i].value("note", ""), file});
  }
}

}  // namespace

PoseRhythm parsePoseRhythm(const nlohmann::json& doc, const std::string& file, SourcesList& sources) {
  PoseRhythm r;
  const auto& regions = core::requireObject(doc, "regions", "");
  r.cervical = parseSpan(regions, "cervical", "/regions", file, sources);
  r.upperThoracic = parseSpan(regions, "upper_thoracic", "/regions", file, sources);
  const auto& tuck = core::requireObject(doc, "chin_tuck", "");
  r.chinTuckUpperFlexionShare = readCited(tuck, "upper_cervical_flexion_share", "/chin_tuck", 0, 1,
                                          "Chin tuck: share of upper cervical flexion used", "", file, sources);
  r.chinTuckLowerExtensionShare = readCited(tuck, "lower_cervical_extension_share", "/chin_tuck", 0, 1,
                                            "Chin tuck: share of lower cervical extension used", "", file, sources);
  const auto& scap = core::requireObject(doc, "scapula", "");
  r.scapulaMaxRetractionMm = readCited(scap, "max_retraction_mm", "/scapula", 0, 60, "Scapular retraction, full squeeze", "mm", file, sources);
  r.scapulaMaxRetractionDeg = readCited(scap, "max_retraction_deg", "/scapula", 0, 45, "Scapular retraction rotation, full squeeze", "°", file, sources);
  return r;
}

CouplingTable parseCouplingTable(const nlohmann::json& doc, const std::string& file, SourcesList& sources) {
  CouplingTable c;
  parseRatios(doc, "rotation_from_lateral_bend", "axial rotation coupled to lateral bend", c.rotationFromLateralBend, file, sources);
  parseRatios(doc, "lateral_bend_from_rotation", "lateral bend coupled to axial rotation", c.lateralBendFromRotation, file, sources);
  const auto& th = core::requireObject(doc, "thoracic", "");
  const double ratio = core::requireNumberIn(th, "ratio", "/thoracic", 0.0, 2.0);
  sources.add({"Thoracic coupling ratio", ratio, "ratio", core::requireString(th, "source", "/thoracic"),
               readTag(th, "/thoracic"), th.value("note", ""), file});
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    if (s >= anatomy::index(anatomy::Vertebra::T1)) {
      c.rotationFromLateralBend[s] = ratio;
      c.lateralBendFromRotation[s] = ratio;
    }
  }
  return c;
}

}  // namespace spineview::biomech
