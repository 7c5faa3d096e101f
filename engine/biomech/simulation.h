// Advances a motion program in fixed time steps and yields the state at each step: pose,
// per-level angles and zones, facet gaps, cavitation events, artery strains and strain rates,
// foraminal change and the head's angular speed. Deterministic: the same program and dt give the same frames.
#pragma once

#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "biomech/biomech_model.h"
#include "biomech/cavitation.h"
#include "biomech/motion_program.h"

namespace spineview::biomech {

struct SimulationFrame {
  double timeS = 0.0;          // session clock (continues across restartProgram)
  double programTimeS = 0.0;
  int phaseIndex = 0;
  int repetition = 0;          // 0-based
  BiomechState state;
  std::vector<CavitationEvent> pops;  // pops during this step only
  double headAngularSpeedDegS = 0.0;  // of the occiput in the body frame
};

class Simulation {
 public:
  // `model` must outlive the simulation. dtS > 0.
  Simulation(const BiomechModel& model, MotionProgram program, double dtS);

  // Back to time 0, neutral pose, every joint ready.
  void reset();
  // Runs the program again after `pauseS` seconds at neutral, keeping each joint's refractory
  // state (the session clock keeps running).
  void restartProgram(double pauseS);

  bool finished() const;
  const SimulationFrame& step();
  const SimulationFrame& frame() const { return frame_; }
  const MotionProgram& program() const { return program_; }
  const std::string& currentInstruction() const;
  double dt() const { return dt_; }

  // The program's pose (percent targets, offsets, distraction) at a program time.
  ProgramPose programPoseAt(double programTimeS, int* phaseIndex = nullptr, int* repetition = nullptr) const;

 private:
  void evaluateAt(double sessionTime);

  const BiomechModel& model_;
  MotionProgram program_;
  double dt_;
  long long stepsSinceStart_ = 0;
  double programStart_ = 0.0;
  CavitationTracker tracker_;
  JointOpenings openings_{};
  SimulationFrame frame_;
  glm::dmat3 lastHeadRotation_{1.0};
  ArteryStates lastArteries_{};  // for the strain rates
  bool hasLastArteries_ = false;
};

}  // namespace spineview::biomech
