#include "motion_animation.h"

#include <algorithm>
#include <cmath>

#include "biomech/simulation.h"
#include "scene_builder.h"

namespace spineview::app {

io::JointAnimation sampleMotionAnimation(const std::vector<mesh::Joint>& skeleton, const biomech::BiomechModel& model,
                                         const biomech::MotionProgram& program, double samplesPerS) {
  biomech::MotionProgram once = program;
  once.repetitions = 1;
  const double durationS = once.durationS();
  // A whole number of equal steps, so the last sample lands exactly on the repetition's end.
  const int steps = std::max(1, static_cast<int>(std::ceil(durationS * samplesPerS - 1e-9)));
  biomech::Simulation simulation(model, once, durationS / steps);

  io::JointAnimation clip;
  clip.name = program.id;
  for (int k = 0; k <= steps; ++k) {
    const auto& frame = k == 0 ? simulation.frame() : simulation.step();
    clip.timesS.push_back(static_cast<float>(frame.programTimeS));
    clip.jointWorld.push_back(spineJointWorld(skeleton, frame.state.pose));
  }
  return clip;
}

}  // namespace spineview::app
