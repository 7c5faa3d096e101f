// Whole programs: gentle exercises stay gentle and never pop; the forceful self-twist pops
// 2–4 joints per turn where the studies heard them; a clinician's thrust pops several joints
// but is small and brief (Dunning 2013, Reggars & Pollard 1995, Kawchuk & Herzog 1993).
#include <gtest/gtest.h>

#include "biomech_fixture.h"

namespace spineview::biomech::test {
namespace {

using anatomy::Side;
using anatomy::Vertebra;

constexpr double kSlowSpeedLimit = 30.0;  // °/s, the project's slow-stretch target

class GentlePrograms : public ::testing::TestWithParam<const char*> {};

TEST_P(GentlePrograms, StayComfortableOrEndRangeSlowAndNeverPop) {
  const auto& p = program(GetParam());
  const RunStats s = run(p, 0.02);
  EXPECT_LE(s.worstZone, Zone::EndRange) << s.worstPercent;
  EXPECT_TRUE(s.pops.empty()) << describe(s.pops.front());
  EXPECT_LE(s.peakSpeed, kSlowSpeedLimit);
  EXPECT_GT(s.peakSpeed, 1.0);
  EXPECT_LT(s.peakStrain, model().arteries().params().greenBelowPercent());
}

// Every gentle exercise strains the artery less than a full comfortable head turn; the
// forceful twist strains it more than any gentle program.
TEST(Simulation, GentleExercisesStayBelowAComfortableTurnAndTheTwistAboveThemAll) {
  const double turn = run(program("controlled_rotation"), 0.02).peakStrain;
  const double twist = run(program("forceful_self_twist")).peakStrain;
  for (const char* id : {"chin_tuck", "thoracic_extension_chair", "seated_rotation", "shoulder_blade_squeeze", "neck_side_bend"}) {
    const double peak = run(program(id), 0.02).peakStrain;
    EXPECT_LT(peak, turn) << id;
    EXPECT_GT(twist, peak) << id;
  }
  EXPECT_GT(twist, turn);
  EXPECT_LT(run(program("shoulder_blade_squeeze"), 0.02).peakStrain, 0.1);
  EXPECT_LT(run(program("seated_rotation"), 0.02).peakStrain, 1.0);  // the head follows the chest a little
}

INSTANTIATE_TEST_SUITE_P(FiveExercisesAndControlledRotation, GentlePrograms,
                         ::testing::Values("chin_tuck", "thoracic_extension_chair", "seated_rotation",
                                           "shoulder_blade_squeeze", "neck_side_bend", "controlled_rotation"));

TEST(Simulation, ExercisesCarryDosageForTheUi) {
  const auto& tuck = program("chin_tuck");
  EXPECT_EQ(tuck.category, MotionCategory::Exercise);
  EXPECT_DOUBLE_EQ(tuck.holdS, 5.0);
  EXPECT_EQ(tuck.repetitions, 10);
  EXPECT_FALSE(tuck.worksOn.empty());
  EXPECT_FALSE(tuck.description.empty());
  EXPECT_NEAR(tuck.durationS(), 10 * tuck.cycleDurationS(), 1e-9);
}

TEST(Simulation, ForcefulSelfTwistGoesBeyondTheActiveRangeAtHundredsOfDegreesPerSecond) {
  const RunStats twist = run(program("forceful_self_twist"));
  const RunStats gentle = run(program("controlled_rotation"), 0.02);
  EXPECT_GE(twist.worstZone, Zone::BeyondActive);
  EXPECT_NE(twist.worstZone, Zone::BeyondPhysiological);
  EXPECT_GE(twist.peakSpeed, 300.0);  // B7: fast rotation 348 °/s, vigorous yaw 780 °/s
  EXPECT_LE(twist.peakSpeed, 900.0);
  EXPECT_GT(twist.peakV3[kRight], gentle.peakV3[kRight] + 2.0);
}

TEST(Simulation, ForcefulTwistPopsTwoToFourJointsWhereTheStudiesHeardThem) {
  const RunStats s = run(program("forceful_self_twist"));
  std::vector<CavitationEvent> first, second;  // the turn to the left, then to the right
  for (const auto& e : s.pops) (e.timeS < 0.9 ? first : second).push_back(e);
  ASSERT_GE(first.size(), 2u);
  EXPECT_LE(first.size(), 4u);
  EXPECT_LE(first.back().timeS - first.front().timeS, 0.12);  // within about a tenth of a second
  bool c1c2Left = false, c1c2Right = false;
  for (const auto& e : s.pops) {
    EXPECT_NE(e.segment, seg(Vertebra::C0)) << describe(e);  // no evidence for C0–C1 in a turn
    if (e.segment >= seg(Vertebra::C2) && e.segment <= seg(Vertebra::C6)) {
      // Mid-neck pops on the side the face turns to: left first, then right.
      EXPECT_EQ(e.side, e.timeS < 0.9 ? Side::Left : Side::Right) << describe(e);
    }
  }
  for (const auto& e : first)
    if (e.segment == seg(Vertebra::C1)) (e.side == Side::Left ? c1c2Left : c1c2Right) = true;
  EXPECT_TRUE(c1c2Left && c1c2Right);
  // The second turn comes within the refractory period: the C1–C2 joints cannot pop again.
  EXPECT_LT(second.size(), first.size());
  for (const auto& e : second) EXPECT_NE(e.segment, seg(Vertebra::C1)) << describe(e);
}

TEST(Simulation, ClinicianThrustPopsSeveralJointsOnBothSidesWithASmallFastImpulse) {
  const auto& thrust = program("clinician_thrust");
  const RunStats s = run(thrust);
  EXPECT_GE(s.pops.size(), 2u);
  EXPECT_LE(s.pops.size(), 6u);
  bool left = false, right = false;
  for (const auto& e : s.pops) {
    (e.side == Side::Left ? left : right) = true;
    EXPECT_LE(e.segment, seg(Vertebra::C2)) << describe(e);  // at or next to the target C1–C2
  }
  EXPECT_TRUE(left && right);
  EXPECT_LE(s.worstZone, Zone::EndRange);
  EXPECT_LT(s.peakSpeed, run(program("forceful_self_twist")).peakSpeed / 3.0);
  EXPECT_LE(s.maxGapChange, model().data().cavitation.thrustGappingMaxMm + 0.3);
}

TEST(Simulation, RefractoryPeriodHoldsAcrossRepeatedThrusts) {
  Simulation sim(model(), program("clinician_thrust"), 0.001);
  const RunStats first = run(program("clinician_thrust"), 0.001, &sim);
  ASSERT_GE(first.pops.size(), 2u);
  sim.restartProgram(60.0);  // one minute later
  EXPECT_TRUE(run(program("clinician_thrust"), 0.001, &sim).pops.empty());
  sim.restartProgram(model().data().cavitation.refractoryS);  // well over 20 minutes later
  EXPECT_EQ(run(program("clinician_thrust"), 0.001, &sim).pops.size(), first.pops.size());
}

TEST(Simulation, SlowStretchToTheThrustEndpointDoesNotPop) {
  MotionProgram slow = program("clinician_thrust");
  for (auto& phase : slow.phases) phase.durationS = std::max(phase.durationS, 3.0);
  EXPECT_TRUE(run(slow, 0.005).pops.empty());
}

TEST(Simulation, IsDeterministicAndReportsTheCurrentInstruction) {
  Simulation a(model(), program("forceful_self_twist"), 0.002);
  Simulation b(model(), program("forceful_self_twist"), 0.002);
  while (!a.finished()) {
    const auto& fa = a.step();
    const auto& fb = b.step();
    ASSERT_EQ(fa.timeS, fb.timeS);
    ASSERT_EQ(fa.headAngularSpeedDegS, fb.headAngularSpeedDegS);
    ASSERT_EQ(fa.state.facets[1][0].gapMm, fb.state.facets[1][0].gapMm);
  }
  EXPECT_FALSE(a.currentInstruction().empty());
  EXPECT_TRUE(b.step().pops.empty());  // past the end the pose stays put
}

}  // namespace
}  // namespace spineview::biomech::test
