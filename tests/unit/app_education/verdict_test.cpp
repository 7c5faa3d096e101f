#include "education/verdict.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "education_fixture.h"

namespace spineview::app::education {
namespace {

VerdictThresholds realThresholds() {
  const auto& f = test::educationFixture();
  auto speed = loadSpeedThresholds(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "text" / "verdict.json");
  EXPECT_TRUE(speed) << speed.message();
  return verdictThresholds(f.model->data(), speed ? &*speed : nullptr);
}

bool anyContains(const std::vector<std::string>& lines, const std::string& needle) {
  for (const auto& l : lines)
    if (l.find(needle) != std::string::npos) return true;
  return false;
}

TEST(Verdict, SpeedThresholdsComeFromTheDataFileWithTheirSources) {
  biomech::SourcesList sources;
  auto speed = loadSpeedThresholds(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "text" / "verdict.json", &sources);
  ASSERT_TRUE(speed) << speed.message();
  EXPECT_DOUBLE_EQ(speed->gentleMaxDegS, 30.0);
  EXPECT_DOUBLE_EQ(speed->fastFromDegS, 348.0);
  ASSERT_EQ(sources.entries.size(), 2u);
  EXPECT_EQ(sources.entries[1].tag, "V");
  EXPECT_NE(sources.entries[1].source.find("2010"), std::string::npos);
}

TEST(Verdict, BadSpeedFileNamesTheFileAndField) {
  const auto dir = std::filesystem::temp_directory_path() / ("spineview_verdict_test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto file = dir / "verdict.json";
  {
    std::ofstream out(file);
    out << R"({"gentle_speed_max_deg_s": {"value": 30, "source": "x", "tag": "U"}, "fast_speed_from_deg_s": {"value": 10, "source": "y", "tag": "V"}})";
  }
  auto speed = loadSpeedThresholds(file);
  ASSERT_FALSE(speed);
  EXPECT_NE(speed.message().find("verdict.json"), std::string::npos);
  EXPECT_NE(speed.message().find("fast_speed_from_deg_s"), std::string::npos);
}

// One test for everything that needs the real series: pre-running them costs seconds, and
// CTest runs each test in its own process.
TEST(Verdict, FromRealSeriesForcefulIsFlaggedAndControlledReassured) {
  const auto& f = test::educationSeries();
  const auto t = realThresholds();
  const auto forceful = summarize(f.forceful->series(), "Forceful");
  const auto controlled = summarize(f.controlled->series(), "Controlled rotation");
  auto v = computeVerdict(forceful, controlled, t);

  // Forceful: flagged for speed, range (zone), pops and the artery.
  EXPECT_TRUE(v.forcefulTooFast) << forceful.peakSpeedDegS;
  EXPECT_TRUE(v.forcefulBeyondActive) << forceful.peakUsePercent;
  EXPECT_TRUE(v.forcefulPopped);
  EXPECT_GT(forceful.pops, 0);
  EXPECT_FALSE(forceful.poppedJoints.empty());
  EXPECT_TRUE(anyContains(v.risks, "Speed:"));
  EXPECT_TRUE(anyContains(v.risks, "hypermobile"));
  EXPECT_TRUE(anyContains(v.risks, "Pops:"));
  EXPECT_TRUE(anyContains(v.risks, "stroke"));
  // The sentences carry the measured numbers.
  EXPECT_TRUE(anyContains(v.forcefulReached, formatNumber(forceful.peakSpeedDegS, 0) + " degrees a second"));
  EXPECT_TRUE(anyContains(v.forcefulReached, "Top stretch speed"));  // the rate, on its own
  EXPECT_TRUE(anyContains(v.risks, "collapsing"));                  // the pop follows the teaching article
  EXPECT_TRUE(anyContains(v.risks, anatomy::segmentName(forceful.peakSegment)));
  EXPECT_GT(forceful.peakArteryStrainPercent, controlled.peakArteryStrainPercent);

  // Controlled: slow, within its range, no pops, artery green: reassured on all four.
  EXPECT_LE(controlled.peakSpeedDegS, t.speed.gentleMaxDegS);
  EXPECT_LE(controlled.zone, biomech::Zone::EndRange);
  EXPECT_EQ(controlled.pops, 0);
  EXPECT_TRUE(v.controlledGentle);
  EXPECT_EQ(v.achieves.size(), 4u);
  EXPECT_TRUE(anyContains(v.achieves, "no pop"));
  EXPECT_NE(v.bottomLine.find("Controlled rotation"), std::string::npos);

  // The sentences follow the numbers, not the labels: two gentle motions raise no warning…
  v = computeVerdict(controlled, controlled, t);
  EXPECT_FALSE(v.forcefulTooFast);
  EXPECT_FALSE(v.forcefulPopped);
  EXPECT_TRUE(v.risks.empty());
  EXPECT_EQ(v.bottomLine, "Both moves stayed gentle in this comparison.");
  // …and a forceful motion in the "controlled" slot gets no reassurance.
  v = computeVerdict(forceful, forceful, t);
  EXPECT_FALSE(v.controlledGentle);
  EXPECT_FALSE(anyContains(v.achieves, "no pop"));
  EXPECT_FALSE(anyContains(v.achieves, "within its own range"));
  EXPECT_NE(v.bottomLine.find("not fully gentle"), std::string::npos);
}

TEST(Verdict, EndRangeWithoutPassingItIsDescribedAsSuch) {
  MotionSummary fast;
  fast.name = "Fast";
  fast.peakSpeedDegS = 200.0;
  fast.peakUsePercent = 90.0;
  fast.zone = biomech::Zone::EndRange;
  fast.peakSegment = 5;
  MotionSummary slow;
  slow.name = "Slow";
  slow.peakSpeedDegS = 20.0;
  slow.peakUsePercent = 60.0;
  const auto v = computeVerdict(fast, slow, VerdictThresholds{});
  EXPECT_TRUE(v.forcefulTooFast);
  EXPECT_FALSE(v.forcefulBeyondActive);
  EXPECT_TRUE(anyContains(v.risks, "C5–C6 reached the end of its range (90 %)"));
  EXPECT_FALSE(anyContains(v.risks, "hypermobile"));
  EXPECT_FALSE(anyContains(v.risks, "People can hardly turn faster."));
}

}  // namespace
}  // namespace spineview::app::education
