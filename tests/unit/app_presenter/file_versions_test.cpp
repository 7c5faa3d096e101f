// Format versions of the user's files: settings and lessons from an older spineview load (and
// older settings are kept once before the new format replaces them); files from a newer
// spineview are never written over, and the user is told. Also `open`/`present`: what a
// double-clicked file turns into.
#include <gtest/gtest.h>

#include "core/file_io.h"
#include "core/format_version.h"
#include "lessons/lesson.h"
#include "presenter_fixture.h"
#include "settings/settings.h"
#include "verbs/open_file.h"

namespace spineview::app {
namespace {

TEST(FormatVersion, AbsentIsOlderAndNumbersCompareWithTheCurrentVersion) {
  using core::VersionAge;
  auto absent = core::readFormatVersion(nlohmann::json::parse(R"({"a": 1})"), 1);
  ASSERT_TRUE(absent.ok());
  EXPECT_EQ(absent->version, 0);
  EXPECT_EQ(absent->age, VersionAge::Older);
  EXPECT_EQ(core::readFormatVersion(nlohmann::json::parse(R"({"version": 1})"), 1)->age, VersionAge::Current);
  EXPECT_EQ(core::readFormatVersion(nlohmann::json::parse(R"({"version": 1})"), 2)->age, VersionAge::Older);
  EXPECT_EQ(core::readFormatVersion(nlohmann::json::parse(R"({"version": 7})"), 2)->age, VersionAge::Newer);
  for (const char* bad : {R"({"version": "2"})", R"({"version": 1.5})", R"({"version": 0})", R"({"version": -3})"}) {
    auto r = core::readFormatVersion(nlohmann::json::parse(bad), 1);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_NE(r.message().find("whole number"), std::string::npos) << r.message();
  }
}

TEST(SettingsVersion, UnversionedFileMigratesAndTheOriginalIsKeptOnce) {
  const auto dir = test::scratchDir("settings-old");
  const auto file = dir / "settings.json";
  const std::string original = R"({"preferences": {"ui_scale": 1.25, "high_contrast": true}, "panels": {"help": true}})";
  test::writeText(file, original);
  const settings::LoadedSettings loaded = settings::loadSettings(file);
  EXPECT_TRUE(loaded.warnings.empty()) << loaded.warnings.front();
  EXPECT_FALSE(loaded.fromNewerVersion);
  EXPECT_FLOAT_EQ(loaded.settings.preferences.uiScale, 1.25f);
  EXPECT_TRUE(loaded.settings.preferences.highContrast);
  EXPECT_TRUE(loaded.settings.panels.help);

  ASSERT_TRUE(settings::saveSettings(file, loaded.settings).ok());
  EXPECT_EQ(*core::readTextFile(dir / "settings.json.v0.bak"), original) << "the older file is kept as it was";
  auto migrated = nlohmann::json::parse(*core::readTextFile(file));
  EXPECT_EQ(migrated["version"], settings::kSettingsVersion);
  EXPECT_EQ(migrated["preferences"]["ui_scale"], 1.25);
  // Saving again neither changes the kept copy nor makes another.
  ASSERT_TRUE(settings::saveSettings(file, settings::Settings{}).ok());
  EXPECT_EQ(*core::readTextFile(dir / "settings.json.v0.bak"), original);
  EXPECT_FALSE(std::filesystem::exists(dir / "settings.json.v1.bak"));
}

TEST(SettingsVersion, NewerFileIsReadAsFarAsUnderstoodAndNeverWrittenOver) {
  const auto dir = test::scratchDir("settings-new");
  const auto file = dir / "settings.json";
  const std::string newer =
      R"({"version": 99, "preferences": {"ui_scale": 2.0, "future_option": [1, 2]}, "panels": {"gauges": false}})";
  test::writeText(file, newer);
  const settings::LoadedSettings loaded = settings::loadSettings(file);
  EXPECT_TRUE(loaded.fromNewerVersion);
  ASSERT_EQ(loaded.warnings.size(), 1u);
  EXPECT_NE(loaded.warnings[0].find("newer spineview"), std::string::npos) << loaded.warnings[0];
  EXPECT_NE(loaded.warnings[0].find("format 99"), std::string::npos) << loaded.warnings[0];
  EXPECT_FLOAT_EQ(loaded.settings.preferences.uiScale, 2.0f);
  EXPECT_FALSE(loaded.settings.panels.gauges);

  auto saved = settings::saveSettings(file, settings::Settings{});
  ASSERT_FALSE(saved.ok());
  EXPECT_NE(saved.message().find("newer spineview"), std::string::npos) << saved.message();
  EXPECT_EQ(*core::readTextFile(file), newer) << "the newer file is untouched";

  // In a session: the notice is shown, and loadInto says the file must not be saved over.
  auto session = test::makeSession();
  EXPECT_FALSE(settings::loadInto(*session, file, false));
  ASSERT_FALSE(session->notices().empty());
  EXPECT_NE(session->notices().back().text.find("left as it is"), std::string::npos) << session->notices().back().text;
  EXPECT_EQ(*core::readTextFile(file), newer);
}

TEST(LessonVersion, UnversionedLessonLoadsAndShippedLessonsAreCurrent) {
  const auto dir = test::scratchDir("lesson-versions");
  test::writeText(dir / "old.json", R"({"title": "Old", "steps": [{"caption": "hello"}]})");
  auto old = lessons::loadLesson(dir / "old.json");
  ASSERT_TRUE(old.ok()) << old.message();
  EXPECT_EQ(old->steps.size(), 1u);
  for (const auto& id : {"why_necks_crack", "safe_relief_upper_back"}) {
    auto text = core::readTextFile(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "lessons" / (std::string(id) + ".json"));
    ASSERT_TRUE(text.ok());
    EXPECT_EQ(nlohmann::json::parse(*text)["version"], lessons::kLessonFormatVersion) << id;
  }
}

TEST(LessonVersion, NewerLessonIsRefusedWithAMessageAndLeftAsItIs) {
  const auto dir = test::scratchDir("lesson-versions");
  const std::string newer = R"({"version": 5, "title": "Future", "steps": [{"caption": "hi", "hologram": true}]})";
  test::writeText(dir / "future.spinelesson", newer);
  auto lesson = lessons::loadLesson(dir / "future.spinelesson");
  ASSERT_FALSE(lesson.ok());
  EXPECT_NE(lesson.message().find("future.spinelesson: /version: this lesson was written for a newer spineview, in format 5"),
            std::string::npos)
      << lesson.message();
  EXPECT_EQ(*core::readTextFile(dir / "future.spinelesson"), newer);
  test::writeText(dir / "bad.json", R"({"version": "one", "title": "x", "steps": [{"caption": "hi"}]})");
  auto bad = lessons::loadLesson(dir / "bad.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("/version: expected a whole number"), std::string::npos) << bad.message();
}

TEST(OpenFile, LessonFilesStartPresenterModeAndModelsOpenInTheViewer) {
  const auto dir = test::scratchDir("open-file");
  test::writeText(dir / "My lesson.spinelesson", R"({"version": 1, "title": "Mine", "steps": [{"caption": "hello"}]})");
  ViewerRequest lesson;
  lesson.commands = {"mode compare"};
  ASSERT_TRUE(addFileToOpen(dir / "My lesson.spinelesson", lesson).ok());
  ASSERT_EQ(lesson.commands.size(), 2u);
  EXPECT_EQ(lesson.commands.front(), "lesson \"" + (dir / "My lesson.spinelesson").string() + "\"") << "first, quoted";
  EXPECT_FALSE(lesson.model.file);

  ViewerRequest model;
  ASSERT_TRUE(addFileToOpen("skull.GLB", model).ok());
  EXPECT_EQ(model.model.file, std::filesystem::path("skull.GLB"));
  EXPECT_TRUE(model.commands.empty());

  ViewerRequest other;
  auto refused = addFileToOpen("notes.txt", other);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.message().find("cannot open notes.txt: spineview opens lessons (.spinelesson, .json) and models"),
            std::string::npos)
      << refused.message();
  test::writeText(dir / "bad\"name.spinelesson", R"({"version": 1, "title": "Quoted", "steps": [{"caption": "hi"}]})");
  EXPECT_FALSE(presentLessonCommand((dir / "bad\"name.spinelesson").string()).ok());
  auto unknown = presentLessonCommand("no_such_lesson");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.message().rfind("there is no lesson called \"no_such_lesson\" (available: ", 0), 0u) << unknown.message();
  auto byId = presentLessonCommand("why_necks_crack");
  ASSERT_TRUE(byId.ok()) << byId.message();
  EXPECT_NE(byId->find("why_necks_crack.json\""), std::string::npos) << *byId;
  test::writeText(dir / "empty.spinelesson", R"({"version": 1, "title": "Empty", "steps": []})");
  ViewerRequest broken;
  auto brokenLesson = addFileToOpen(dir / "empty.spinelesson", broken);
  ASSERT_FALSE(brokenLesson.ok());
  EXPECT_EQ(brokenLesson.message(), (dir / "empty.spinelesson").string() + ": /steps: a lesson needs at least one step");
  EXPECT_TRUE(broken.commands.empty());
}

TEST(OpenFile, PresentCommandOpensALessonFileWithSpacesInPresenterMode) {
  const auto dir = test::scratchDir("open-file spaces");
  test::writeText(dir / "Clinic talk.spinelesson",
                  R"({"version": 1, "title": "Clinic talk", "steps": [{"caption": "Look at the neck.", "view": "left"}]})");
  auto* session = test::makeSession();
  ViewerRequest request;
  ASSERT_TRUE(addFileToOpen(dir / "Clinic talk.spinelesson", request).ok());
  for (const auto& line : request.commands) ASSERT_TRUE(session->execute(line).ok()) << line;
  EXPECT_TRUE(session->state().presenter.active);
  ASSERT_TRUE(session->state().presenter.lesson);
  EXPECT_EQ(session->state().presenter.lesson->title, "Clinic talk");
}

}  // namespace
}  // namespace spineview::app
