#include "anatomy/morphometry.h"

#include <functional>
#include <map>

#include "anatomy/sourced_value_reader.h"
#include "core/json_file.h"

namespace spineview::anatomy {

namespace {

using nlohmann::json;
using detail::SourcedValueReader;
using Citations = std::map<std::string, std::string>;

const char* const kSourcesFile = "sources.json";
const char* const kVertebraeFile = "vertebrae.json";
const char* const kSegmentsFile = "segments.json";
const char* const kCurvatureFile = "curvature.json";
const char* const kCraniovertebralFile = "craniovertebral.json";
const char* const kArteriesFile = "arteries.json";
const char* const kContextFile = "context.json";
const char* const kSkullFile = "skull.json";

Vertebra requireVertebra(const json& parent, const std::string& key, const std::string& pointer) {
  const std::string text = core::requireString(parent, key, pointer);
  const auto v = parseVertebra(text);
  if (!v) throw core::JsonFieldError{pointer + "/" + key, "\"" + text + "\" is not a level C0…T12"};
  return *v;
}

core::Result<Citations> loadCitations(const std::filesystem::path& file) {
  auto doc = core::loadJsonFile(file);
  if (!doc) return doc.error();
  return core::withJsonErrors<Citations>(file, [&]() -> core::Result<Citations> {
    Citations citations;
    const auto& sources = core::requireObject(*doc, "sources", "");
    for (const auto& [key, value] : sources.items()) {
      citations[key] = core::requireString(sources, key, "/sources");
    }
    if (citations.empty()) throw core::JsonFieldError{"/sources", "no sources listed"};
    return citations;
  });
}

void readVertebra(const json& j, const std::string& p, SourcedValueReader& r, VertebraMorphometry& m) {
  const std::string name(vertebraName(m.level));
  const auto& body = core::requireObject(j, "body", p);
  const std::string bp = p + "/body";
  m.body.widthMm = r.length(body, "width_mm", bp, name + " body");
  m.body.depthMm = r.length(body, "depth_mm", bp, name + " body");
  m.body.anteriorHeightMm = r.length(body, "anterior_height_mm", bp, name + " body");
  m.body.posteriorHeightMm = r.length(body, "posterior_height_mm", bp, name + " body");
  m.body.superiorConcavityMm = r.read(body, "superior_concavity_mm", bp, 0.0, 5.0, name + " body");
  m.body.inferiorConcavityMm = r.read(body, "inferior_concavity_mm", bp, 0.0, 5.0, name + " body");

  const auto& pedicle = core::requireObject(j, "pedicle", p);
  const std::string pp = p + "/pedicle";
  m.pedicle.widthMm = r.length(pedicle, "width_mm", pp, name + " pedicle");
  m.pedicle.heightMm = r.length(pedicle, "height_mm", pp, name + " pedicle");
  m.pedicle.transverseAngleDeg = r.read(pedicle, "transverse_angle_deg", pp, -45.0, 80.0, name + " pedicle");

  const auto& canal = core::requireObject(j, "canal", p);
  m.canal.apMm = r.length(canal, "ap_mm", p + "/canal", name + " canal");
  m.canal.widthMm = r.length(canal, "width_mm", p + "/canal", name + " canal");

  const auto& lamina = core::requireObject(j, "lamina", p);
  m.lamina.thicknessMm = r.length(lamina, "thickness_mm", p + "/lamina", name + " lamina");
  m.lamina.heightMm = r.length(lamina, "height_mm", p + "/lamina", name + " lamina");

  const auto& spinous = core::requireObject(j, "spinous_process", p);
  const std::string sp = p + "/spinous_process";
  m.spinous.lengthMm = r.length(spinous, "length_mm", sp, name + " spinous process");
  m.spinous.inclinationDeg = r.read(spinous, "inclination_deg", sp, -10.0, 80.0, name + " spinous process");
  if (!spinous.contains("bifid") || !spinous["bifid"].is_boolean()) {
    throw core::JsonFieldError{sp + "/bifid", "expected true or false"};
  }
  m.spinous.bifid = spinous["bifid"].get<bool>();

  const auto& tp = core::requireObject(j, "transverse_process", p);
  const std::string tpp = p + "/transverse_process";
  m.transverseProcess.spanMm = r.length(tp, "span_mm", tpp, name + " transverse process");
  m.transverseProcess.dorsalAngleDeg = r.read(tp, "dorsal_angle_deg", tpp, -30.0, 80.0, name + " transverse process");

  const auto& facet = core::requireObject(j, "superior_facet", p);
  const std::string fp = p + "/superior_facet";
  const std::string fw = name + " superior facet";
  m.superiorFacet.transversePlaneAngleDeg = r.read(facet, "transverse_plane_angle_deg", fp, 5.0, 90.0, fw);
  m.superiorFacet.sagittalPlaneAngleDeg = r.read(facet, "sagittal_plane_angle_deg", fp, 30.0, 160.0, fw);
  m.superiorFacet.widthMm = r.length(facet, "width_mm", fp, fw);
  m.superiorFacet.heightMm = r.length(facet, "height_mm", fp, fw);
  m.superiorFacet.interfacetWidthMm = r.read(facet, "interfacet_width_mm", fp, 10.0, 80.0, fw);
  m.superiorFacet.apOffsetMm = r.read(facet, "ap_offset_mm", fp, -60.0, 0.0, fw);

  const bool wantsForamen = isCervical(m.level);
  if (j.contains("transverse_foramen") != wantsForamen) {
    throw core::JsonFieldError{p + "/transverse_foramen", wantsForamen ? "missing: C2–C7 have transverse foramina"
                                                                       : "only C1–C7 have transverse foramina"};
  }
  if (wantsForamen) {
    const auto& tf = core::requireObject(j, "transverse_foramen", p);
    const std::string tfp = p + "/transverse_foramen";
    TransverseForamenMorphometry t;
    t.diameterMm = r.read(tf, "diameter_mm", tfp, 1.0, 12.0, name + " transverse foramen");
    t.lateralOffsetMm = r.read(tf, "lateral_offset_mm", tfp, 5.0, 40.0, name + " transverse foramen");
    t.apOffsetMm = r.read(tf, "ap_offset_mm", tfp, -20.0, 20.0, name + " transverse foramen");
    m.transverseForamen = t;
  }
  if (j.contains("uncinate_height_mm")) m.uncinateHeightMm = r.read(j, "uncinate_height_mm", p, 0.0, 10.0, name);
}

void readVertebrae(const json& doc, SourcedValueReader& r, SpineMorphometry& m) {
  const auto& levels = core::requireArray(doc, "levels", "");
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const std::string p = "/levels/" + std::to_string(i);
    const Vertebra v = requireVertebra(levels[i], "level", p);
    if (index(v) < index(Vertebra::C2)) {
      throw core::JsonFieldError{p + "/level", "C0 and C1 belong in craniovertebral.json"};
    }
    const auto at = static_cast<std::size_t>(index(v));
    if (m.present[at]) throw core::JsonFieldError{p + "/level", "level listed twice"};
    m.present[at] = true;
    m.vertebrae[at].level = v;
    readVertebra(levels[i], p, r, m.vertebrae[at]);
  }
  for (int i = index(Vertebra::C2); i < kVertebraCount; ++i) {
    if (!m.present[static_cast<std::size_t>(i)]) {
      throw core::JsonFieldError{"/levels", "level " + std::string(vertebraName(vertebraAt(i))) + " is missing"};
    }
  }
}

void readSegments(const json& doc, SourcedValueReader& r, SpineMorphometry& m) {
  const auto& segments = core::requireArray(doc, "segments", "");
  std::array<bool, kSegmentCount> seen{};
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const std::string p = "/segments/" + std::to_string(i);
    const auto& j = segments[i];
    const std::string text = core::requireString(j, "segment", p);
    const auto s = parseSegment(text);
    if (!s) throw core::JsonFieldError{p + "/segment", "\"" + text + "\" is not a segment such as C5–C6"};
    if (seen[static_cast<std::size_t>(*s)]) throw core::JsonFieldError{p + "/segment", "segment listed twice"};
    seen[static_cast<std::size_t>(*s)] = true;
    SegmentMorphometry& seg = m.segments[static_cast<std::size_t>(*s)];
    seg.segment = *s;
    const std::string name = segmentName(*s);
    const bool wantsDisc = *s >= index(Vertebra::C2);
    if (j.contains("disc") != wantsDisc) {
      throw core::JsonFieldError{p + "/disc", wantsDisc ? "missing: segments from C2–C3 down have a disc"
                                                        : "C0–C1 and C1–C2 have no disc"};
    }
    if (wantsDisc) {
      const auto& disc = core::requireObject(j, "disc", p);
      DiscMorphometry d;
      d.middleHeightMm = r.read(disc, "middle_height_mm", p + "/disc", 1.0, 15.0, name + " disc");
      d.anteriorHeightMm = r.read(disc, "anterior_height_mm", p + "/disc", 0.5, 15.0, name + " disc");
      d.posteriorHeightMm = r.read(disc, "posterior_height_mm", p + "/disc", 0.5, 15.0, name + " disc");
      seg.disc = d;
    }
    seg.neutralFacetGapMm = r.read(j, "neutral_facet_gap_mm", p, 0.1, 4.0, name);
    const auto& foramen = core::requireObject(j, "foramen", p);
    seg.foramenHeightMm = r.read(foramen, "height_mm", p + "/foramen", 2.0, 30.0, name + " foramen");
    seg.foramenWidthMm = r.read(foramen, "width_mm", p + "/foramen", 2.0, 20.0, name + " foramen");
    const auto& rc = core::requireObject(j, "rotation_centre", p);
    const std::string rp = p + "/rotation_centre";
    seg.rotationCentreIsFraction = *s >= index(Vertebra::C2);
    if (seg.rotationCentreIsFraction) {
      seg.rotationCentreHeight = r.read(rc, "height_fraction", rp, -1.5, 1.5, name + " rotation centre");
      seg.rotationCentreAnterior = r.read(rc, "anterior_fraction", rp, -1.5, 1.5, name + " rotation centre");
    } else {
      seg.rotationCentreHeight = r.read(rc, "height_above_lower_origin_mm", rp, -30.0, 40.0, name + " rotation centre");
      seg.rotationCentreAnterior = r.read(rc, "anterior_of_lower_origin_mm", rp, -30.0, 30.0, name + " rotation centre");
    }
  }
  for (int s = 0; s < kSegmentCount; ++s) {
    if (!seen[static_cast<std::size_t>(s)]) throw core::JsonFieldError{"/segments", "segment " + segmentName(s) + " is missing"};
  }
}

void readCurvature(const json& doc, SourcedValueReader& r, SpineMorphometry& m) {
  const auto& regions = core::requireArray(doc, "regions", "");
  std::array<bool, kSegmentCount> covered{};
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const std::string p = "/regions/" + std::to_string(i);
    CurveRegion region;
    region.name = core::requireString(regions[i], "name", p);
    region.first = requireVertebra(regions[i], "first", p);
    region.last = requireVertebra(regions[i], "last", p);
    if (index(region.last) <= index(region.first)) {
      throw core::JsonFieldError{p + "/last", "must lie below \"first\""};
    }
    region.angleDeg = r.read(regions[i], "angle_deg", p, -90.0, 90.0, region.name);
    const int count = index(region.last) - index(region.first);
    for (int s = index(region.first); s < index(region.last); ++s) {
      if (covered[static_cast<std::size_t>(s)]) {
        throw core::JsonFieldError{p, "segment " + segmentName(s) + " already belongs to another region"};
      }
      covered[static_cast<std::size_t>(s)] = true;
      m.segments[static_cast<std::size_t>(s)].restSagittalAngleDeg = region.angleDeg.value / count;
    }
    m.curve.push_back(std::move(region));
  }
  for (int s = 0; s < kSegmentCount; ++s) {
    if (!covered[static_cast<std::size_t>(s)]) {
      throw core::JsonFieldError{"/regions", "segment " + segmentName(s) + " belongs to no region"};
    }
  }
}

Point3Morphometry readPoint(const json& j, const std::string& key, const std::string& p, SourcedValueReader& r,
                            const std::string& what, bool midline = false) {
  const auto& o = core::requireObject(j, key, p);
  const std::string pp = p + "/" + key;
  Point3Morphometry pt;
  if (!midline) pt.x = r.read(o, "x", pp, -100.0, 100.0, what + " x (mm)");
  pt.y = r.read(o, "y", pp, -100.0, 100.0, what + " y (mm)");
  pt.z = r.read(o, "z", pp, -100.0, 100.0, what + " z (mm)");
  return pt;
}

void readCraniovertebral(const json& doc, SourcedValueReader& r, SpineMorphometry& m) {
  const auto& o = core::requireObject(doc, "occiput", "");
  const std::string op = "/occiput";
  auto& occ = m.occiput;
  for (auto [key, field] : {std::pair{"condyle_length_mm", &occ.condyleLengthMm}, {"condyle_width_mm", &occ.condyleWidthMm},
                            {"condyle_height_mm", &occ.condyleHeightMm}, {"condyle_separation_mm", &occ.condyleSeparationMm},
                            {"foramen_magnum_length_mm", &occ.foramenMagnumLengthMm},
                            {"foramen_magnum_width_mm", &occ.foramenMagnumWidthMm},
                            {"foramen_magnum_posterior_offset_mm", &occ.foramenMagnumPosteriorOffsetMm},
                            {"skull_base_width_mm", &occ.skullBaseWidthMm}, {"skull_base_depth_mm", &occ.skullBaseDepthMm}}) {
    *field = r.length(o, key, op, "occiput");
  }
  const auto& a = core::requireObject(doc, "atlas", "");
  auto& at = m.atlas;
  for (auto [key, field] : {std::pair{"transverse_process_span_mm", &at.transverseProcessSpanMm},
                            {"tf_outer_distance_mm", &at.tfOuterDistanceMm}, {"tf_inner_distance_mm", &at.tfInnerDistanceMm},
                            {"tf_ap_mm", &at.tfApMm}, {"tf_transverse_mm", &at.tfTransverseMm}, {"canal_ap_mm", &at.canalApMm},
                            {"canal_width_mm", &at.canalWidthMm}, {"anterior_arch_height_mm", &at.anteriorArchHeightMm},
                            {"posterior_arch_height_mm", &at.posteriorArchHeightMm}, {"arch_thickness_mm", &at.archThicknessMm},
                            {"lateral_mass_height_mm", &at.lateralMassHeightMm}, {"lateral_mass_width_mm", &at.lateralMassWidthMm},
                            {"superior_facet_length_mm", &at.superiorFacetLengthMm},
                            {"superior_facet_width_mm", &at.superiorFacetWidthMm},
                            {"inferior_facet_length_mm", &at.inferiorFacetLengthMm},
                            {"inferior_facet_width_mm", &at.inferiorFacetWidthMm},
                            {"groove_medial_edge_mm", &at.grooveMedialEdgeMm}, {"groove_lateral_edge_mm", &at.grooveLateralEdgeMm},
                            {"groove_width_mm", &at.grooveWidthMm}, {"groove_bone_thickness_mm", &at.grooveBoneThicknessMm},
                            {"ring_to_dens_centre_mm", &at.ringToDensCentreMm}}) {
    *field = r.length(a, key, "/atlas", "atlas");
  }
  at.superiorFacetMedialTiltDeg = r.read(a, "superior_facet_medial_tilt_deg", "/atlas", -10.0, 60.0, "atlas");
  at.inferiorFacetMedialTiltDeg = r.read(a, "inferior_facet_medial_tilt_deg", "/atlas", -10.0, 60.0, "atlas");
  if (at.tfInnerDistanceMm.value >= at.tfOuterDistanceMm.value) {
    throw core::JsonFieldError{"/atlas/tf_inner_distance_mm", "must be smaller than tf_outer_distance_mm"};
  }
  if (at.grooveMedialEdgeMm.value >= at.grooveLateralEdgeMm.value) {
    throw core::JsonFieldError{"/atlas/groove_medial_edge_mm", "must be smaller than groove_lateral_edge_mm"};
  }
  const auto& x = core::requireObject(doc, "axis", "");
  auto& ax = m.axis;
  ax.densHeightMm = r.length(x, "dens_height_mm", "/axis", "axis");
  ax.densApMm = r.length(x, "dens_ap_mm", "/axis", "axis");
  ax.densWidthMm = r.length(x, "dens_width_mm", "/axis", "axis");
  ax.densPosteriorTiltDeg = r.read(x, "dens_posterior_tilt_deg", "/axis", -10.0, 40.0, "axis");
  ax.superiorFacetLateralTiltDeg = r.read(x, "superior_facet_lateral_tilt_deg", "/axis", -10.0, 60.0, "axis");
  ax.superiorFacetSeparationMm = r.length(x, "superior_facet_separation_mm", "/axis", "axis");
  ax.superiorFacetApOffsetMm = r.read(x, "superior_facet_ap_offset_mm", "/axis", -15.0, 10.0, "axis");
}

void readArteries(const json& doc, SourcedValueReader& r, const Citations& citations, SpineMorphometry& m) {
  auto& a = m.arteries;
  const auto& entry = core::requireObject(doc, "entry_level", "");
  a.entryLevel = requireVertebra(entry, "level", "/entry_level");
  if (index(a.entryLevel) < index(Vertebra::C2) || index(a.entryLevel) > index(Vertebra::C7)) {
    throw core::JsonFieldError{"/entry_level/level", "the artery enters a transverse foramen between C2 and C7"};
  }
  const std::string key = core::requireString(entry, "source", "/entry_level");
  const auto citation = citations.find(key);
  if (citation == citations.end()) throw core::JsonFieldError{"/entry_level/source", "unknown source key \"" + key + "\""};
  a.entryLevelSource = citation->second;
  a.diameterMm = r.read(doc, "diameter_mm", "", 1.0, 8.0, "vertebral artery");
  a.basilarDiameterMm = r.read(doc, "basilar_diameter_mm", "", 1.0, 8.0, "basilar artery");
  a.subclavianOriginT1 = readPoint(doc, "subclavian_origin_t1_mm", "", r, "vertebral artery origin (T1 frame)");
  a.atlasGrooveC1 = readPoint(doc, "atlas_groove_c1_mm", "", r, "vertebral artery atlas groove (C1 frame)");
  a.duralEntryC0 = readPoint(doc, "dural_entry_c0_mm", "", r, "vertebral artery dural entry (C0 frame)");
  a.basilarJunctionC0 = readPoint(doc, "basilar_junction_c0_mm", "", r, "basilar junction (C0 frame)", true);
  const auto& route = core::requireObject(doc, "route", "");
  auto& rt = a.route;
  rt.v1FrontOfTransverseProcessMm = r.read(route, "v1_front_of_transverse_process_mm", "/route", -30.0, 30.0, "vertebral artery V1");
  rt.entryApproachBelowMm = r.read(route, "entry_approach_below_mm", "/route", 0.0, 20.0, "vertebral artery V1");
  rt.c2ExitOffsetMm = readPoint(route, "c2_exit_offset_mm", "/route", r, "vertebral artery C2 foramen exit");
  rt.v3BehindLateralMassMm = readPoint(route, "v3_behind_lateral_mass_mm", "/route", r, "vertebral artery V3 turn");
  rt.v3OverLateralMassMm = readPoint(route, "v3_over_lateral_mass_mm", "/route", r, "vertebral artery V3 behind the lateral mass");
  rt.v4BendAnteriorMm = r.read(route, "v4_bend_anterior_mm", "/route", -20.0, 20.0, "vertebral artery V4");
  rt.basilarSideOffsetMm = r.read(route, "basilar_side_offset_mm", "/route", 0.0, 10.0, "vertebral artery at the basilar junction");
}

void readContext(const json& doc, SourcedValueReader& r, SpineMorphometry& m) {
  auto& c = m.context;
  for (auto [key, field] : {std::pair{"cord_radius_cervical_mm", &c.cordRadiusCervicalMm},
                            {"cord_radius_thoracic_mm", &c.cordRadiusThoracicMm},
                            {"nerve_root_radius_mm", &c.nerveRootRadiusMm}, {"rib_radius_mm", &c.ribRadiusMm},
                            {"thorax_half_width_t1_mm", &c.thoraxHalfWidthT1Mm},
                            {"thorax_half_width_max_mm", &c.thoraxHalfWidthMaxMm},
                            {"thorax_depth_max_mm", &c.thoraxDepthMaxMm}, {"rib_anterior_drop_mm", &c.ribAnteriorDropMm},
                            {"manubrium_length_mm", &c.manubriumLengthMm},
                            {"sternal_body_length_mm", &c.sternalBodyLengthMm}, {"xiphoid_length_mm", &c.xiphoidLengthMm},
                            {"sternal_angle_deg", &c.sternalAngleDeg}, {"jugular_notch_level", &c.jugularNotchLevel},
                            {"sternal_angle_level", &c.sternalAngleLevel}, {"xiphisternal_level", &c.xiphisternalLevel}, {"sternum_width_mm", &c.sternumWidthMm},
                            {"clavicle_length_mm", &c.clavicleLengthMm}, {"scapula_height_mm", &c.scapulaHeightMm},
                            {"scapula_width_mm", &c.scapulaWidthMm}, {"scapula_medial_border_mm", &c.scapulaMedialBorderMm},
                            {"scapula_plane_angle_deg", &c.scapulaPlaneAngleDeg},
                            {"scapula_superior_angle_rib", &c.scapulaSuperiorAngleRib},
                            {"glenoid_height_mm", &c.glenoidHeightMm}, {"glenoid_width_mm", &c.glenoidWidthMm},
                            {"head_width_mm", &c.headWidthMm}, {"head_height_mm", &c.headHeightMm},
                            {"head_depth_mm", &c.headDepthMm}, {"neck_radius_mm", &c.neckRadiusMm},
                            {"shoulder_width_mm", &c.shoulderWidthMm}, {"chest_depth_mm", &c.chestDepthMm}}) {
    *field = r.read(doc, key, "", 0.5, 500.0, "model");
  }
  if (!(c.jugularNotchLevel.value >= 1.0 && c.jugularNotchLevel.value < c.sternalAngleLevel.value &&
        c.sternalAngleLevel.value < c.xiphisternalLevel.value && c.xiphisternalLevel.value <= 12.0)) {
    throw core::JsonFieldError{"/sternal_angle_level", "the jugular notch, sternal angle and xiphisternal levels must rise in order within T1-T12"};
  }
  if (c.sternalAngleDeg.value < 120.0 || c.sternalAngleDeg.value > 180.0) {
    throw core::JsonFieldError{"/sternal_angle_deg", "must be between 120 and 180 degrees"};
  }
}

void readSkull(const json& doc, SourcedValueReader& r, SpineMorphometry& m) {
  auto& k = m.skull;
  const auto& c = core::requireObject(doc, "cranium", "");
  for (auto [key, field] : {std::pair{"maximum_length_mm", &k.maximumLengthMm}, {"maximum_breadth_mm", &k.maximumBreadthMm},
                            {"basion_bregma_height_mm", &k.basionBregmaHeightMm},
                            {"bizygomatic_breadth_mm", &k.bizygomaticBreadthMm}, {"nasal_height_mm", &k.nasalHeightMm},
                            {"nasal_breadth_mm", &k.nasalBreadthMm}, {"orbital_breadth_mm", &k.orbitalBreadthMm},
                            {"orbital_height_mm", &k.orbitalHeightMm}, {"basion_nasion_length_mm", &k.basionNasionLengthMm},
                            {"upper_facial_height_mm", &k.upperFacialHeightMm},
                            {"biauricular_breadth_mm", &k.biauricularBreadthMm}, {"mastoid_length_mm", &k.mastoidLengthMm},
                            {"styloid_length_mm", &k.styloidLengthMm}, {"vault_thickness_mm", &k.vaultThicknessMm},
                            {"frankfort_above_condyles_mm", &k.frankfortAboveCondylesMm}}) {
    *field = r.length(c, key, "/cranium", "cranium");
  }
  const auto& j = core::requireObject(doc, "mandible", "");
  for (auto [key, field] : {std::pair{"bicondylar_breadth_mm", &k.bicondylarBreadthMm},
                            {"intermolar_width_mm", &k.intermolarWidthMm}, {"ramus_height_mm", &k.ramusHeightMm},
                            {"bigonial_breadth_mm", &k.bigonialBreadthMm}, {"body_height_mm", &k.mandibleBodyHeightMm},
                            {"chin_ahead_of_condyles_mm", &k.chinAheadOfCondylesMm}}) {
    *field = r.length(j, key, "/mandible", "mandible");
  }
  const auto& h = core::requireObject(doc, "hyoid", "");
  for (auto [key, field] : {std::pair{"body_width_mm", &k.hyoidBodyWidthMm},
                            {"greater_horn_length_mm", &k.hyoidGreaterHornLengthMm}, {"span_mm", &k.hyoidSpanMm}}) {
    *field = r.length(h, key, "/hyoid", "hyoid");
  }
  if (k.maximumBreadthMm.value >= k.maximumLengthMm.value) {
    throw core::JsonFieldError{"/cranium/maximum_breadth_mm", "must be smaller than maximum_length_mm"};
  }
  if (k.bicondylarBreadthMm.value >= k.bizygomaticBreadthMm.value) {
    throw core::JsonFieldError{"/mandible/bicondylar_breadth_mm", "the condyles sit inside the zygomatic arches: must be smaller than bizygomatic_breadth_mm"};
  }
}

template <typename Body>
core::Status readFile(const std::filesystem::path& file, Body&& body) {
  auto doc = core::loadJsonFile(file);
  if (!doc) return doc.error();
  return core::withJsonErrors<core::Ok>(file, [&]() -> core::Status {
    body(*doc);
    return core::Ok{};
  });
}

}  // namespace

std::vector<std::filesystem::path> morphometryFiles(const std::filesystem::path& anatomyDir) {
  std::vector<std::filesystem::path> files;
  for (const char* name : {kSourcesFile, kVertebraeFile, kSegmentsFile, kCurvatureFile, kCraniovertebralFile, kArteriesFile,
                           kContextFile, kSkullFile}) {
    files.push_back(anatomyDir / name);
  }
  return files;
}

core::Result<SpineMorphometry> loadMorphometry(const std::filesystem::path& anatomyDir) {
  auto citations = loadCitations(anatomyDir / kSourcesFile);
  if (!citations) return citations.error();
  SpineMorphometry m;
  SourcedValueReader reader(*citations, m.sources);
  const std::pair<const char*, std::function<void(const nlohmann::json&)>> steps[] = {
      {kVertebraeFile, [&](const json& d) { readVertebrae(d, reader, m); }},
      {kSegmentsFile, [&](const json& d) { readSegments(d, reader, m); }},
      {kCurvatureFile, [&](const json& d) { readCurvature(d, reader, m); }},
      {kCraniovertebralFile, [&](const json& d) { readCraniovertebral(d, reader, m); }},
      {kArteriesFile, [&](const json& d) { readArteries(d, reader, *citations, m); }},
      {kContextFile, [&](const json& d) { readContext(d, reader, m); }},
      {kSkullFile, [&](const json& d) { readSkull(d, reader, m); }},
  };
  for (const auto& [name, step] : steps) {
    if (auto status = readFile(anatomyDir / name, step); !status) return status.error();
  }
  return m;
}

std::vector<SourceEntry> listSources(const SpineMorphometry& morphometry) { return morphometry.sources; }

}  // namespace spineview::anatomy
