// The words follow the gauges. Every program runs and, every 100 ms, the words a user sees
// then (the coach's instruction and status line, the compare caption, the lesson caption over
// its step) are checked against the gauges at that moment: no "safe", "comfortable" or "within
// your range" while any gauge is past its everyday band, "comfortable" only in the comfortable
// zone. The verdict's claims are checked against each run's peaks.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "biomech/simulation.h"
#include "education/coach.h"
#include "education/gauge_reading.h"
#include "education/verdict.h"
#include "education_fixture.h"
#include "lessons/lesson.h"

namespace spineview::app::education {
namespace {

constexpr double kCheckEveryS = 0.1;
constexpr double kStepS = 0.01;

struct Moment {
  double timeS = 0.0;
  GaugeReadings readings;
  std::string instruction;
};

// The gauge readings of a program every 100 ms (10 ms simulation steps: the bands do not
// depend on the step).
const std::vector<Moment>& moments(const std::string& id) {
  static std::map<std::string, std::vector<Moment>> cache;
  auto it = cache.find(id);
  if (it != cache.end()) return it->second;
  const auto& f = test::educationFixture();
  biomech::Simulation sim(*f.model, f.motion(id), kStepS);
  std::vector<Moment> out;
  double next = 0.0;
  for (;;) {
    if (sim.frame().programTimeS + 1e-9 >= next) {
      out.push_back({sim.frame().programTimeS, readGauges(sim.frame().state, f.model->data()), sim.currentInstruction()});
      next += kCheckEveryS;
    }
    if (sim.finished()) break;
    sim.step();
  }
  return cache.emplace(id, std::move(out)).first->second;
}

TEST(Coherence, CoachAndCaptionsAgreeWithTheGaugesEvery100Ms) {
  const auto& f = test::educationFixture();
  int checked = 0;
  for (const auto& program : f.motions) {
    for (const auto& m : moments(program.id)) {
      const auto coach = coachState(program, m.timeS);
      for (const std::string& words : {coachStatus(m.readings).text, coach.headline, coach.instruction, m.instruction,
                                       captionZoneWords(m.readings)}) {
        const std::string why = contradiction(words, m.readings);
        EXPECT_TRUE(why.empty()) << program.id << " at " << m.timeS << " s: \"" << words << "\" " << why;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 20000);
}

TEST(Coherence, TheSideBendHoldIsAGentleStretchOnEveryGauge) {
  // The exercise the app was caught contradicting itself on: at its hold every gauge is in its
  // everyday band, so the coach may call it a stretch within your own range.
  bool held = false;
  for (const auto& m : moments("neck_side_bend")) {
    if (m.timeS < 5.0 || m.timeS > 23.0) continue;
    held = true;
    EXPECT_FALSE(m.readings.anyPastEveryday()) << m.timeS;
    EXPECT_EQ(m.readings.artery, biomech::StrainGauge::Green) << m.timeS;
  }
  EXPECT_TRUE(held);
  GaugeReadings amber;
  amber.artery = biomech::StrainGauge::Amber;
  EXPECT_FALSE(contradiction("Within your own range: a safe stretch.", amber).empty());
  GaugeReadings endRange;
  endRange.zone = biomech::Zone::EndRange;
  EXPECT_FALSE(contradiction("A comfortable turn.", endRange).empty());
  EXPECT_TRUE(contradiction("Within your own range: a gentle stretch.", endRange).empty());
}

TEST(Coherence, LessonCaptionsAgreeWithTheGaugesOverTheirSteps) {
  const auto& f = test::educationFixture();
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "lessons")) {
    const auto lesson = lessons::loadLesson(entry.path());
    ASSERT_TRUE(lesson) << lesson.message();
    std::string motion = "controlled_rotation";
    for (std::size_t i = 0; i < lesson->steps.size(); ++i) {
      const auto& step = lesson->steps[i];
      if (step.motion) motion = *step.motion;
      // Compare mode shows the forceful twist and the slow turn side by side.
      std::vector<std::string> shown{motion};
      if (step.mode == std::string("compare")) shown = {"forceful_self_twist", "controlled_rotation"};
      for (const auto& id : shown) {
        for (const auto& m : moments(id)) {
          if (m.timeS < step.fromS - 1e-9 || m.timeS > step.toS + 1e-9) continue;
          const std::string why = contradiction(step.caption, m.readings);
          EXPECT_TRUE(why.empty()) << lesson->id << " step " << i + 1 << " (" << id << " at " << m.timeS << " s): " << why;
          ++checked;
        }
      }
    }
  }
  EXPECT_GT(checked, 100);
  (void)f;
}

GaugeReadings peakReadings(const MotionSummary& m, const VerdictThresholds& t, const biomech::ArteryParams& arteries) {
  GaugeReadings r;
  r.zone = m.zone;
  r.usePercent = m.peakUsePercent;
  r.arteryStrainPercent = m.peakArteryStrainPercent;
  r.artery = arteries.gauge(m.peakArteryStrainPercent);
  r.narrowestExitPercent = m.narrowestForamenPercent;
  r.exitPastEveryday = -m.narrowestForamenPercent >= t.exitEverydayBelowPercent;
  return r;
}

TEST(Coherence, VerdictClaimsMatchEachRunsPeaks) {
  const auto& f = test::educationFixture();
  auto speed = loadSpeedThresholds(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "text" / "verdict.json");
  ASSERT_TRUE(speed);
  const auto t = verdictThresholds(f.model->data(), &*speed);
  std::map<std::string, MotionSummary> summaries;
  for (const auto& p : f.motions) {
    MotionPlayer player(*f.model, p);
    summaries[p.id] = summarize(player.series(), p.displayName);
  }
  for (const auto& [forcefulId, forceful] : summaries) {
    for (const auto& [controlledId, controlled] : summaries) {
      const auto v = computeVerdict(forceful, controlled, t);
      const auto forcefulPeak = peakReadings(forceful, t, f.model->data().arteries);
      const auto controlledPeak = peakReadings(controlled, t, f.model->data().arteries);
      for (const auto& line : v.forcefulReached) EXPECT_TRUE(contradiction(line, forcefulPeak).empty()) << forcefulId << ": " << line;
      for (const auto& line : v.risks) EXPECT_TRUE(contradiction(line, forcefulPeak).empty()) << forcefulId << ": " << line;
      for (const auto* group : {&v.controlledReached, &v.achieves})
        for (const auto& line : *group) EXPECT_TRUE(contradiction(line, controlledPeak).empty()) << controlledId << ": " << line;
      EXPECT_TRUE(contradiction(v.bottomLine, controlledPeak).empty()) << controlledId << ": " << v.bottomLine;
      if (v.controlledGentle) {
        EXPECT_FALSE(controlledPeak.anyPastEveryday()) << controlledId;
      }
    }
  }
}

}  // namespace
}  // namespace spineview::app::education
