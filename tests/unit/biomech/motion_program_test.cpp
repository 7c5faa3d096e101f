// Motion-program loader: every shipped program loads; malformed files get an error that names
// the file, the JSON pointer and the problem.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "biomech/motion_program.h"

namespace spineview::biomech {
namespace {

namespace fs = std::filesystem;

class MotionFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("spineview_motion_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path write(const std::string& name, const std::string& text) {
    const fs::path p = dir_ / name;
    std::ofstream(p) << text;
    return p;
  }

  static std::string valid(const std::string& phases) {
    return R"({"id": "demo", "name": "Demo", "category": "exercise", "description": "d", "works_on": "w",
               "start_position": "Sit tall.", "handout": {"view": "left", "frame": "neck"},
               "dosage": {"hold_s": 5, "repetitions": 2, "source": "s", "tag": "V", "sets": {"value": 1, "source": "s", "tag": "clinician_default"}, "times_per_day": {"value": 2, "source": "s", "tag": "V"}, "days_per_week": {"value": 7, "source": "s", "tag": "V"}, "rest_s": {"value": 10, "source": "s", "tag": "clinician_default"}, "stop_if": {"text": "it hurts.", "source": "s", "tag": "D"}}, "phases": )" + phases + "}";
  }

  fs::path dir_;
};

TEST(MotionLibrary, ShippedProgramsAllLoad) {
  auto lib = loadMotionLibrary(fs::path(SPINEVIEW_TEST_ASSET_DIR) / "motions");
  ASSERT_TRUE(lib) << lib.message();
  EXPECT_EQ(lib->size(), 8u);
  for (const auto& p : *lib) {
    EXPECT_FALSE(p.displayName.empty());
    EXPECT_FALSE(p.phases.empty());
    for (const auto& ph : p.phases) EXPECT_FALSE(ph.instruction.empty()) << p.id;
  }
}

// Every exercise carries the handout's dose (sets, times a day, days a week, rest, stop if), each
// figure with a source or marked as a clinician default, a starting position and its framing.
TEST(MotionLibrary, EveryExerciseHasAHomeDoseWithSources) {
  auto lib = loadMotionLibrary(fs::path(SPINEVIEW_TEST_ASSET_DIR) / "motions");
  ASSERT_TRUE(lib) << lib.message();
  int exercises = 0;
  for (const auto& p : *lib) {
    if (p.category != MotionCategory::Exercise) {
      EXPECT_FALSE(p.home) << p.id;
      continue;
    }
    ++exercises;
    ASSERT_TRUE(p.home) << p.id;
    EXPECT_FALSE(p.startPosition.empty()) << p.id;
    EXPECT_FALSE(p.home->stopIf.empty()) << p.id;
    EXPECT_FALSE(p.home->stopIfSource.empty()) << p.id;
    for (const auto* d : {&p.home->sets, &p.home->timesPerDay, &p.home->daysPerWeek, &p.home->restS}) {
      EXPECT_FALSE(d->source.empty()) << p.id;
      EXPECT_TRUE(d->clinicianDefault() || d->tag == "V" || d->tag == "S" || d->tag == "U" || d->tag == "D") << p.id;
      EXPECT_EQ(d->source.find("shared/reference"), std::string::npos) << p.id << ": cite the original source";
    }
    EXPECT_GE(p.home->daysPerWeek.value, 1);
    EXPECT_LE(p.home->daysPerWeek.value, 7);
  }
  EXPECT_EQ(exercises, 5);
}

TEST_F(MotionFileTest, AnExerciseWithoutItsHomeDoseIsNamed) {
  std::string text = valid(R"([{"type": "hold", "duration_s": 1, "instruction": "x"}])");
  const auto at = text.find(R"("times_per_day": {"value": 2, "source": "s", "tag": "V"}, )");
  ASSERT_NE(at, std::string::npos);
  text.erase(at, std::string(R"("times_per_day": {"value": 2, "source": "s", "tag": "V"}, )").size());
  auto p = loadMotionProgram(write("demo.json", text));
  ASSERT_FALSE(p);
  EXPECT_NE(p.message().find("/dosage"), std::string::npos) << p.message();
  EXPECT_NE(p.message().find("times_per_day"), std::string::npos) << p.message();

  std::string badTag = valid(R"([{"type": "hold", "duration_s": 1, "instruction": "x"}])");
  badTag.replace(badTag.find("clinician_default"), std::string("clinician_default").size(), "guess");
  auto q = loadMotionProgram(write("demo.json", badTag));
  ASSERT_FALSE(q);
  EXPECT_NE(q.message().find("/dosage/sets/tag"), std::string::npos) << q.message();

  std::string badView = valid(R"([{"type": "hold", "duration_s": 1, "instruction": "x"}])");
  badView.replace(badView.find(R"("view": "left")"), std::string(R"("view": "left")").size(), R"("view": "sideways")");
  auto r = loadMotionProgram(write("demo.json", badView));
  ASSERT_FALSE(r);
  EXPECT_NE(r.message().find("/handout/view"), std::string::npos) << r.message();
}

TEST_F(MotionFileTest, ValidFileLoadsWithPhasesAndCurves) {
  auto p = loadMotionProgram(write("demo.json", valid(R"([
      {"type": "move", "duration_s": 2, "to": {"head_rotation": 50, "segments": [{"segment": "C1-C2", "axial_rotation": 2}]}, "instruction": "turn"},
      {"type": "hold", "duration_s": 5, "instruction": "hold"},
      {"type": "return", "duration_s": 2, "curve": "linear", "instruction": "back"}])")));
  ASSERT_TRUE(p) << p.message();
  EXPECT_EQ(p->phases.size(), 3u);
  EXPECT_DOUBLE_EQ(p->phases[0].to.regionalPercent[static_cast<int>(RegionalAxis::HeadRotation)], 50.0);
  EXPECT_DOUBLE_EQ(p->phases[0].to.segmentOffsetDeg[1].axialRotation, 2.0);
  EXPECT_EQ(p->phases[2].curve, TimeCurve::Linear);
  EXPECT_DOUBLE_EQ(p->durationS(), 18.0);
}

struct BadCase {
  const char* json;
  const char* pointer;
  const char* problem;
};

TEST_F(MotionFileTest, MalformedFilesNameFilePointerAndProblem) {
  const BadCase cases[] = {
      {R"([{"type": "move", "duration_s": 2, "to": {"head_twist": 50}, "instruction": "x"}])", "/phases/0/to/head_twist", "unknown target"},
      {R"([{"type": "spin", "duration_s": 2, "instruction": "x"}])", "/phases/0/type", "expected \"move\""},
      {R"([{"type": "hold", "duration_s": -1, "instruction": "x"}])", "/phases/0/duration_s", "outside the allowed range"},
      {R"([{"type": "move", "duration_s": 1, "instruction": "x"}])", "/phases/0", "needs a \"to\""},
      {R"([{"type": "move", "duration_s": 1, "to": {"head_rotation": 500}, "instruction": "x"}])", "/phases/0/to/head_rotation", "outside"},
      {R"([{"type": "hold", "duration_s": 1}])", "/phases/0", "missing field \"instruction\""},
      {R"([{"type": "move", "duration_s": 1, "to": {"segments": [{"segment": "C9-C10"}]}, "instruction": "x"}])", "/phases/0/to/segments/0/segment", "not a segment"},
      {R"([])", "/phases", "at least one phase"},
  };
  for (const auto& c : cases) {
    const fs::path f = write("demo.json", valid(c.json));
    auto r = loadMotionProgram(f);
    ASSERT_FALSE(r) << c.json;
    EXPECT_NE(r.message().find(f.string()), std::string::npos) << r.message();
    EXPECT_NE(r.message().find(c.pointer), std::string::npos) << r.message();
    EXPECT_NE(r.message().find(c.problem), std::string::npos) << r.message();
  }
}

TEST_F(MotionFileTest, BrokenJsonAndWrongIdAreReported) {
  auto broken = loadMotionProgram(write("demo.json", "{ \"id\": "));
  ASSERT_FALSE(broken);
  EXPECT_NE(broken.message().find("demo.json:1:"), std::string::npos) << broken.message();
  auto wrongId = loadMotionProgram(write("other.json", valid(R"([{"type": "hold", "duration_s": 1, "instruction": "x"}])")));
  ASSERT_FALSE(wrongId);
  EXPECT_NE(wrongId.message().find("/id"), std::string::npos) << wrongId.message();
  auto missing = loadMotionProgram(dir_ / "absent.json");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.message().find("absent.json"), std::string::npos);
}

TEST_F(MotionFileTest, LibraryFailsOnTheFirstBadFileAndOnAnEmptyFolder) {
  auto empty = loadMotionLibrary(dir_);
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.message().find("no motion programs"), std::string::npos);
  write("demo.json", valid(R"([{"type": "hold", "duration_s": 1, "instruction": "x"}])"));
  write("zzz.json", "[1, 2]");
  auto lib = loadMotionLibrary(dir_);
  ASSERT_FALSE(lib);
  EXPECT_NE(lib.message().find("zzz.json"), std::string::npos) << lib.message();
}

TEST(MotionCurve, MinimumJerkIsSmoothAndMonotonic) {
  EXPECT_DOUBLE_EQ(curveProgress(TimeCurve::MinimumJerk, 0.0), 0.0);
  EXPECT_DOUBLE_EQ(curveProgress(TimeCurve::MinimumJerk, 0.5), 0.5);
  EXPECT_DOUBLE_EQ(curveProgress(TimeCurve::MinimumJerk, 1.0), 1.0);
  EXPECT_LT(curveProgress(TimeCurve::MinimumJerk, 0.01), 0.001);  // zero start velocity
  double last = 0.0;
  for (int i = 1; i <= 100; ++i) {
    const double v = curveProgress(TimeCurve::MinimumJerk, i / 100.0);
    EXPECT_GE(v, last);
    last = v;
  }
}

}  // namespace
}  // namespace spineview::biomech
