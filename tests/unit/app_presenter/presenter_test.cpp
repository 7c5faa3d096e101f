// Presenter mode: lessons open at step 1, the clicker commands move between steps, a step's
// time range holds or loops, and a step whose command fails still shows, with a notice.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

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

// A lesson is checked whole when it is opened: one bad field of each kind is refused with the
// file, the field and the step, and the lesson does not open.
TEST(Presenter, ALessonWithABadFieldAnywhereDoesNotOpenAndTheErrorNamesFileFieldAndStep) {
  auto s = test::makeSession();
  const std::string good = R"({"caption": "fine", "motion": "chin_tuck", "range": [0, 2]})";
  struct Case {
    std::string step, expected;
  };
  const Case cases[] = {
      {R"({"caption": "c", "motion": "chin_tukc"})", "/steps/1/motion: there is no motion called \"chin_tukc\""},
      {R"({"caption": "c", "view": "sideways"})", "/steps/1/view"},
      {R"({"caption": "c", "layers": ["bones", "muscles"]})", "/steps/1/layers/1"},
      {R"({"caption": "c", "mode": "teach"})", "/steps/1/mode"},
      {R"({"caption": "c", "speed": 5})", "/steps/1/speed"},
      {R"({"caption": "c", "motion": "chin_tuck", "range": [0, 500]})", "/steps/1/range/1"},
      {R"({"caption": "c", "commands": ["xray maybe"]})", "/steps/1/commands/0"},
      {R"({"caption": "c", "commands": ["wiggle"]})", "/steps/1/commands/0: unknown command"},
      {R"({"caption": "c", "commands": ["quit"]})", "/steps/1/commands/0: \"quit\" cannot be used inside a lesson step"},
      {R"({"caption": "c", "frame": "elbow"})", "/steps/1/frame"},
      {R"({"caption": "c", "camera": {"yaw": 10, "pitch": 0, "distance": 5, "target": [0, 0, 0]}})", "/steps/1/camera/distance"},
      {R"({"caption": "c", "colour": "red"})", "/steps/1/colour: unknown field"},
  };
  for (const auto& c : cases) {
    const auto file = test::scratchDir("presenter") / "typo.json";
    test::writeText(file, R"({"title": "Typo", "steps": [)" + good + ", " + c.step + "]}");
    auto done = s->execute("lesson " + file.string());
    ASSERT_FALSE(done.ok()) << c.step;
    EXPECT_NE(done.message().find("typo.json: " + c.expected), std::string::npos) << done.message();
    EXPECT_FALSE(s->state().presenter.active) << c.step;
    EXPECT_FALSE(s->state().presenter.lesson) << c.step;
  }
  // The dry run leaves nothing behind.
  EXPECT_EQ(s->state().mode, AppMode::Explore);
  EXPECT_FALSE(s->state().view.xray);
}

TEST(Presenter, StepsAreCompleteInThemselvesAndTheLessonOpensInTheWindowBeforeF5) {
  auto s = test::makeSession();
  const auto file = test::scratchDir("presenter") / "two.json";
  test::writeText(file, R"({"title": "Two", "steps": [{"caption": "one", "commands": ["xray on", "isolate C5"]},
                                                      {"caption": "two", "frame": "head_and_neck"}]})");
  ASSERT_TRUE(s->execute("lesson-open " + file.string()).ok());
  EXPECT_FALSE(s->state().presenter.active) << "opened, not yet presented";
  EXPECT_EQ(s->state().presenter.step, 1);
  EXPECT_TRUE(s->state().view.xray);
  ASSERT_TRUE(s->execute("presenter on").ok());
  ASSERT_TRUE(s->execute("lesson-step next").ok());
  EXPECT_FALSE(s->state().view.xray) << "a step's x-ray does not carry into the next";
  EXPECT_FALSE(s->state().view.isolatedLevel);
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

namespace spineview::app {
namespace {

// The worked example of docs/lessons.md opens as it is written.
TEST(Presenter, TheWorkedExampleInTheLessonGuideOpens) {
  auto s = test::makeSession();
  const auto doc = std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / ".." / "docs" / "lessons.md";
  std::ifstream in(doc);
  ASSERT_TRUE(in) << doc;
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto start = text.find("```json\n");
  ASSERT_NE(start, std::string::npos);
  const auto end = text.find("\n```", start + 8);
  const auto file = test::scratchDir("presenter") / "gentle.json";
  test::writeText(file, text.substr(start + 8, end - start - 8));
  auto done = s->execute("lesson-open " + file.string());
  ASSERT_TRUE(done.ok()) << done.message();
  EXPECT_EQ(s->state().presenter.lesson->steps.size(), 4u);
  ASSERT_TRUE(s->execute("lesson-step 3").ok());
  EXPECT_TRUE(s->state().view.xray);
  ASSERT_TRUE(s->execute("lesson-step 4").ok());
  EXPECT_FALSE(s->state().view.xray);
  EXPECT_EQ(s->state().mode, AppMode::Compare);
}

}  // namespace
}  // namespace spineview::app
