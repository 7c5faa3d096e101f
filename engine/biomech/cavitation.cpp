#include "biomech/cavitation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/json_file.h"

namespace spineview::biomech {

std::string facetJointName(int segment, anatomy::Side side) {
  return std::string(anatomy::sideName(side)) + " " + anatomy::segmentName(segment) + " facet joint";
}

std::string describe(const CavitationEvent& e) {
  char time[32];
  std::snprintf(time, sizeof time, "%.3f s: ", e.timeS);
  return time + facetJointName(e.segment, e.side);
}

const CavitationRegion& CavitationParams::region(int segment) const {
  for (const auto& r : regions)
    if (r.span.contains(segment)) return r;
  return regions.back();  // the parser checks every segment is covered
}

void cavitationOpenings(const CavitationParams& params, const RangeTable& ranges, const FacetStates& facets,
                        const std::array<SegmentAngles, anatomy::kSegmentCount>& angles, JointOpenings& out) {
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const auto us = static_cast<std::size_t>(s);
    const CavitationRegion& region = params.region(s);
    // Past the active range the capsule pulls the joints apart, up to its full pull at the hard stop.
    const double turn = angles[us].axialRotation;
    const double active = ranges.segments[us].active.axialRotation, passive = ranges.segments[us].passive.axialRotation;
    const double overshoot = passive > active ? std::clamp((std::abs(turn) - active) / (passive - active), 0.0, 1.0) : 0.0;
    const anatomy::Side faceSide = sideOf(turn);
    for (int side = 0; side < 2; ++side) {
      const double change = facets[us][static_cast<std::size_t>(side)].changeMm;
      double opening = region.closingCounts ? change : std::max(0.0, change);
      const bool pulled = region.sides == EndRangeSides::BothSides ||
                          (region.sides == EndRangeSides::FaceSide && static_cast<int>(faceSide) == side);
      if (pulled) opening += region.endRangeGappingMm * overshoot;
      out[us][static_cast<std::size_t>(side)] = opening;
    }
  }
}

void CavitationTracker::reset() { joints_ = {}; }

void CavitationTracker::update(double t, const JointOpenings& openings, std::vector<CavitationEvent>& events) {
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const double threshold = params_.region(s).gapThresholdMm;
    for (int side = 0; side < 2; ++side) {
      JointState& j = joints_[static_cast<std::size_t>(s)][static_cast<std::size_t>(side)];
      const double opening = openings[static_cast<std::size_t>(s)][static_cast<std::size_t>(side)];
      if (j.hasLast && t > j.lastTime && t >= j.readyAgainAt) {
        const double rate = (opening - j.lastOpening) / (t - j.lastTime);
        if (rate >= params_.rateThresholdMmPerS && opening >= threshold) {
          events.push_back({t, s, static_cast<anatomy::Side>(side), opening, rate});
          j.readyAgainAt = t + params_.refractoryS;
        }
      }
      j.lastOpening = opening;
      j.lastTime = t;
      j.hasLast = true;
    }
  }
}

namespace {

EndRangeSides parseSides(const std::string& text, const std::string& pointer) {
  if (text == "none") return EndRangeSides::None;
  if (text == "both") return EndRangeSides::BothSides;
  if (text == "face_side") return EndRangeSides::FaceSide;
  throw core::JsonFieldError{pointer, "expected none, both or face_side (got \"" + text + "\")"};
}

int requireSegment(const nlohmann::json& parent, const std::string& key, const std::string& pointer) {
  const std::string text = core::requireString(parent, key, pointer);
  const auto seg = anatomy::parseSegment(text);
  if (!seg) throw core::JsonFieldError{pointer + "/" + key, "\"" + text + "\" is not a motion segment such as C5–C6"};
  return *seg;
}

}  // namespace

CavitationParams parseCavitationParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources) {
  CavitationParams p;
  p.rateThresholdMmPerS = readCited(doc, "rate_threshold_mm_per_s", "", 0.1, 1000.0,
                                    "Cavitation: joint opening speed needed (model)", "mm/s", file, sources);
  p.refractoryS = readCited(doc, "refractory_s", "", 0.0, 7200.0, "Time before a joint can pop again", "s", file, sources);
  const auto& regions = core::requireArray(doc, "regions", "");
  std::array<int, anatomy::kSegmentCount> covered{};
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const std::string ptr = "/regions/" + std::to_string(i);
    const auto& r = regions[i];
    CavitationRegion region;
    region.span = {requireSegment(r, "first", ptr), requireSegment(r, "last", ptr)};
    if (region.span.last < region.span.first) throw core::JsonFieldError{ptr + "/last", "comes before first"};
    const std::string name = anatomy::segmentName(region.span.first) + " to " + anatomy::segmentName(region.span.last);
    region.sides = parseSides(core::requireString(r, "end_range_sides", ptr), ptr + "/end_range_sides");
    region.endRangeGappingMm = readCited(r, "end_range_gapping_mm", ptr, 0.0, 3.0,
                                         "Cavitation, " + name + ": joint opening at the hard stop of a turn", "mm", file, sources);
    region.gapThresholdMm = readCited(r, "gap_threshold_mm", ptr, 0.05, 5.0, "Cavitation, " + name + ": opening needed to pop",
                                      "mm", file, sources);
    const auto& closing = r.find("closing_counts");
    if (closing == r.end() || !closing->is_boolean()) throw core::JsonFieldError{ptr + "/closing_counts", "expected true or false"};
    region.closingCounts = closing->get<bool>();
    region.source = core::requireString(r, "source", ptr);
    region.tag = readTag(r, ptr);
    sources.add({"Cavitation, " + name + ": which joints pop in a forceful turn (" +
                     std::string(region.sides == EndRangeSides::None ? "none" : region.sides == EndRangeSides::BothSides ? "both sides" : "the side the face turns to") + ")",
                 0.0, "", region.source, region.tag, r.value("note", ""), file});
    for (int s = region.span.first; s <= region.span.last; ++s) ++covered[static_cast<std::size_t>(s)];
    p.regions.push_back(std::move(region));
  }
  for (int s = 0; s < anatomy::kSegmentCount; ++s)
    if (covered[static_cast<std::size_t>(s)] != 1)
      throw core::JsonFieldError{"/regions", anatomy::segmentName(s) + " must be in exactly one region"};
  p.popsPerThrustMin = readCited(doc, "pops_per_thrust_low", "", 0.0, 20.0, "Pops per neck manipulation (lower study mean)", "pops", file, sources);
  p.popsPerThrustMax = readCited(doc, "pops_per_thrust_high", "", p.popsPerThrustMin, 20.0, "Pops per neck manipulation (higher study mean)", "pops", file, sources);
  p.faceSidePercent = readCited(doc, "face_side_percent", "", 0.0, 100.0, "Mid-neck pops on the side the face turns to", "%", file, sources);
  p.bilateralPercent = readCited(doc, "bilateral_percent", "", 0.0, 100.0, "C1–C2 thrusts popping on both sides", "%", file, sources);
  p.popDurationMs = readCited(doc, "pop_duration_ms", "", 0.0, 100.0, "Duration of one pop", "ms", file, sources);
  p.thrustGappingMaxMm = readCited(doc, "thrust_gapping_max_mm", "", 0.0, 3.0, "Largest transient joint opening at a thrust", "mm", file, sources);
  // How a joint pops is debated; the lessons follow the teaching article, the Sources panel
  // lists what the studies say.
  const auto& mechanism = core::requireArray(doc, "mechanism", "");
  for (std::size_t i = 0; i < mechanism.size(); ++i) {
    const std::string ptr = "/mechanism/" + std::to_string(i);
    sources.add({"How a joint pops: " + core::requireString(mechanism[i], "finding", ptr), std::nan(""), "",
                 core::requireString(mechanism[i], "source", ptr), readTag(mechanism[i], ptr), "", file});
  }
  return p;
}

}  // namespace spineview::biomech
