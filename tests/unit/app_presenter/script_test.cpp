// Scripted sessions without a GPU (pictures come from a stand-in renderer): commands, frames,
// expectations and keys; malformed lines name the file and line and give exit code 2.
#include <gtest/gtest.h>

#include "frontend/script_runner.h"
#include "presenter_fixture.h"

namespace spineview::app {
namespace {

core::Result<core::RgbaImage> grey() { return core::RgbaImage{4, 2, std::vector<std::uint8_t>(4 * 2 * 4, 128)}; }

ScriptResult run(Session& s, const std::vector<std::string>& lines) { return runScript(s, "t.svscript", lines, grey); }

TEST(Script, CommandsFramesKeysAndExpectations) {
  auto s = test::makeSession();
  const auto result = run(*s, {"# a comment", "", "motion controlled_rotation", "play", "frames 60 0.0333333",
                               "expect playback.time >= 1.9", "expect playback.time < 2.1", "expect playback.playing == true",
                               "mode compare", "expect mode == compare", "key space", "expect playback.playing == false",
                               "lesson why_necks_crack", "key pagedown", "expect presenter.step == 2", "key end",
                               "expect presenter.step == 9", "key escape", "expect presenter.active == false"});
  EXPECT_EQ(result.exitCode, 0) << result.message;
  EXPECT_EQ(result.linesRun, 17);
}

TEST(Script, FailedExpectationNamesFileLineAndValue) {
  auto s = test::makeSession();
  const auto result = run(*s, {"seek 1", "expect playback.time > 5"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_NE(result.message.find("t.svscript:2: expected playback.time > 5, but it is 1.000000"), std::string::npos) << result.message;
}

TEST(Script, MalformedLinesGiveExitTwoWithFileAndLine) {
  auto s = test::makeSession();
  const std::vector<std::pair<std::string, std::string>> cases{
      {"frobnicate 3", "t.svscript:1: unknown command \"frobnicate\""},
      {"frames", "t.svscript:1: usage: frames N [DT]"},
      {"frames -3", "t.svscript:1: frames: N must be"},
      {"expect playback.time", "t.svscript:1: usage: expect PATH OP VALUE"},
      {"expect nonsense.path == 1", "t.svscript:1: \"nonsense.path\" is not a readable state path"},
      {"expect mode ~ compare", "t.svscript:1: \"~\" is not one of"},
      {"key banana", "t.svscript:1: \"banana\" is not a key name"},
      {"seek \"unclosed", "t.svscript:1: unclosed quote"},
  };
  for (const auto& [line, expected] : cases) {
    const auto result = run(*s, {line});
    EXPECT_EQ(result.exitCode, 2) << line;
    EXPECT_NE(result.message.find(expected), std::string::npos) << line << " → " << result.message;
  }
  const auto badArgs = run(*s, {"speed 40"});
  EXPECT_EQ(badArgs.exitCode, 1) << "a known command with a bad value";
  EXPECT_NE(badArgs.message.find("t.svscript:1:"), std::string::npos);
}

TEST(Script, ScreenshotAndGoldenUseTheRenderer) {
  auto s = test::makeSession();
  const auto dir = test::scratchDir("script");
  EXPECT_EQ(run(*s, {"screenshot " + (dir / "a.png").string()}).exitCode, 0);
  EXPECT_TRUE(std::filesystem::exists(dir / "a.png"));
  ::setenv("SPINEVIEW_GOLDEN_DIR", dir.c_str(), 1);
  ::setenv("SPINEVIEW_TEST_OUTPUT", dir.c_str(), 1);
  std::filesystem::copy_file(dir / "a.png", dir / "same.png");
  EXPECT_EQ(run(*s, {"golden same"}).exitCode, 0);
  const auto missing = run(*s, {"golden absent"});
  EXPECT_EQ(missing.exitCode, 1);
  EXPECT_NE(missing.message.find("SPINEVIEW_UPDATE_GOLDEN"), std::string::npos) << missing.message;
  ::unsetenv("SPINEVIEW_GOLDEN_DIR");
}

TEST(Script, ImagesCompareWithinTheStatedTolerance) {
  core::RgbaImage a{10, 10, std::vector<std::uint8_t>(400, 100)};
  core::RgbaImage b = a;
  b.pixels[0] = 108;  // within 8
  EXPECT_EQ(compareImages(a, b, {}), "");
  b.pixels[0] = 120;  // one pixel of 100 beyond: 1 % > 0.3 %
  EXPECT_NE(compareImages(a, b, {}), "");
  EXPECT_EQ(compareImages(a, b, {8, 0.02}), "");
  core::RgbaImage c{5, 10, std::vector<std::uint8_t>(200, 100)};
  EXPECT_NE(compareImages(a, c, {}).find("size"), std::string::npos);
}

}  // namespace
}  // namespace spineview::app
