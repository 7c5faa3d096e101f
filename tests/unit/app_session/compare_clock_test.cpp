// The comparison's time base: the forceful twist slowed so its first movement lasts as long as
// the controlled turn's, both first movements starting together, the true times kept.
#include <gtest/gtest.h>

#include "session/compare_clock.h"

namespace spineview::app {
namespace {

biomech::MotionProgram program(std::vector<std::pair<biomech::PhaseKind, double>> phases, int repetitions = 1) {
  biomech::MotionProgram p;
  p.repetitions = repetitions;
  for (auto [kind, seconds] : phases) p.phases.push_back({kind, seconds});
  return p;
}

TEST(CompareClock, TheTwistIsSlowedToTheControlledTurnAndStartsWithIt) {
  using K = biomech::PhaseKind;
  // Like the shipped motions: a 0.3 s jerk (two moves) in a 2.1 s program; a 4 s turn in a 26 s cycle.
  const auto forceful = program({{K::Move, 0.22}, {K::Move, 0.08}, {K::Return, 0.6}, {K::Hold, 0.3}, {K::Move, 0.3}, {K::Return, 0.6}});
  const auto controlled = program({{K::Hold, 1.0}, {K::Move, 4.0}, {K::Hold, 5.0}, {K::Return, 4.0}}, 3);
  const CompareClock c = compareClock(forceful, controlled);
  EXPECT_EQ(c.slowFactor, 13);  // 4.0 / 0.30, rounded
  EXPECT_DOUBLE_EQ(c.controlledStartS, 1.0);
  EXPECT_DOUBLE_EQ(c.forcefulTime(1.0), 0.0) << "both first movements start together";
  EXPECT_NEAR(c.forcefulTime(1.0 + 13 * 0.3), 0.3, 1e-9) << "and end together";
  EXPECT_DOUBLE_EQ(c.controlledTime(5.0), 5.0) << "the controlled turn plays in real time";
  EXPECT_NEAR(c.timelineOfForceful(0.3), 1.0 + 13 * 0.3, 1e-9);
  // One controlled repetition (14 s) is shorter than the slowed twist (1 + 13 * 2.1 s).
  EXPECT_NEAR(c.timelineS, 1.0 + 13 * 2.1, 1e-9);
  EXPECT_DOUBLE_EQ(c.forcefulTime(c.timelineS + 5.0), 2.1) << "clamped at its end";
}

TEST(CompareClock, TwoMotionsAtOneSpeedStayOnOneClock) {
  using K = biomech::PhaseKind;
  const auto a = program({{K::Move, 2.0}, {K::Return, 2.0}});
  const CompareClock c = compareClock(a, a);
  EXPECT_EQ(c.slowFactor, 1);
  EXPECT_DOUBLE_EQ(c.forcefulTime(1.5), 1.5);
  EXPECT_DOUBLE_EQ(c.timelineS, 4.0);
}

}  // namespace
}  // namespace spineview::app
