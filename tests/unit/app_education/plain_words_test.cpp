// Figures as words with units.
#include "education/plain_words.h"

#include <gtest/gtest.h>

#include "education/gauge_reading.h"
#include "education/pop_explainer.h"

namespace spineview::app::education {
namespace {

TEST(PlainWords, FiguresReadAsWordsWithUnits) {
  EXPECT_EQ(stretchWords(4.26), "stretched 4 %");
  EXPECT_EQ(stretchWords(0.4), "stretched 0.4 %");
  EXPECT_EQ(stretchWords(0.0), "not stretched");
  EXPECT_EQ(stretchSpeedWords(104.0), "stretching 104 % a second");
  EXPECT_EQ(exitWords(-15.2), "narrowed by about a sixth");
  EXPECT_EQ(exitWords(-25.9), "narrowed by about a quarter");
  EXPECT_EQ(exitWords(10.0), "opened by about a tenth");
  EXPECT_EQ(exitWords(-1.0), "about the same");
  EXPECT_EQ(exitShortWords(-20.0), "a fifth narrower");
  EXPECT_EQ(fractionWords(50.0), "half");
  EXPECT_EQ(fractionWords(70.0), "more than half");
  EXPECT_EQ(jointWords(0.34), "opened 0.3 mm");
  EXPECT_EQ(jointWords(-0.2), "squeezed 0.2 mm");
  EXPECT_EQ(jointWords(0.01), "at rest");
  EXPECT_EQ(speedWords(725.4), "725 degrees a second");
}

TEST(PlainWords, CoachStatusFollowsEveryGauge) {
  GaugeReadings r;
  EXPECT_EQ(coachStatus(r).tone, Tone::Good);
  r.zone = biomech::Zone::EndRange;
  EXPECT_EQ(coachStatus(r).tone, Tone::Caution);
  EXPECT_NE(coachStatus(r).text.find("gentle stretch"), std::string::npos);
  r.artery = biomech::StrainGauge::Amber;  // in range, but the artery is past its everyday band
  EXPECT_EQ(coachStatus(r).tone, Tone::Stop);
  EXPECT_NE(coachStatus(r).text.find("artery"), std::string::npos);
  EXPECT_EQ(captionZoneWords(r), "end of range");
  r.zone = biomech::Zone::Comfortable;
  EXPECT_EQ(captionZoneWords(r), "in range");  // never "comfortable" while a gauge is past everyday
  r.artery = biomech::StrainGauge::Green;
  EXPECT_EQ(captionZoneWords(r), "comfortable");
}

TEST(PopExplainer, TheBubbleCollapsesAndTheJointWaitsFifteenToTwentyMinutes) {
  const std::vector<biomech::CavitationEvent> pops{{0.166, 2, anatomy::Side::Left, 0.51, 18.0}};
  const auto e = explainPops(pops, 0.5, 1200.0);
  EXPECT_EQ(e.headline, "Pop: left C2–C3 facet joint.");
  std::string all;
  for (const auto& l : e.lines) all += l + " ";
  EXPECT_NE(all.find("collapses"), std::string::npos);
  EXPECT_NE(all.find("15–20 minutes"), std::string::npos);
  EXPECT_NE(all.find("20 min 00 s to go"), std::string::npos);  // the model's 20 minutes, counted down
  EXPECT_NE(explainPops(pops, 600.166, 1200.0).lines.back().find("10 min 00 s"), std::string::npos);
  EXPECT_TRUE(explainPops({}, 1.0, 1200.0).headline.empty());
}

}  // namespace
}  // namespace spineview::app::education
