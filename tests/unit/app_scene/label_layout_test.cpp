// Label layout: never two boxes on top of each other, always inside the viewport, and the
// more important label wins a contested spot.
#include <gtest/gtest.h>

#include <random>

#include "scene/label_layout.h"

namespace spineview::app::look {
namespace {

TEST(LabelLayout, CrowdedAnchorsNeverOverlapAndStayInside) {
  std::mt19937 random(7);
  std::uniform_real_distribution<float> x(0.0f, 320.0f), y(0.0f, 240.0f), w(20.0f, 90.0f);
  const Rect viewport{{0.0f, 0.0f}, {320.0f, 240.0f}};
  for (int round = 0; round < 20; ++round) {
    std::vector<LabelRequest> requests;
    for (int i = 0; i < 40; ++i) requests.push_back({{x(random), y(random)}, {w(random), 16.0f}, i % 5});
    const auto placed = layoutLabels(requests, viewport);
    ASSERT_EQ(placed.size(), requests.size());
    int count = 0;
    for (std::size_t i = 0; i < placed.size(); ++i) {
      if (!placed[i].placed) continue;
      ++count;
      EXPECT_TRUE(placed[i].rect.inside(viewport));
      EXPECT_NEAR(placed[i].rect.max.x - placed[i].rect.min.x, requests[i].size.x, 1e-3f);
      for (std::size_t j = i + 1; j < placed.size(); ++j)
        if (placed[j].placed) {
          EXPECT_FALSE(placed[i].rect.overlaps(placed[j].rect)) << i << " vs " << j;
        }
    }
    EXPECT_GE(count, 8);  // crowded, but a fair share still finds room
  }
}

TEST(LabelLayout, SpineLabelsInAColumnAllFit) {
  // Twenty vertebrae 26 px apart down the middle of a 1280×720 view: all get a label.
  std::vector<LabelRequest> requests;
  for (int i = 0; i < 20; ++i) requests.push_back({{640.0f, 80.0f + 26.0f * i}, {34.0f, 18.0f}, 10});
  const auto placed = layoutLabels(requests, {{0, 0}, {1280, 720}});
  for (const auto& p : placed) EXPECT_TRUE(p.placed);
}

TEST(LabelLayout, HigherPriorityTakesTheNearestSpot) {
  const Rect viewport{{0, 0}, {200, 100}};
  std::vector<LabelRequest> requests{{{100, 50}, {60, 16}, 1}, {{100, 50}, {60, 16}, 9}};
  const auto placed = layoutLabels(requests, viewport);
  ASSERT_TRUE(placed[1].placed);
  // The first spot tried is to the right of the anchor at the nearest distance.
  EXPECT_NEAR(placed[1].rect.min.x, 114.0f, 1e-3f);
  if (placed[0].placed) {
    EXPECT_FALSE(placed[0].rect.overlaps(placed[1].rect));
  }
}

TEST(LabelLayout, LabelsThatCannotFitAreLeftOut) {
  const auto placed = layoutLabels({{{10, 10}, {500, 16}, 1}, {{10, 10}, {0, 16}, 1}}, {{0, 0}, {100, 100}});
  EXPECT_FALSE(placed[0].placed);  // wider than the view
  EXPECT_FALSE(placed[1].placed);  // empty text
}

}  // namespace
}  // namespace spineview::app::look
