#include "biomech/simulation.h"

#include <algorithm>
#include <cmath>

#include "core/check.h"

namespace spineview::biomech {

namespace {

ProgramPose lerp(const ProgramPose& a, const ProgramPose& b, double s) {
  ProgramPose out;
  for (int i = 0; i < kRegionalAxisCount; ++i) out.regionalPercent[i] = a.regionalPercent[i] + s * (b.regionalPercent[i] - a.regionalPercent[i]);
  for (int i = 0; i < anatomy::kSegmentCount; ++i) {
    const auto& x = a.segmentOffsetDeg[i];
    const auto& y = b.segmentOffsetDeg[i];
    out.segmentOffsetDeg[i] = {x.flexion + s * (y.flexion - x.flexion), x.lateralBend + s * (y.lateralBend - x.lateralBend),
                               x.axialRotation + s * (y.axialRotation - x.axialRotation)};
    out.distractionMm[i] = a.distractionMm[i] + s * (b.distractionMm[i] - a.distractionMm[i]);
  }
  return out;
}

}  // namespace

Simulation::Simulation(const BiomechModel& model, MotionProgram program, double dtS)
    : model_(model), program_(std::move(program)), dt_(dtS), tracker_(model.data().cavitation) {
  SPINEVIEW_CHECK(dtS > 0.0, "Simulation needs a positive time step");
  reset();
}

void Simulation::reset() {
  tracker_.reset();
  programStart_ = 0.0;
  stepsSinceStart_ = 0;
  lastHeadRotation_ = glm::dmat3(glm::mat3(model_.rest().restWorld[0]));
  hasLastArteries_ = false;
  evaluateAt(0.0);
  frame_.headAngularSpeedDegS = 0.0;
}

void Simulation::restartProgram(double pauseS) {
  programStart_ = frame_.timeS + std::max(0.0, pauseS);
  stepsSinceStart_ = 0;
  hasLastArteries_ = false;
  evaluateAt(programStart_);
  frame_.headAngularSpeedDegS = 0.0;
}

bool Simulation::finished() const { return frame_.programTimeS >= program_.durationS() - 1e-9; }

ProgramPose Simulation::programPoseAt(double t, int* phaseIndex, int* repetition) const {
  ProgramPose from;  // neutral
  for (int rep = 0; rep < program_.repetitions; ++rep) {
    for (std::size_t i = 0; i < program_.phases.size(); ++i) {
      const MotionPhase& ph = program_.phases[i];
      const ProgramPose to = ph.kind == PhaseKind::Move ? ph.to : ph.kind == PhaseKind::Hold ? from : ProgramPose{};
      if (t < ph.durationS || (rep == program_.repetitions - 1 && i + 1 == program_.phases.size())) {
        if (phaseIndex) *phaseIndex = static_cast<int>(i);
        if (repetition) *repetition = rep;
        return lerp(from, to, curveProgress(ph.curve, t / ph.durationS));
      }
      t -= ph.durationS;
      from = to;
    }
  }
  return from;
}

void Simulation::evaluateAt(double sessionTime) {
  frame_.timeS = sessionTime;
  frame_.programTimeS = std::min(sessionTime - programStart_, program_.durationS());
  const ProgramPose pp = programPoseAt(frame_.programTimeS, &frame_.phaseIndex, &frame_.repetition);
  model_.evaluate(model_.targetFromProgram(pp), pp.distractionMm, frame_.state);
  // Strain rate: the change since the last step (none at a start or a jump).
  if (hasLastArteries_) updateArteryRates(lastArteries_, dt_, frame_.state.arteries);
  lastArteries_ = frame_.state.arteries;
  hasLastArteries_ = true;
  frame_.pops.clear();
  cavitationOpenings(model_.data().cavitation, model_.data().ranges, frame_.state.facets, frame_.state.pose.angles, openings_);
  tracker_.update(sessionTime, openings_, frame_.pops);

  // Angle of the relative rotation from its axis-angle form; atan2 keeps small steps exact.
  const glm::dmat3 head(glm::mat3(frame_.state.pose.world[0]));
  const glm::dmat3 delta = glm::transpose(lastHeadRotation_) * head;
  const double sinPart = 0.5 * glm::length(glm::dvec3(delta[1][2] - delta[2][1], delta[2][0] - delta[0][2], delta[0][1] - delta[1][0]));
  const double cosPart = 0.5 * (delta[0][0] + delta[1][1] + delta[2][2] - 1.0);
  frame_.headAngularSpeedDegS = std::atan2(sinPart, cosPart) * 180.0 / 3.14159265358979323846 / dt_;
  lastHeadRotation_ = head;
}

const SimulationFrame& Simulation::step() {
  ++stepsSinceStart_;
  // Time from a step count, not a running sum, so long runs do not drift.
  evaluateAt(programStart_ + static_cast<double>(stepsSinceStart_) * dt_);
  return frame_;
}

const std::string& Simulation::currentInstruction() const {
  return program_.phases[static_cast<std::size_t>(frame_.phaseIndex)].instruction;
}

}  // namespace spineview::biomech
