// Lesson files: the shipped lessons are complete and consistent with the motion library, and
// malformed files give an error naming the file, the JSON pointer and the problem.
#include <algorithm>

#include <gtest/gtest.h>

#include "biomech/motion_program.h"
#include "lessons/lesson.h"
#include "presenter_fixture.h"

namespace spineview::app::lessons {
namespace {

const std::filesystem::path kLessons = std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "lessons";

TEST(Lesson, ShippedLessonsHaveSixToTenStepsThatUseRealMotionsWithinTheirDuration) {
  auto motions = biomech::loadMotionLibrary(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "motions");
  ASSERT_TRUE(motions.ok()) << motions.message();
  for (const char* id : {"why_necks_crack", "safe_relief_upper_back"}) {
    auto lesson = loadLesson(kLessons / (std::string(id) + ".json"));
    ASSERT_TRUE(lesson.ok()) << lesson.message();
    EXPECT_GE(lesson->steps.size(), 6u) << id;
    EXPECT_LE(lesson->steps.size(), 10u) << id;
    std::string motion = "controlled_rotation";
    std::string mode = "explore";
    for (std::size_t i = 0; i < lesson->steps.size(); ++i) {
      const auto& step = lesson->steps[i];
      if (step.motion) motion = *step.motion;
      if (step.mode) mode = *step.mode;
      double duration = 0;
      for (const auto& m : *motions) {
        if (mode == "compare" && (m.id == "forceful_self_twist" || m.id == "controlled_rotation")) duration = std::max(duration, m.durationS());
        else if (mode != "compare" && m.id == motion) duration = m.durationS();
      }
      EXPECT_GT(duration, 0.0) << id << " step " << i + 1 << ": motion " << motion << " is not in the library";
      EXPECT_LE(step.toS, duration + 1e-9) << id << " step " << i + 1;
      EXPECT_FALSE(step.caption.empty());
    }
  }
}

TEST(Lesson, StepBecomesSessionCommandsInOrder) {
  LessonStep step;
  step.caption = "x";
  step.mode = "compare";
  step.view = "left";
  step.layers = std::vector<std::string>{"bones", "arteries"};
  step.speed = 0.25;
  step.fromS = 1.0;
  step.toS = 2.0;
  EXPECT_EQ(stepCommands(step), (std::vector<std::string>{"reset-view", "mode compare", "layers bones,arteries", "view left",
                                                          "speed 0.250", "seek 1.000", "play"}));
  step.toS = 1.0;
  EXPECT_EQ(stepCommands(step).back(), "pause");
}

// Stepping back from a compare step must not leave the lecturer in compare mode, nor at the
// compare step's speed.
TEST(Lesson, StepWithoutModeOrSpeedResetsThem) {
  LessonStep step;
  step.caption = "x";
  step.motion = "chin_tuck";
  const auto commands = stepCommands(step);
  ASSERT_GE(commands.size(), 2u);
  EXPECT_EQ(commands[0], "reset-view") << "x-ray, cuts and layers of an earlier step do not carry over";
  EXPECT_EQ(commands[1], "mode explore");
  EXPECT_NE(std::find(commands.begin(), commands.end(), "view left"), commands.end()) << "the default view";
  EXPECT_NE(std::find(commands.begin(), commands.end(), "speed 1.000"), commands.end());
}

struct Malformed {
  const char* text;
  const char* expected;  // part of the message: the pointer and the problem
};

class MalformedLesson : public ::testing::TestWithParam<Malformed> {};

TEST_P(MalformedLesson, GivesAClearErrorNamingFileAndPointer) {
  const auto file = test::scratchDir("lessons") / "broken.json";
  test::writeText(file, GetParam().text);
  auto lesson = loadLesson(file);
  ASSERT_FALSE(lesson.ok());
  EXPECT_NE(lesson.message().find("broken.json"), std::string::npos) << lesson.message();
  EXPECT_NE(lesson.message().find(GetParam().expected), std::string::npos) << lesson.message();
}

INSTANTIATE_TEST_SUITE_P(
    Files, MalformedLesson,
    ::testing::Values(Malformed{"{\"title\": \"t\", \"steps\": [", "broken.json:1:26: not valid JSON"},
                      Malformed{"[1, 2]", "expected an object"},
                      Malformed{"{\"steps\": [{\"caption\": \"c\"}]}", "title"},
                      Malformed{"{\"title\": \"t\", \"steps\": []}", "/steps: a lesson needs at least one step"},
                      Malformed{"{\"title\": \"t\", \"steps\": [{\"caption\": \"c\", \"range\": [2, 1]}]}", "/steps/0/range: the end comes before"},
                      Malformed{"{\"title\": \"t\", \"steps\": [{\"caption\": \"c\", \"range\": [0, \"x\"]}]}", "/steps/0/range/1"},
                      Malformed{"{\"title\": \"t\", \"steps\": [{\"caption\": \"c\", \"layers\": [\"spleen\"]}]}", "/steps/0/layers/0"},
                      Malformed{"{\"title\": \"t\", \"steps\": [{\"caption\": \"c\"}, {\"caption\": \"c\", \"view\": \"sideways\"}]}", "/steps/1/view"},
                      Malformed{"{\"title\": \"t\", \"steps\": [{\"caption\": \"c\", \"speed\": 9}]}", "/steps/0/speed"},
                      Malformed{"{\"title\": \"t\", \"steps\": [{\"caption\": \"c\", \"colour\": 1}]}", "/steps/0/colour: unknown field"},
                      Malformed{"{\"title\": \"t\", \"steps\": [{\"caption\": \"\"}]}", "/steps/0/caption: must not be empty"}),
    [](const ::testing::TestParamInfo<Malformed>& info) { return "case" + std::to_string(info.index); });

TEST(Lesson, UserLessonsInTheDataFolderAreFoundAndShadowShippedOnes) {
  ASSERT_NE(test::makeSession(), nullptr);  // also points XDG_DATA_HOME at a scratch folder
  const auto userDir = lessonSearchPath().front();
  test::writeText(userDir / "my_lecture.json", R"({"title": "Mine", "steps": [{"caption": "hello"}]})");
  auto found = resolveLesson("my_lecture");
  ASSERT_TRUE(found.ok()) << found.message();
  EXPECT_EQ(*found, userDir / "my_lecture.json");
  const auto ids = availableLessons();
  EXPECT_NE(std::find(ids.begin(), ids.end(), "my_lecture"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "why_necks_crack"), ids.end());
  auto missing = resolveLesson("no_such_lesson");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("why_necks_crack"), std::string::npos) << "the error lists what exists";
}

}  // namespace
}  // namespace spineview::app::lessons
