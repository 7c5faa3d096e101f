#include "biomech/artery_model.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/json_file.h"

namespace spineview::biomech {

namespace {

using anatomy::Vertebra;
using anatomy::index;

// Path indices where each segment begins; segment k spans [kStart[k], kStart[k + 1]].
constexpr int kStart[kArterySegmentCount + 1] = {0, 1, 5, 8, 9};
constexpr int kC2Point = 5;
constexpr int kC1Point = 6;

}  // namespace

std::string_view arterySegmentName(ArterySegment s) {
  switch (s) {
    case ArterySegment::V1: return "V1";
    case ArterySegment::V2: return "V2";
    case ArterySegment::V3: return "V3";
    case ArterySegment::V4: return "V4";
  }
  return "?";
}

std::string_view gaugeName(StrainGauge g) {
  switch (g) {
    case StrainGauge::Green: return "green";
    case StrainGauge::Amber: return "amber";
    case StrainGauge::Red: return "red";
  }
  return "?";
}

ArteryModel::ArteryModel(const ArteryParams& params, const anatomy::RestSkeleton& rest)
    : params_(params), slackPercent_(params.v3SlackPercent) {
  const auto foramen = [&](Vertebra v, int side) {
    const auto& tf = rest.vertebrae[index(v)].transverseForamen;
    return PathPoint{index(v), tf ? (*tf)[side] : glm::vec3(0.0f)};
  };
  for (int side = 0; side < 2; ++side) {
    const auto& a = rest.arteries;
    path_[side] = {PathPoint{index(Vertebra::T1), a.subclavianOrigin[side]},
                   foramen(Vertebra::C6, side), foramen(Vertebra::C5, side), foramen(Vertebra::C4, side),
                   foramen(Vertebra::C3, side), foramen(Vertebra::C2, side), foramen(Vertebra::C1, side),
                   PathPoint{index(Vertebra::C1), a.atlasGroove[side]},
                   PathPoint{index(Vertebra::C0), a.duralEntry[side]},
                   PathPoint{index(Vertebra::C0), a.basilarJunction}};
  }
  if (params_.c2ExitOnLateralMassLine) {
    // The artery leaves the C2 foramen under the atlas's lateral mass: put the exit on the same
    // anteroposterior line as the C1 foramen (rest pose, C2 frame).
    const glm::mat4 c1InC2 = glm::inverse(rest.restWorld[index(Vertebra::C2)]) * rest.restWorld[index(Vertebra::C1)];
    for (int side = 0; side < 2; ++side) {
      const glm::vec3 c1 = glm::vec3(c1InC2 * glm::vec4(path_[side][kC1Point].local, 1.0f));
      path_[side][kC2Point].local.z = c1.z;
    }
  }
  // Rest lengths: the same path through the rest skeleton.
  Pose restPose;
  restPose.world = rest.restWorld;
  for (int side = 0; side < 2; ++side) {
    const auto pts = pathPoints(restPose, static_cast<anatomy::Side>(side));
    for (int k = 0; k < kArterySegmentCount; ++k) {
      double len = 0.0;
      for (int i = kStart[k]; i < kStart[k + 1]; ++i) len += glm::distance(pts[i], pts[i + 1]);
      rest_[side].segments[k].restLengthMm = len;
    }
    c2C1RestMm_[side] = glm::distance(pts[kC2Point], pts[kC1Point]);
  }
}

std::vector<glm::vec3> ArteryModel::pathPoints(const Pose& pose, anatomy::Side side) const {
  std::vector<glm::vec3> pts;
  pts.reserve(kPathPoints);
  for (const auto& p : path_[static_cast<int>(side)]) pts.emplace_back(pose.world[p.vertebra] * glm::vec4(p.local, 1.0f));
  return pts;
}

void ArteryModel::evaluate(const Pose& pose, ArteryStates& out) const {
  const double slack = 1.0 + slackPercent_ / 100.0;
  for (int side = 0; side < 2; ++side) {
    glm::vec3 pts[kPathPoints];
    for (int i = 0; i < kPathPoints; ++i) {
      const auto& p = path_[side][i];
      pts[i] = glm::vec3(pose.world[p.vertebra] * glm::vec4(p.local, 1.0f));
    }
    ArteryState& st = out[side];
    st.peakStrainPercent = 0.0;
    for (int k = 0; k < kArterySegmentCount; ++k) {
      double len = 0.0;
      for (int i = kStart[k]; i < kStart[k + 1]; ++i) len += glm::distance(pts[i], pts[i + 1]);
      auto& seg = st.segments[k];
      seg.lengthMm = len;
      seg.restLengthMm = rest_[side].segments[k].restLengthMm;
      if (seg.restLengthMm <= 0.0) {
        seg.strainPercent = 0.0;
      } else if (k == static_cast<int>(ArterySegment::V3)) {
        seg.strainPercent = std::max(0.0, 100.0 * (len / (seg.restLengthMm * slack) - 1.0));
      } else {
        seg.strainPercent = 100.0 * (len - seg.restLengthMm) / seg.restLengthMm;
      }
      st.peakStrainPercent = std::max(st.peakStrainPercent, seg.strainPercent);
    }
    const double span = glm::distance(pts[kC2Point], pts[kC1Point]);
    st.c2ToC1SpanStrainPercent = c2C1RestMm_[side] > 0.0 ? 100.0 * (span - c2C1RestMm_[side]) / c2C1RestMm_[side] : 0.0;
    st.gauge = params_.gauge(st.peakStrainPercent);
  }
}

double ArteryModel::calibrateSlack(const Pose& fullLeftRotation) {
  // In left rotation the right artery is the contralateral one.
  const int right = static_cast<int>(anatomy::Side::Right);
  const double restLen = rest_[right].segments[static_cast<int>(ArterySegment::V3)].restLengthMm;
  const auto pts = pathPoints(fullLeftRotation, anatomy::Side::Right);
  double len = 0.0;
  for (int i = kStart[2]; i < kStart[3]; ++i) len += glm::distance(pts[i], pts[i + 1]);
  if (restLen > 0.0) {
    // len / (restLen · (1 + slack)) = 1 + target
    const double slack = 100.0 * (len / (restLen * (1.0 + params_.calibrationTargetPercent / 100.0)) - 1.0);
    slackPercent_ = std::clamp(slack, params_.v3SlackMinPercent, params_.v3SlackMaxPercent);
  }
  return slackPercent_;
}

ArteryParams parseArteryParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources) {
  ArteryParams p;
  readTag(core::requireObject(doc, "segment_boundaries", ""), "/segment_boundaries");
  const auto& slack = core::requireObject(doc, "v3_slack_percent", "");
  p.v3SlackMinPercent = core::requireNumberIn(slack, "min", "/v3_slack_percent", 0.0, 50.0);
  p.v3SlackMaxPercent = core::requireNumberIn(slack, "max", "/v3_slack_percent", p.v3SlackMinPercent, 50.0);
  p.v3SlackPercent = readCited(doc, "v3_slack_percent", "", p.v3SlackMinPercent, p.v3SlackMaxPercent,
                               "V3 (atlas loop) slack", "%", file, sources);
  const auto& cal = doc.find("calibrate_v3");
  if (cal == doc.end() || !cal->is_boolean()) throw core::JsonFieldError{"/calibrate_v3", "expected true or false"};
  p.calibrateV3 = cal->get<bool>();
  const auto& exit = core::requireObject(doc, "c2_exit_on_lateral_mass_line", "");
  const auto& on = exit.find("value");
  if (on == exit.end() || !on->is_boolean()) throw core::JsonFieldError{"/c2_exit_on_lateral_mass_line/value", "expected true or false"};
  p.c2ExitOnLateralMassLine = on->get<bool>();
  sources.add({"V3 starts where the artery leaves C2, under the atlas lateral mass (1 = on)", p.c2ExitOnLateralMassLine ? 1.0 : 0.0, "",
               core::requireString(exit, "source", "/c2_exit_on_lateral_mass_line"), readTag(exit, "/c2_exit_on_lateral_mass_line"),
               exit.value("note", ""), file});
  p.calibrationTargetPercent = readCited(doc, "calibration_target_strain_percent", "", 0.0, 39.0,
                                         "V3 strain at full passive contralateral rotation (calibration)", "%", file, sources);
  const auto& marks = core::requireArray(doc, "reference_marks", "");
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const std::string ptr = "/reference_marks/" + std::to_string(i);
    StrainMark m{core::requireString(marks[i], "id", ptr), core::requireString(marks[i], "what", ptr),
                 core::requireNumberIn(marks[i], "value", ptr, 0.0, 200.0), core::requireString(marks[i], "source", ptr),
                 readTag(marks[i], ptr)};
    sources.add({"Vertebral artery: " + m.what, m.valuePercent, "%", m.source, m.tag, "", file});
    p.marks.push_back(std::move(m));
  }
  const auto& gauge = core::requireObject(doc, "gauge", "");
  p.greenBelowPercent = readCited(gauge, "green_below_percent", "/gauge", 0, 100, "Artery gauge: green below", "%", file, sources);
  p.redFromPercent = readCited(gauge, "red_from_percent", "/gauge", p.greenBelowPercent, 200, "Artery gauge: red from", "%", file, sources);
  return p;
}

}  // namespace spineview::biomech
