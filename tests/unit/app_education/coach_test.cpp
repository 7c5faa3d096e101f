#include "education/coach.h"

#include <gtest/gtest.h>

#include "biomech/simulation.h"
#include "education_fixture.h"

namespace spineview::app::education {
namespace {

// chin_tuck.json: move 3 s, hold 5 s, return 3 s, rest 1 s; 10 repetitions.
const biomech::MotionProgram& chinTuck() { return test::educationFixture().motion("chin_tuck"); }

TEST(Coach, MoveHoldReleaseRestThroughOneRepetition) {
  auto c = coachState(chinTuck(), 1.0);
  EXPECT_EQ(c.step, CoachStep::Move);
  EXPECT_EQ(c.headline, "Move slowly into the stretch");
  EXPECT_EQ(c.instruction, chinTuck().phases[0].instruction);
  EXPECT_EQ(c.repetitionText, "Repetition 1 of 10");

  c = coachState(chinTuck(), 4.2);
  EXPECT_EQ(c.step, CoachStep::Hold);
  EXPECT_NEAR(c.secondsLeft, 3.8, 1e-9);
  EXPECT_EQ(c.headline, "Hold – 4 s left");

  c = coachState(chinTuck(), 7.95);
  EXPECT_EQ(c.headline, "Hold – 1 s left");

  c = coachState(chinTuck(), 9.0);
  EXPECT_EQ(c.step, CoachStep::Release);
  EXPECT_EQ(c.headline, "Release slowly");

  c = coachState(chinTuck(), 11.5);
  EXPECT_EQ(c.step, CoachStep::Rest);
  EXPECT_EQ(c.headline, "Rest – 1 s");
}

TEST(Coach, CountsRepetitionsAndFinishes) {
  auto c = coachState(chinTuck(), 3 * chinTuck().cycleDurationS() + 0.5);
  EXPECT_EQ(c.repetition, 4);
  EXPECT_EQ(c.step, CoachStep::Move);
  EXPECT_EQ(c.repetitionText, "Repetition 4 of 10");
  c = coachState(chinTuck(), chinTuck().durationS());
  EXPECT_EQ(c.step, CoachStep::Finished);
  EXPECT_EQ(c.headline, "Done: all 10 repetitions");
  EXPECT_EQ(c.repetition, 10);
}

TEST(Coach, AgreesWithTheSimulationOnPhaseAndRepetition) {
  const auto& f = test::educationFixture();
  for (const char* id : {"chin_tuck", "neck_side_bend", "seated_rotation", "shoulder_blade_squeeze", "thoracic_extension_chair"}) {
    const auto& program = f.motion(id);
    biomech::Simulation simulation(*f.model, program, 0.01);
    for (double t = 0.05; t < program.durationS(); t += 0.37) {
      int phase = -1, rep = -1;
      simulation.programPoseAt(t, &phase, &rep);
      const auto c = coachState(program, t);
      ASSERT_EQ(c.phaseIndex, phase) << id << " at " << t;
      ASSERT_EQ(c.repetition, rep + 1) << id << " at " << t;
      EXPECT_EQ(c.instruction, program.phases[phase].instruction);
    }
  }
}

TEST(Coach, EveryExerciseHoldIsCountedDown) {
  const auto& f = test::educationFixture();
  for (const auto& m : f.motions) {
    if (m.category != biomech::MotionCategory::Exercise) continue;
    double t = 0.0;
    bool sawHold = false;
    for (std::size_t p = 0; p < m.phases.size(); ++p) {
      const auto c = coachState(m, t + 0.01);
      if (c.step == CoachStep::Hold) {
        sawHold = true;
        EXPECT_NE(c.headline.find("s left"), std::string::npos) << m.id;
      }
      t += m.phases[p].durationS;
    }
    EXPECT_TRUE(sawHold) << m.id << " has no hold phase for the coach to count down";
  }
  EXPECT_NE(std::string(painFreeCue()).find("pain-free"), std::string::npos);
}

}  // namespace
}  // namespace spineview::app::education
