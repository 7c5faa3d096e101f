#include "biomech/biomech_model.h"

#include <nlohmann/json.hpp>

#include "anatomy/rest_skeleton_builder.h"
#include "core/json_file.h"

namespace spineview::biomech {

namespace {

template <typename T, typename Parse>
core::Status loadInto(const std::filesystem::path& file, T& out, Parse&& parse) {
  auto doc = core::loadJsonFile(file);
  if (!doc) return doc.error();
  auto parsed = core::withJsonErrors<T>(file, [&]() -> core::Result<T> { return parse(*doc, file.filename().string()); });
  if (!parsed) return parsed.error();
  out = std::move(parsed).value();
  return core::Ok{};
}

double sumActive(const RangeTable& r, SegmentSpan span, Axis axis, double signedAngle) {
  double sum = 0.0;
  for (int s = span.first; s <= span.last; ++s) sum += r.segments[s].active.forAngle(axis, signedAngle);
  return sum;
}

}  // namespace

core::Result<BiomechData> loadBiomechData(const std::filesystem::path& dir) {
  BiomechData d;
  auto& src = d.sources;
  core::Status s = loadInto(dir / "segmental_rom.json", d.ranges,
                            [&](const nlohmann::json& j, const std::string& f) { return parseRangeTable(j, f, src); });
  if (!s) return s.error();
  s = loadInto(dir / "zones.json", d.zones, [&](const nlohmann::json& j, const std::string& f) {
    return parseZoneThresholds(j, f, d.ranges.passiveMarginPercent, src);
  });
  if (!s) return s.error();
  s = loadInto(dir / "coupling.json", d.coupling,
               [&](const nlohmann::json& j, const std::string& f) { return parseCouplingTable(j, f, src); });
  if (!s) return s.error();
  s = loadInto(dir / "pose_rhythm.json", d.rhythm,
               [&](const nlohmann::json& j, const std::string& f) { return parsePoseRhythm(j, f, src); });
  if (!s) return s.error();
  s = loadInto(dir / "cavitation.json", d.cavitation,
               [&](const nlohmann::json& j, const std::string& f) { return parseCavitationParams(j, f, src); });
  if (!s) return s.error();
  s = loadInto(dir / "arteries.json", d.arteries,
               [&](const nlohmann::json& j, const std::string& f) { return parseArteryParams(j, f, src); });
  if (!s) return s.error();
  s = loadInto(dir / "foramina.json", d.foramina,
               [&](const nlohmann::json& j, const std::string& f) { return parseForamenParams(j, f, src); });
  if (!s) return s.error();
  return d;
}

BiomechModel::BiomechModel(BiomechData data, const anatomy::RestSkeleton& rest)
    : data_(std::move(data)),
      rest_(rest),
      solver_(data_.ranges, data_.coupling, data_.rhythm, rest_),
      facets_(rest_),
      arteries_(data_.arteries, rest_),
      foramina_(data_.foramina, data_.ranges) {
  foramenFullScale_ = computeForamenFullScale();
}

double BiomechModel::computeForamenFullScale() const {
  const auto& r = data_.ranges;
  const double stop = 1.0 + r.passiveMarginPercent / 100.0;
  const SegmentSpan th = data_.rhythm.upperThoracic;
  PoseTarget worst;
  worst.headFlexionDeg = -stop * r.wholeNeckActive.extension;
  worst.headLateralBendDeg = stop * r.wholeNeckActive.lateralBend;
  worst.headRotationDeg = stop * r.wholeNeckActive.axialRotation;
  worst.thoracicExtensionDeg = stop * sumActive(r, th, Axis::FlexionExtension, -1.0);
  worst.thoracicSideBendDeg = stop * sumActive(r, th, Axis::LateralBend, 1.0);
  worst.thoracicRotationDeg = stop * sumActive(r, th, Axis::AxialRotation, 1.0);
  Pose pose;
  solver_.solveAngles(worst, pose);
  ForamenStates states{};
  foramina_.evaluate(pose.angles, states);
  return -narrowestForamenPercent(states);
}

PoseTarget BiomechModel::targetFromProgram(const ProgramPose& p) const {
  const auto& r = data_.ranges;
  const auto& neck = r.wholeNeckActive;
  const SegmentSpan th = data_.rhythm.upperThoracic;
  const auto pct = [&](RegionalAxis a) { return p.regionalPercent[static_cast<int>(a)] / 100.0; };
  PoseTarget t;
  const double flex = pct(RegionalAxis::HeadFlexion);
  t.headFlexionDeg = flex * (flex >= 0.0 ? neck.flexion : neck.extension);
  t.headLateralBendDeg = pct(RegionalAxis::HeadLateralBend) * neck.lateralBend;
  t.headRotationDeg = pct(RegionalAxis::HeadRotation) * neck.axialRotation;
  t.chinTuck = pct(RegionalAxis::ChinTuck);
  const double ext = pct(RegionalAxis::ThoracicExtension);
  t.thoracicExtensionDeg = ext * sumActive(r, th, Axis::FlexionExtension, -ext);
  t.thoracicRotationDeg = pct(RegionalAxis::ThoracicRotation) * sumActive(r, th, Axis::AxialRotation, 1.0);
  t.thoracicSideBendDeg = pct(RegionalAxis::ThoracicSideBend) * sumActive(r, th, Axis::LateralBend, 1.0);
  t.scapularRetraction = pct(RegionalAxis::ScapularRetraction);
  t.segmentOffsetDeg = p.segmentOffsetDeg;
  return t;
}

void BiomechModel::evaluate(const PoseTarget& target, const SegmentDistraction& distractionMm, BiomechState& out) const {
  solver_.solve(target, out.pose);
  evaluateRangeUse(data_.ranges, data_.zones, data_.rhythm, out.pose.angles, out.use);
  facets_.evaluate(out.pose, distractionMm, out.facets);
  arteries_.evaluate(out.pose, out.arteries);
  foramina_.evaluate(out.pose.angles, out.foramina);
}

core::Result<BiomechModel> loadBiomechModel(const std::filesystem::path& assetDir) {
  auto rest = anatomy::loadRestSkeleton(assetDir);
  if (!rest) return rest.error();
  auto data = loadBiomechData(assetDir / "biomech");
  if (!data) return data.error();
  return BiomechModel(std::move(data).value(), *rest);
}

}  // namespace spineview::biomech
