// The biomechanics model, the motion library and the plot series of the forceful self-twist and the
// controlled rotation, computed once per test binary (pre-running a program takes a moment).
#pragma once

#include <memory>

#include "biomech/biomech_model.h"
#include "session/motion_player.h"

namespace spineview::test {

struct EducationFixture {
  std::unique_ptr<biomech::BiomechModel> model;
  std::vector<biomech::MotionProgram> motions;

  const biomech::MotionProgram& motion(const std::string& id) const;
};

// The model and the motion library (fast).
const EducationFixture& educationFixture();

// The forceful self-twist and the controlled rotation pre-run into plot series (about 3 s of
// CPU in Debug: only a few tests use them).
struct EducationSeries {
  std::unique_ptr<app::MotionPlayer> forceful, controlled;
};
const EducationSeries& educationSeries();

}  // namespace spineview::test
