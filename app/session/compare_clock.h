// The comparison's time base. A forceful self-twist is over in about two seconds, a controlled
// turn takes tens of seconds: on one real-time clock the twist is gone before anyone looks. So
// the twist is shown in slow motion, by a whole factor that makes its first movement last as
// long as the controlled turn's first movement, and the two first movements start together.
// The true time of each motion is always what the interface prints.
#pragma once

#include "biomech/motion_program.h"

namespace spineview::app {

struct CompareClock {
  int slowFactor = 1;              // the forceful motion is shown this many times slower
  double forcefulStartS = 0.0;     // program time its first movement starts
  double controlledStartS = 0.0;
  double forcefulDurationS = 0.0, controlledDurationS = 0.0;
  double timelineS = 0.0;          // one controlled repetition, or the slowed twist when longer

  // Program times shown at timeline time t (clamped to each program).
  double forcefulTime(double t) const;
  double controlledTime(double t) const;
  // The timeline time at which a forceful program time is shown (plots, pop markers).
  double timelineOfForceful(double programT) const;
};

// When the first Move phase starts, and how long the run of Move phases from it lasts.
struct FirstMovement {
  double startS = 0.0, durationS = 0.0;
};
FirstMovement firstMovement(const biomech::MotionProgram& program);

CompareClock compareClock(const biomech::MotionProgram& forceful, const biomech::MotionProgram& controlled);

}  // namespace spineview::app
