#include "education/compare_plots.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "education_fixture.h"

namespace spineview::app::education {
namespace {

PlotSeries synthetic() {
  PlotSeries s;
  for (int i = 0; i < 5; ++i) {
    PlotSample sample;
    sample.timeS = 0.01 * i;
    sample.facetChangeMm[3][0] = 0.1f * static_cast<float>(i);   // C3–C4 left: peak 0.4
    sample.facetChangeMm[1][1] = 0.2f * static_cast<float>(i);   // C1–C2 right: peak 0.8
    sample.facetChangeMm[5][0] = -0.3f * static_cast<float>(i);  // closing only
    sample.facetChangeMm[6][1] = 0.05f;                           // small
    s.samples.push_back(sample);
  }
  s.pops.push_back({0.02, 1, anatomy::Side::Right, 0.6, 20.0});
  s.pops.push_back({0.04, 3, anatomy::Side::Left, 0.6, 20.0});
  return s;
}

TEST(ComparePlots, PicksTheMostGappedFacetsLargestFirst) {
  const auto picks = topGappedFacets(synthetic(), 2);
  ASSERT_EQ(picks.size(), 2u);
  EXPECT_EQ(picks[0].segment, 1);
  EXPECT_EQ(picks[0].side, anatomy::Side::Right);
  EXPECT_FLOAT_EQ(picks[0].peakChangeMm, 0.8f);
  EXPECT_EQ(picks[1].segment, 3);
  EXPECT_EQ(picks[1].side, anatomy::Side::Left);
  // Closing joints never count as gapped.
  for (const auto& p : topGappedFacets(synthetic(), 10)) EXPECT_NE(p.segment, 5);
  EXPECT_EQ(topGappedFacets(synthetic(), 10).size(), 3u);
  EXPECT_TRUE(topGappedFacets(synthetic(), 0).empty());
}

TEST(ComparePlots, SampleAtAndPopsUpToFollowTheTime) {
  const auto s = synthetic();
  EXPECT_DOUBLE_EQ(sampleAt(s, 0.025).timeS, 0.02);
  EXPECT_DOUBLE_EQ(sampleAt(s, -1.0).timeS, 0.0);
  EXPECT_DOUBLE_EQ(sampleAt(s, 9.0).timeS, 0.04);
  EXPECT_EQ(popsUpTo(s, 0.01).size(), 0u);
  EXPECT_EQ(popsUpTo(s, 0.02).size(), 1u);
  EXPECT_EQ(popsUpTo(s, 1.0).size(), 2u);
}

TEST(ComparePlots, ForcefulTwistGapsItsTopFacetsMoreThanTheControlledRotation) {
  const auto& f = test::educationSeries();
  const auto forceful = topGappedFacets(f.forceful->series(), 2);
  const auto controlled = topGappedFacets(f.controlled->series(), 2);
  ASSERT_EQ(forceful.size(), 2u);
  EXPECT_GE(forceful[0].peakChangeMm, forceful[1].peakChangeMm);
  ASSERT_FALSE(controlled.empty());
  EXPECT_GT(forceful[0].peakChangeMm, controlled[0].peakChangeMm);
  // No joint gaps further than the first pick, the joint that popped included.
  ASSERT_FALSE(f.forceful->series().pops.empty());
  const auto& pop = f.forceful->series().pops.front();
  float poppedPeak = 0.0f;
  for (const auto& sample : f.forceful->series().samples)
    poppedPeak = std::max(poppedPeak, sample.facetChangeMm[pop.segment][static_cast<int>(pop.side)]);
  EXPECT_GE(forceful[0].peakChangeMm, poppedPeak);
  EXPECT_GT(poppedPeak, 0.0f);
}

}  // namespace
}  // namespace spineview::app::education
