#include "session/compare_clock.h"

#include <algorithm>
#include <cmath>

namespace spineview::app {

FirstMovement firstMovement(const biomech::MotionProgram& program) {
  FirstMovement m;
  double t = 0.0;
  bool started = false;
  for (const auto& phase : program.phases) {
    if (phase.kind == biomech::PhaseKind::Move) {
      if (!started) m.startS = t;
      started = true;
      m.durationS += phase.durationS;
    } else if (started) {
      break;
    }
    t += phase.durationS;
  }
  if (!started) m.durationS = program.cycleDurationS();
  return m;
}

CompareClock compareClock(const biomech::MotionProgram& forceful, const biomech::MotionProgram& controlled) {
  CompareClock c;
  const FirstMovement f = firstMovement(forceful), k = firstMovement(controlled);
  c.forcefulStartS = f.startS;
  c.controlledStartS = k.startS;
  c.forcefulDurationS = forceful.durationS();
  c.controlledDurationS = controlled.durationS();
  c.slowFactor = f.durationS > 0.0 ? std::max(1, static_cast<int>(std::lround(k.durationS / f.durationS))) : 1;
  const double slowedEnd = c.controlledStartS + (c.forcefulDurationS - c.forcefulStartS) * c.slowFactor;
  c.timelineS = std::min(c.controlledDurationS, std::max(controlled.cycleDurationS(), slowedEnd));
  c.timelineS = std::max(c.timelineS, slowedEnd);
  return c;
}

double CompareClock::forcefulTime(double t) const {
  return std::clamp(forcefulStartS + (t - controlledStartS) / slowFactor, 0.0, forcefulDurationS);
}

double CompareClock::controlledTime(double t) const { return std::clamp(t, 0.0, controlledDurationS); }

double CompareClock::timelineOfForceful(double programT) const { return controlledStartS + (programT - forcefulStartS) * slowFactor; }

}  // namespace spineview::app
