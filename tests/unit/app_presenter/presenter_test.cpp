// Presenter mode: lessons open at step 1, the clicker commands move between steps, a step's
// time range holds or loops, and a step whose command fails still shows, with a notice.
#include <gtest/gtest.h>

#include "lessons/presenter.h"
#include "presenter_fixture.h"

namespace spineview::app {
namespace {

void advance(Session& s, double seconds, double dt = 0.05) {
  for (double t = 0; t < seconds; t += dt) {
    s.update(dt);
    lessons::enforceStepRange(s);
  }
}

TEST(Presenter, LessonOpensAtStepOneAndClickerMovesThroughSteps) {
  auto s = test::makeSession();
  ASSERT_TRUE(s);
  ASSERT_TRUE(s->execute("lesson why_necks_crack").ok());
  const auto& p = s->state().presenter;
  EXPECT_TRUE(p.active);
  EXPECT_EQ(p.step, 1);
  ASSERT_TRUE(p.lesson);
  EXPECT_EQ(p.lesson->title, "Why necks crack");
  EXPECT_TRUE(s->execute("lesson-step next").ok());
  EXPECT_EQ(p.step, 2);
  EXPECT_TRUE(s->execute("lesson-step prev").ok());
  EXPECT_TRUE(s->execute("lesson-step prev").ok());  // stays on the first step
  EXPECT_EQ(p.step, 1);
  EXPECT_TRUE(s->execute("lesson-step last").ok());
  EXPECT_EQ(p.step, static_cast<int>(p.lesson->steps.size()));
  EXPECT_TRUE(s->execute("lesson-step next").ok());  // stays on the last
  EXPECT_EQ(p.step, static_cast<int>(p.lesson->steps.size()));
  EXPECT_FALSE(s->execute("lesson-step 42").ok());
  EXPECT_FALSE(s->execute("lesson-step soon").ok());
  EXPECT_TRUE(s->execute("presenter off").ok());
  EXPECT_FALSE(p.active);
  EXPECT_FALSE(s->execute("lesson nonexistent").ok());
}

TEST(Presenter, StepAppliesItsMotionModeSpeedAndHoldsAtTheEndOfItsRange) {
  auto s = test::makeSession();
  ASSERT_TRUE(s->execute("lesson why_necks_crack").ok());
  ASSERT_TRUE(s->execute("lesson-step 3").ok());  // forceful twist 0 … 0.4 s at 0.1×, hold
  EXPECT_EQ(s->state().playback.motionId, "forceful_self_twist");
  EXPECT_DOUBLE_EQ(s->state().playback.speed, 0.1);
  EXPECT_TRUE(s->state().playback.playing);
  advance(*s, 6.0);  // 0.6 s of program time at 0.1×: past the end of the range
  EXPECT_NEAR(s->state().playback.timeS, 0.4, 1e-9);
  EXPECT_FALSE(s->state().playback.playing);
}

TEST(Presenter, LoopingStepStaysInsideItsRange) {
  auto s = test::makeSession();
  ASSERT_TRUE(s->execute("lesson why_necks_crack").ok());
  ASSERT_TRUE(s->execute("lesson-step 2").ok());  // controlled rotation 0 … 4 s at 0.5×, loop
  for (int i = 0; i < 40; ++i) {
    advance(*s, 0.5);
    ASSERT_LE(s->state().playback.timeS, 4.0 + 1e-9);
  }
  EXPECT_TRUE(s->state().playback.playing);
  ASSERT_TRUE(s->execute("lesson-step 8").ok());  // the comparison step
  EXPECT_EQ(s->state().mode, AppMode::Compare);
}

TEST(Presenter, AFailingStepCommandLeavesAWarningAndTheStepStillShows) {
  auto s = test::makeSession();
  const auto file = test::scratchDir("presenter") / "odd.json";
  test::writeText(file, R"({"title": "Odd", "steps": [{"caption": "one", "motion": "no_such_motion", "range": [0, 1]}]})");
  const auto before = s->notices().size();
  ASSERT_TRUE(s->execute("lesson " + file.string()).ok());
  EXPECT_EQ(s->state().presenter.step, 1);
  ASSERT_EQ(s->notices().size(), before + 1);
  EXPECT_EQ(s->notices().back().kind, Notice::Kind::Warning);
  EXPECT_NE(s->notices().back().text.find("no_such_motion"), std::string::npos) << s->notices().back().text;
}

TEST(Presenter, MalformedLessonFileIsRefusedWithItsNameAndPointer) {
  auto s = test::makeSession();
  const auto file = test::scratchDir("presenter") / "bad.json";
  test::writeText(file, R"({"title": "Bad", "steps": [{"caption": "x", "end": "sometimes"}]})");
  auto done = s->execute("lesson " + file.string());
  ASSERT_FALSE(done.ok());
  EXPECT_NE(done.message().find("bad.json: /steps/0/end"), std::string::npos) << done.message();
  EXPECT_FALSE(s->state().presenter.active);
}

}  // namespace
}  // namespace spineview::app
