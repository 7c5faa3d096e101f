// Per-level morphometry of the modelled spine, loaded from assets/anatomy/*.json.
// Every figure keeps its citation and evidence tag (V read in the source, S secondary table,
// U unverified textbook default, D derived with a note) so the app can list them.
// Units: millimetres and degrees; frames as in anatomy/levels.h and anatomy/rest_skeleton.h.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "anatomy/levels.h"
#include "core/result.h"

namespace spineview::anatomy {

// One number from the literature (or a marked model parameter) with where it came from.
struct SourcedValue {
  double value = 0.0;
  std::string source;  // full citation (resolved from the key in sources.json)
  std::string tag;     // "V", "S", "U" or "D"
  std::string note;    // how a D value was derived, or why a U value was chosen
  operator double() const { return value; }  // NOLINT: the value is what geometry uses
  float f() const { return static_cast<float>(value); }
};

// One row of the app's Sources panel.
struct SourceEntry {
  std::string what;    // "C5 body width", "C5–C6 foramen height"
  double value = 0.0;
  std::string unit;    // "mm", "deg", "fraction"
  std::string source;
  std::string tag;
  std::string note;
};

struct BodyMorphometry {
  SourcedValue widthMm, depthMm, anteriorHeightMm, posteriorHeightMm, superiorConcavityMm, inferiorConcavityMm;
  double meanHeightMm() const { return 0.5 * (anteriorHeightMm.value + posteriorHeightMm.value); }
};
struct PedicleMorphometry {
  SourcedValue widthMm, heightMm, transverseAngleDeg;  // angle: medial convergence of the axis
};
struct CanalMorphometry {
  SourcedValue apMm, widthMm;
};
struct LaminaMorphometry {
  SourcedValue thicknessMm, heightMm;
};
struct SpinousMorphometry {
  SourcedValue lengthMm, inclinationDeg;  // inclination: downward slope below the horizontal
  bool bifid = false;
};
struct TransverseProcessMorphometry {
  SourcedValue spanMm, dorsalAngleDeg;  // tip-to-tip span; backward sweep from the frontal plane
};
struct TransverseForamenMorphometry {
  SourcedValue diameterMm, lateralOffsetMm, apOffsetMm;  // centre: ±lateral, apOffset along +Z
};
// The vertebra's superior articular facets (the lower half of the joint above it).
struct FacetMorphometry {
  // Facet plane to the transverse plane (seen from the side).
  SourcedValue transversePlaneAngleDeg;
  // Facet plane to the mid-sagittal plane (seen from above): < 90 faces posteromedially,
  // > 90 posterolaterally (Pal et al. 2001 convention).
  SourcedValue sagittalPlaneAngleDeg;
  SourcedValue widthMm, heightMm;
  SourcedValue interfacetWidthMm;  // centre to centre, left to right
  SourcedValue apOffsetMm;         // facet centre along +Z from the body centre (negative: behind)
};

// A typical vertebra, C2…T12 (the axis's dens lives in AxisMorphometry).
struct VertebraMorphometry {
  Vertebra level = Vertebra::C2;
  BodyMorphometry body;
  PedicleMorphometry pedicle;
  CanalMorphometry canal;
  LaminaMorphometry lamina;
  SpinousMorphometry spinous;
  TransverseProcessMorphometry transverseProcess;
  FacetMorphometry superiorFacet;
  std::optional<TransverseForamenMorphometry> transverseForamen;  // C2–C7
  std::optional<SourcedValue> uncinateHeightMm;                    // C3–C7
};

struct DiscMorphometry {
  SourcedValue middleHeightMm, anteriorHeightMm, posteriorHeightMm;
};

struct SegmentMorphometry {
  int segment = 0;                       // 0 = C0–C1 … 18 = T11–T12
  std::optional<DiscMorphometry> disc;   // none for C0–C1 and C1–C2
  SourcedValue neutralFacetGapMm;
  SourcedValue foramenHeightMm, foramenWidthMm;
  // C0–C1 and C1–C2: absolute offsets (mm) in the lower vertebra's frame. Below: fractions of
  // the lower body's half-height (above its centre) and half-depth (anterior of its centre).
  SourcedValue rotationCentreHeight, rotationCentreAnterior;
  bool rotationCentreIsFraction = true;
  double restSagittalAngleDeg = 0.0;     // from the curvature regions (negative = extension)
};

// A region of the sagittal curve whose total angle is spread evenly over its segments.
struct CurveRegion {
  std::string name;
  Vertebra first = Vertebra::C2, last = Vertebra::C7;
  SourcedValue angleDeg;
};

struct OcciputMorphometry {
  SourcedValue condyleLengthMm, condyleWidthMm, condyleHeightMm, condyleSeparationMm;
  SourcedValue foramenMagnumLengthMm, foramenMagnumWidthMm, foramenMagnumPosteriorOffsetMm;
  SourcedValue skullBaseWidthMm, skullBaseDepthMm;
};

struct AtlasMorphometry {
  SourcedValue transverseProcessSpanMm, tfOuterDistanceMm, tfInnerDistanceMm, tfApMm, tfTransverseMm;
  SourcedValue canalApMm, canalWidthMm, anteriorArchHeightMm, posteriorArchHeightMm, archThicknessMm;
  SourcedValue lateralMassHeightMm, lateralMassWidthMm;
  SourcedValue superiorFacetLengthMm, superiorFacetWidthMm, inferiorFacetLengthMm, inferiorFacetWidthMm;
  SourcedValue superiorFacetMedialTiltDeg, inferiorFacetMedialTiltDeg;
  SourcedValue grooveMedialEdgeMm, grooveLateralEdgeMm, grooveWidthMm, grooveBoneThicknessMm;
  SourcedValue ringToDensCentreMm;  // dens centre lies this far anterior of the ring centre
};

struct AxisMorphometry {
  SourcedValue densHeightMm, densApMm, densWidthMm, densPosteriorTiltDeg;
  SourcedValue superiorFacetLateralTiltDeg, superiorFacetSeparationMm;
  SourcedValue superiorFacetApOffsetMm;  // joint centre along +Z from the axis body centre
};

struct Point3Morphometry {
  SourcedValue x, y, z;
};

// Where the artery runs between its landmarks (left side; the right mirrors x). Drawing and
// mechanics share these points (anatomy/artery_route.h).
struct ArteryRouteMorphometry {
  SourcedValue v1FrontOfTransverseProcessMm;  // V1 below its entry level: in front of the processes
  SourcedValue entryApproachBelowMm;          // V1 reaches the entry foramen from below
  Point3Morphometry c2ExitOffsetMm;           // leaving the L-shaped C2 foramen, from its centre
  Point3Morphometry v3BehindLateralMassMm;    // V3 turning back, from the C1 foramen centre
  Point3Morphometry v3OverLateralMassMm;      // x, y from the C1 foramen; z behind the superior facet's back edge
  SourcedValue v4BendAnteriorMm;              // V4 curves forward round the medulla
  SourcedValue basilarSideOffsetMm;           // each artery meets the basilar just off the midline
};

struct ArteryMorphometry {
  Vertebra entryLevel = Vertebra::C6;  // first transverse foramen entered
  std::string entryLevelSource;
  SourcedValue diameterMm, basilarDiameterMm;
  Point3Morphometry subclavianOriginT1;  // left side; right mirrors x
  Point3Morphometry atlasGrooveC1;
  Point3Morphometry duralEntryC0;
  Point3Morphometry basilarJunctionC0;   // x is 0 (midline)
  ArteryRouteMorphometry route;
};

// Marked model parameters (tag U/D) for the structures drawn around the spine.
struct ContextMorphometry {
  SourcedValue cordRadiusCervicalMm, cordRadiusThoracicMm, nerveRootRadiusMm, ribRadiusMm;
  SourcedValue thoraxHalfWidthT1Mm, thoraxHalfWidthMaxMm, thoraxDepthMaxMm, ribAnteriorDropMm;
  SourcedValue manubriumLengthMm, sternalBodyLengthMm, xiphoidLengthMm, sternalAngleDeg, sternumWidthMm, clavicleLengthMm;
  // Thoracic levels (2.5 = the T2–T3 disc) that the sternum's landmarks lie level with.
  SourcedValue jugularNotchLevel, sternalAngleLevel, xiphisternalLevel;
  SourcedValue scapulaHeightMm, scapulaWidthMm, scapulaMedialBorderMm;
  SourcedValue scapulaPlaneAngleDeg, scapulaSuperiorAngleRib, glenoidHeightMm, glenoidWidthMm;
  SourcedValue headWidthMm, headHeightMm, headDepthMm, neckRadiusMm, shoulderWidthMm, chestDepthMm;
};

// The skull and hyoid (skull.json), in the occiput (C0) frame.
struct SkullMorphometry {
  SourcedValue maximumLengthMm, maximumBreadthMm, basionBregmaHeightMm, bizygomaticBreadthMm;
  SourcedValue nasalHeightMm, nasalBreadthMm, orbitalBreadthMm, orbitalHeightMm, basionNasionLengthMm;
  SourcedValue upperFacialHeightMm, biauricularBreadthMm, mastoidLengthMm, styloidLengthMm, vaultThicknessMm;
  SourcedValue frankfortAboveCondylesMm;
  SourcedValue bicondylarBreadthMm, intermolarWidthMm, ramusHeightMm, bigonialBreadthMm, mandibleBodyHeightMm;
  SourcedValue chinAheadOfCondylesMm;
  SourcedValue hyoidBodyWidthMm, hyoidGreaterHornLengthMm, hyoidSpanMm;
};

struct SpineMorphometry {
  // Indexed by anatomy::index(v); only C2…T12 are filled (present[i] says which).
  std::array<VertebraMorphometry, kVertebraCount> vertebrae{};
  std::array<bool, kVertebraCount> present{};
  std::array<SegmentMorphometry, kSegmentCount> segments{};
  std::vector<CurveRegion> curve;
  OcciputMorphometry occiput;
  AtlasMorphometry atlas;
  AxisMorphometry axis;
  ArteryMorphometry arteries;
  ContextMorphometry context;
  SkullMorphometry skull;
  std::vector<SourceEntry> sources;  // every figure read, in file order

  const VertebraMorphometry& vertebra(Vertebra v) const { return vertebrae[static_cast<std::size_t>(index(v))]; }
  const SegmentMorphometry& segment(int s) const { return segments[static_cast<std::size_t>(s)]; }
};

// Loads and validates sources.json, vertebrae.json, segments.json, curvature.json,
// craniovertebral.json, arteries.json, context.json and skull.json from anatomyDir. Errors name the file, the JSON
// pointer and the problem.
core::Result<SpineMorphometry> loadMorphometry(const std::filesystem::path& anatomyDir);

// The rows of the Sources panel: every figure with its unit, citation and evidence tag.
std::vector<SourceEntry> listSources(const SpineMorphometry& morphometry);

// The data files loadMorphometry reads, in a fixed order (for cache keys).
std::vector<std::filesystem::path> morphometryFiles(const std::filesystem::path& anatomyDir);

}  // namespace spineview::anatomy
