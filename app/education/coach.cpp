#include "education/coach.h"

#include <algorithm>
#include <cmath>

namespace spineview::app::education {

namespace {

// A hold right after a return (or at the very start) keeps the neutral pose: a rest, not a stretch.
bool isRest(const biomech::MotionProgram& program, int phase) {
  if (program.phases[phase].kind != biomech::PhaseKind::Hold) return false;
  return phase == 0 || program.phases[phase - 1].kind == biomech::PhaseKind::Return;
}

std::string seconds(double s) { return std::to_string(static_cast<int>(std::ceil(std::max(0.0, s) - 1e-9))); }

}  // namespace

std::string_view painFreeCue() {
  return "Stop at a pain-free point. A gentle pull is fine; pain, tingling or dizziness means stop.";
}

CoachState coachState(const biomech::MotionProgram& program, double programTimeS) {
  CoachState c;
  c.repetitions = std::max(1, program.repetitions);
  const double cycle = program.cycleDurationS();
  if (program.phases.empty() || cycle <= 0.0) {
    c.step = CoachStep::Finished;
    c.headline = "Nothing to do";
    return c;
  }
  if (programTimeS >= program.durationS() - 1e-9) {
    c.step = CoachStep::Finished;
    c.repetition = c.repetitions;
    c.phaseIndex = static_cast<int>(program.phases.size()) - 1;
    c.phaseFraction = 1.0;
    c.headline = "Done: all " + std::to_string(c.repetitions) + (c.repetitions == 1 ? " repetition" : " repetitions");
    c.instruction = "Sit quietly for a moment and notice how your neck and upper back feel.";
    c.repetitionText = "Repetition " + std::to_string(c.repetitions) + " of " + std::to_string(c.repetitions);
    return c;
  }
  const double t = std::max(0.0, programTimeS);
  const int rep = std::min(c.repetitions - 1, static_cast<int>(std::floor(t / cycle)));
  double inCycle = t - rep * cycle;
  int phase = 0;
  while (phase + 1 < static_cast<int>(program.phases.size()) && inCycle >= program.phases[phase].durationS) {
    inCycle -= program.phases[phase].durationS;
    ++phase;
  }
  const auto& p = program.phases[phase];
  c.phaseIndex = phase;
  c.repetition = rep + 1;
  c.secondsLeft = std::max(0.0, p.durationS - inCycle);
  c.phaseFraction = p.durationS > 0.0 ? std::clamp(inCycle / p.durationS, 0.0, 1.0) : 1.0;
  c.instruction = p.instruction;
  c.repetitionText = "Repetition " + std::to_string(c.repetition) + " of " + std::to_string(c.repetitions);
  switch (p.kind) {
    case biomech::PhaseKind::Move:
      c.step = CoachStep::Move;
      c.headline = "Move slowly into the stretch";
      break;
    case biomech::PhaseKind::Hold:
      if (isRest(program, phase)) {
        c.step = CoachStep::Rest;
        c.headline = "Rest – " + seconds(c.secondsLeft) + " s";
      } else {
        c.step = CoachStep::Hold;
        c.headline = "Hold – " + seconds(c.secondsLeft) + " s left";
      }
      break;
    case biomech::PhaseKind::Return:
      c.step = CoachStep::Release;
      c.headline = "Release slowly";
      break;
  }
  return c;
}

}  // namespace spineview::app::education
