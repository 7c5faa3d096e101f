// Settings survive a restart, a damaged file is kept aside with a warning, an unwritable
// folder gives a message, and out-of-range values are clamped with a warning.
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "core/file_io.h"
#include "presenter_fixture.h"
#include "settings/settings.h"

namespace spineview::app::settings {
namespace {

TEST(Settings, RoundTripKeepsPreferencesPanelsAndLastMotion) {
  const auto file = test::scratchDir("settings") / "settings.json";
  AppState state;
  state.preferences.uiScale = 1.5f;
  state.preferences.highContrast = true;
  state.preferences.colourBlindSafe = false;
  state.preferences.tourSeen = true;
  state.panels.help = true;
  state.panels.library = false;
  state.playback.motionId = "chin_tuck";
  state.preferences.emergencyNumber = "911";
  const Settings saved = captureSettings(state);
  ASSERT_TRUE(saveSettings(file, saved).ok());
  const LoadedSettings loaded = loadSettings(file);
  EXPECT_TRUE(loaded.warnings.empty());
  EXPECT_TRUE(loaded.settings == saved);
  EXPECT_FLOAT_EQ(loaded.settings.preferences.uiScale, 1.5f);
  EXPECT_EQ(loaded.settings.preferences.lastMotionId, "chin_tuck");
  EXPECT_EQ(loaded.settings.preferences.emergencyNumber, "911");
  EXPECT_TRUE(loaded.settings.panels.help);
  EXPECT_FALSE(loaded.settings.panels.library);
}

TEST(Settings, MissingFileGivesDefaultsSilently) {
  const LoadedSettings loaded = loadSettings(test::scratchDir("settings") / "none.json");
  EXPECT_TRUE(loaded.warnings.empty());
  EXPECT_FLOAT_EQ(loaded.settings.preferences.uiScale, 1.0f);
}

TEST(Settings, CorruptFileIsMovedAsideWithAWarningAndDefaultsAreUsed) {
  const auto dir = test::scratchDir("settings");
  const auto file = dir / "settings.json";
  test::writeText(file, "{\"preferences\": {\"ui_scale\": 2,");
  auto session = test::makeSession();
  const auto before = session->notices().size();
  loadInto(*session, file, true);
  EXPECT_FALSE(std::filesystem::exists(file));
  ASSERT_TRUE(std::filesystem::exists(dir / "settings.json.bak"));
  EXPECT_EQ(*core::readTextFile(dir / "settings.json.bak"), "{\"preferences\": {\"ui_scale\": 2,") << "nothing is lost";
  ASSERT_EQ(session->notices().size(), before + 1);
  EXPECT_EQ(session->notices().back().kind, Notice::Kind::Warning);
  EXPECT_NE(session->notices().back().text.find("settings.json.bak"), std::string::npos) << session->notices().back().text;
  EXPECT_FLOAT_EQ(session->state().preferences.uiScale, 1.0f);
}

TEST(Settings, UnwritableFolderGivesAMessageNotACrash) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can write anywhere; checked through a path under a file instead below";
  const auto dir = test::scratchDir("settings") / "locked";
  std::filesystem::create_directories(dir);
  ::chmod(dir.c_str(), 0500);
  auto saved = saveSettings(dir / "settings.json", Settings{});
  ::chmod(dir.c_str(), 0700);
  ASSERT_FALSE(saved.ok());
  EXPECT_NE(saved.message().find("cannot save the settings"), std::string::npos) << saved.message();
}

TEST(Settings, FolderThatIsAFileGivesAMessageNotACrash) {
  const auto dir = test::scratchDir("settings");
  test::writeText(dir / "plain_file", "x");
  auto saved = saveSettings(dir / "plain_file" / "settings.json", Settings{});
  ASSERT_FALSE(saved.ok());
  EXPECT_NE(saved.message().find("cannot save the settings"), std::string::npos) << saved.message();
}

TEST(Settings, OutOfRangeAndWrongTypedValuesAreClampedOrIgnoredWithWarnings) {
  std::vector<std::string> warnings;
  const auto s = settingsFromJson(nlohmann::json::parse(R"({"preferences": {"ui_scale": 99, "high_contrast": "yes"}})"), warnings);
  EXPECT_FLOAT_EQ(s.preferences.uiScale, kMaxUiScale);
  EXPECT_FALSE(s.preferences.highContrast);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("ui_scale"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[1].find("high_contrast"), std::string::npos) << warnings[1];
  warnings.clear();
  const auto n = settingsFromJson(nlohmann::json::parse(R"({"preferences": {"emergency_number": "call me"}})"), warnings);
  EXPECT_EQ(n.preferences.emergencyNumber, "auto");  // the region's number, with a warning
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("emergency_number"), std::string::npos) << warnings[0];
}

TEST(Settings, UiScaleCommandAcceptsTheRangeAndStepsWithPlusMinus) {
  auto s = test::makeSession();
  EXPECT_FALSE(s->execute("ui-scale 99").ok());
  EXPECT_FALSE(s->execute("ui-scale 0.5").ok());
  ASSERT_TRUE(s->execute("ui-scale 3").ok());
  ASSERT_TRUE(s->execute("ui-scale +").ok());
  EXPECT_FLOAT_EQ(s->state().preferences.uiScale, kMaxUiScale);
  ASSERT_TRUE(s->execute("ui-scale -").ok());
  EXPECT_LT(s->state().preferences.uiScale, kMaxUiScale);
  ASSERT_TRUE(s->execute("high-contrast on").ok());
  EXPECT_TRUE(s->state().preferences.highContrast);
  ASSERT_TRUE(s->execute("colour-blind-safe").ok());  // toggles
  EXPECT_FALSE(s->state().preferences.colourBlindSafe);
}

TEST(Settings, TourRunsThroughItsCardsAndIsMarkedSeen) {
  auto s = test::makeSession();
  ASSERT_TRUE(s->execute("tour").ok());
  EXPECT_TRUE(s->state().panels.tour);
  for (int i = 0; i < 4; ++i) ASSERT_TRUE(s->execute("tour next").ok());
  EXPECT_EQ(s->state().panels.tourCard, 4);
  ASSERT_TRUE(s->execute("tour next").ok());  // past the last card: done
  EXPECT_FALSE(s->state().panels.tour);
  EXPECT_TRUE(s->state().preferences.tourSeen);
}

}  // namespace
}  // namespace spineview::app::settings
