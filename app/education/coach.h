// The guided-exercise coach: from a motion program and the program time, what to tell the
// user now ("Move slowly into the stretch", "Hold – 12 s left", "Release", "Rest") and which
// repetition this is. Pure; the guided panel only draws it.
#pragma once

#include <string>

#include "biomech/motion_program.h"

namespace spineview::app::education {

enum class CoachStep : std::uint8_t { Move, Hold, Release, Rest, Finished };

struct CoachState {
  CoachStep step = CoachStep::Move;
  int phaseIndex = 0;          // within the cycle
  int repetition = 1;          // 1-based
  int repetitions = 1;
  double secondsLeft = 0.0;    // in the current phase
  double phaseFraction = 0.0;  // 0 … 1 through the current phase
  std::string headline;        // "Hold – 12 s left"
  std::string instruction;     // the program's words for this phase
  std::string repetitionText;  // "Repetition 2 of 10"
};

CoachState coachState(const biomech::MotionProgram& program, double programTimeS);

// Shown throughout guided mode.
std::string_view painFreeCue();

}  // namespace spineview::app::education
