// The `simulate` verb functions (plain functions writing to streams).
#include <algorithm>
#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

#include "core/file_io.h"
#include "verbs/simulate.h"

namespace spineview::app {
namespace {

namespace fs = std::filesystem;

class SimulateVerb : public ::testing::Test {
 protected:
  void SetUp() override { ::setenv("SPINEVIEW_ASSETS", SPINEVIEW_TEST_ASSET_DIR, 1); }
  std::ostringstream out, err;
};

TEST_F(SimulateVerb, ListNamesEveryProgram) {
  ASSERT_EQ(simulateList(out, err), 0) << err.str();
  for (const char* id : {"chin_tuck", "thoracic_extension_chair", "seated_rotation", "shoulder_blade_squeeze",
                         "neck_side_bend", "controlled_rotation", "forceful_self_twist", "clinician_thrust"}) {
    EXPECT_NE(out.str().find(id), std::string::npos) << id;
  }
}

TEST_F(SimulateVerb, CsvHasAHeaderAndOneRowPerSample) {
  const fs::path csv = fs::temp_directory_path() / ("spineview_sim_" + std::to_string(::getpid()) + ".csv");
  ASSERT_EQ(simulateToCsv("clinician_thrust", 50.0, csv, out, err), 0) << err.str();
  auto text = core::readTextFile(csv);
  ASSERT_TRUE(text);
  fs::remove(csv);
  const std::string header = text->substr(0, text->find('\n'));
  for (const char* col : {"time_s", "head_speed_deg_s", "C1-C2_axial_rotation_deg", "C1-C2_zone",
                          "C1-C2_facet_left_gap_mm", "va_right_V3_strain_pct", "C5-C6_foramen_left_area_pct", "pops"}) {
    EXPECT_NE(header.find(col), std::string::npos) << col;
  }
  std::size_t rows = 0;
  for (char c : *text) rows += c == '\n';
  EXPECT_NEAR(static_cast<double>(rows - 1), 6.22 * 50 + 1, 3);
  EXPECT_NE(text->find("C1–C2 facet joint"), std::string::npos);  // the pops column
}

TEST_F(SimulateVerb, UnknownMotionAndBadPathsFailWithOneLine) {
  EXPECT_EQ(simulateToCsv("neck_crack_deluxe", 100.0, "x.csv", out, err), 1);
  EXPECT_NE(err.str().find("unknown motion \"neck_crack_deluxe\""), std::string::npos) << err.str();
  EXPECT_NE(err.str().find("--list"), std::string::npos);
  err.str("");
  const fs::path blocker = fs::temp_directory_path() / ("spineview_sim_file_" + std::to_string(::getpid()));
  ASSERT_TRUE(core::writeFileAtomic(blocker, "not a folder"));
  EXPECT_EQ(simulateToCsv("clinician_thrust", 100.0, blocker / "y.csv", out, err), 1);
  fs::remove(blocker);
  EXPECT_NE(err.str().find("cannot write"), std::string::npos) << err.str();
  err.str("");
  EXPECT_EQ(simulateToCsv("chin_tuck", 0.0, "x.csv", out, err), 1);
  EXPECT_NE(err.str().find("rate"), std::string::npos);
  err.str("");
  EXPECT_EQ(simulateCompare("chin_tuck", "nope", out, err), 1);
  const std::string message = err.str();
  EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 1) << message;
}

TEST_F(SimulateVerb, CompareShowsTheSelfTwistIsFasterAndGoesFurther) {
  ASSERT_EQ(simulateCompare("clinician_thrust", "forceful_self_twist", out, err), 0) << err.str();
  const std::string s = out.str();
  for (const char* label : {"peak head speed", "worst zone", "time beyond end range", "right VA V3", "pops"}) {
    EXPECT_NE(s.find(label), std::string::npos) << label;
  }
  EXPECT_NE(s.find("beyond active range"), std::string::npos) << s;
}

TEST_F(SimulateVerb, CompareListsStrainRateNerveExitsAndEveryPop) {
  ASSERT_EQ(simulateCompare("forceful_self_twist", "controlled_rotation", out, err), 0) << err.str();
  const std::string text = out.str();
  for (const char* row : {"peak artery strain, any part", "peak artery strain rate (%/s)", "narrowest nerve exit", "pops, forceful_self_twist:"})
    EXPECT_NE(text.find(row), std::string::npos) << row;
  EXPECT_NE(text.find("pops, controlled_rotation: none"), std::string::npos);
}

TEST_F(SimulateVerb, ValidationReportSetsTheModelBesideThePublishedFigures) {
  const fs::path md = fs::temp_directory_path() / ("spineview_validation_" + std::to_string(::getpid()) + ".md");
  ASSERT_EQ(simulateValidationReport(md, out, err), 0) << err.str();
  auto text = core::readTextFile(md);
  fs::remove(md);
  ASSERT_TRUE(text);
  for (const char* heading : {"### Turn to the left", "### Side bend to the left", "### Head forward (flexion)", "### Chin tuck",
                              "### Spurling position", "## Rank order", "## The motion programs", "## Sources of the published figures"})
    EXPECT_NE(text->find(heading), std::string::npos) << heading;
  EXPECT_NE(text->find("| 85 |"), std::string::npos);
  EXPECT_NE(text->find("[V]"), std::string::npos);
  EXPECT_EQ(text->find("**no**"), std::string::npos) << "the rank order fails somewhere";
  EXPECT_NE(text->find("forceful_self_twist"), std::string::npos);
}

}  // namespace
}  // namespace spineview::app
