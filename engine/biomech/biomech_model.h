// The whole biomechanics model: data tables (with their sources) plus the evaluators built on
// the rest skeleton. One call evaluates a pose target into plain state for a frame.
#pragma once

#include <filesystem>

#include "anatomy/rest_skeleton.h"
#include "biomech/artery_model.h"
#include "biomech/cavitation.h"
#include "biomech/facet_model.h"
#include "biomech/foramen_model.h"
#include "biomech/motion_program.h"
#include "biomech/pose_rhythm.h"
#include "biomech/pose_solver.h"
#include "biomech/range_table.h"
#include "biomech/range_use.h"
#include "biomech/sources_list.h"
#include "core/result.h"

namespace spineview::biomech {

struct BiomechData {
  RangeTable ranges;
  ZoneThresholds zones;
  CouplingTable coupling;
  PoseRhythm rhythm;
  CavitationParams cavitation;
  ArteryParams arteries;
  ForamenParams foramina;
  SourcesList sources;
};

// Reads assets/biomech/*.json (segmental_rom, zones, coupling, pose_rhythm, cavitation,
// arteries, foramina). Errors name the file, the JSON pointer and the problem.
core::Result<BiomechData> loadBiomechData(const std::filesystem::path& biomechDir);

// Everything derived from one pose target. Plain values: copy freely.
struct BiomechState {
  Pose pose;
  RangeUse use;
  FacetStates facets{};
  ArteryStates arteries{};
  ForamenStates foramina{};
};

class BiomechModel {
 public:
  // Builds the evaluators on the rest skeleton.
  BiomechModel(BiomechData data, const anatomy::RestSkeleton& rest);

  void evaluate(const PoseTarget& target, const SegmentDistraction& distractionMm, BiomechState& out) const;

  // A program pose (percent of active range) as a solver target (degrees).
  PoseTarget targetFromProgram(const ProgramPose& pose) const;

  const BiomechData& data() const { return data_; }
  const SourcesList& sources() const { return data_.sources; }
  const anatomy::RestSkeleton& rest() const { return rest_; }
  const PoseSolver& solver() const { return solver_; }
  const FacetModel& facets() const { return facets_; }
  const ArteryModel& arteries() const { return arteries_; }
  const ForamenModel& foramina() const { return foramina_; }
  // The deepest foramen narrowing the model can produce (extension, side bend and rotation to
  // one side, each at its hard stop), as a positive percent: the full scale of the nerve colours.
  double foramenFullScalePercent() const { return foramenFullScale_; }

 private:
  BiomechData data_;
  anatomy::RestSkeleton rest_;
  PoseSolver solver_;
  FacetModel facets_;
  ArteryModel arteries_;
  ForamenModel foramina_;
  double foramenFullScale_ = 0.0;

  double computeForamenFullScale() const;
};

// Loads the rest skeleton (assetDir/anatomy) and the biomechanics data (assetDir/biomech) and
// builds the model. assetDir is normally core::assetDir().
core::Result<BiomechModel> loadBiomechModel(const std::filesystem::path& assetDir);

}  // namespace spineview::biomech
