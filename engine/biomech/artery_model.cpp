#include "biomech/artery_model.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/check.h"
#include "core/json_file.h"

namespace spineview::biomech {

namespace {

BonePath makePath(const ArteryParams& params, const anatomy::RestSkeleton& rest, anatomy::Side side) {
  const auto& route = rest.vertebralArteries[static_cast<std::size_t>(side)];
  SPINEVIEW_CHECK(route.segmentNames.size() == kArterySegmentCount, "the vertebral artery route needs segments V1 to V4");
  return BonePath(route, params.mechanics, rest.restWorld);
}

void fillSegments(ArteryState& st) {
  for (int k = 0; k < kArterySegmentCount; ++k) {
    const auto& from = st.path.segments[static_cast<std::size_t>(k)];
    st.segments[static_cast<std::size_t>(k)] = {from.lengthMm, from.restLengthMm, from.strainPercent, from.strainRatePercentPerS};
  }
  st.peakStrainPercent = st.path.peakStrainPercent;
  st.peakRatePercentPerS = st.path.peakRatePercentPerS;
}

constexpr std::array<const char*, kStrainGaugeCount> kBandKeys{"green", "amber", "orange", "red"};

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

std::string_view gaugeName(StrainGauge g) { return kBandKeys[static_cast<std::size_t>(g)]; }

StrainGauge ArteryParams::gauge(double strainPercent) const {
  StrainGauge g = StrainGauge::Green;
  for (const auto& band : bands)
    if (strainPercent >= band.fromPercent) g = band.gauge;
  return g;
}

ArteryModel::ArteryModel(const ArteryParams& params, const anatomy::RestSkeleton& rest)
    : params_(params),
      paths_{makePath(params, rest, anatomy::Side::Left), makePath(params, rest, anatomy::Side::Right)} {}

void ArteryModel::evaluate(const Pose& pose, ArteryStates& out) const {
  for (int side = 0; side < 2; ++side) {
    ArteryState& st = out[static_cast<std::size_t>(side)];
    paths_[static_cast<std::size_t>(side)].evaluate(pose.world, st.path);
    fillSegments(st);
    st.gauge = params_.gauge(st.peakStrainPercent);
  }
}

void updateArteryRates(const ArteryStates& previous, double dtS, ArteryStates& current) {
  for (std::size_t side = 0; side < 2; ++side) {
    updateStrainRates(previous[side].path, dtS, current[side].path);
    fillSegments(current[side]);
  }
}

ArteryParams parseArteryParams(const nlohmann::json& doc, const std::string& file, SourcesList& sources) {
  ArteryParams p;
  readTag(core::requireObject(doc, "segment_boundaries", ""), "/segment_boundaries");
  const auto& slack = core::requireObject(doc, "slack_mm", "");
  p.mechanics.segmentSlackMm.assign(kArterySegmentCount, 0.0);
  for (int k = 0; k < kArterySegmentCount; ++k) {
    const std::string name(arterySegmentName(static_cast<ArterySegment>(k)));
    const auto& item = core::requireObject(slack, name, "/slack_mm");
    const double lo = core::requireNumberIn(item, "min", "/slack_mm/" + name, 0.0, 50.0);
    const double hi = core::requireNumberIn(item, "max", "/slack_mm/" + name, lo, 50.0);
    p.mechanics.segmentSlackMm[static_cast<std::size_t>(k)] =
        readCited(slack, name, "/slack_mm", lo, hi, "Vertebral artery " + name + " slack before it stretches", "mm", file, sources);
  }
  p.mechanics.eyeletTetherLengthMm = readCited(doc, "eyelet_tether_length_mm", "", 0.0, 1000.0,
                                               "Transverse-foramen tether: as stiff as this length of artery", "mm", file, sources);
  const auto& byForamen = core::requireObject(doc, "tether_by_foramen_mm", "");
  for (const auto& [name, item] : byForamen.items()) {
    (void)item;
    p.mechanics.eyeletTetherByName.emplace_back(
        name, readCited(byForamen, name, "/tether_by_foramen_mm", 0.0, 10000.0, "Tether at the " + name, "mm", file, sources));
  }
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
  double previous = -1.0;
  for (int b = 0; b < kStrainGaugeCount; ++b) {
    const std::string key = kBandKeys[static_cast<std::size_t>(b)];
    const std::string ptr = "/gauge/" + key;
    const auto& band = core::requireObject(gauge, key, "/gauge");
    GaugeBand& out = p.bands[static_cast<std::size_t>(b)];
    out.gauge = static_cast<StrainGauge>(b);
    out.fromPercent = b == 0 ? 0.0
                             : readCited(gauge, key, "/gauge", previous + 1e-9, 200.0,
                                         "Artery gauge: " + key + " from", "%", file, sources);
    if (b == 0) (void)readTag(band, ptr);
    out.meaning = core::requireString(band, "meaning", ptr);
    out.source = core::requireString(band, "source", ptr);
    out.tag = readTag(band, ptr);
    previous = out.fromPercent;
  }
  p.caution = core::requireString(gauge, "caution", "/gauge");
  sources.add({"Artery gauge: what the bands cannot say", std::nan(""), "", p.caution, "D", "", file});
  return p;
}

}  // namespace spineview::biomech
