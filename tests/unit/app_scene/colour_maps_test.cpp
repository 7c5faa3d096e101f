// Colour maps: diverging facet map neutral at 0 with lightness falling toward both ends,
// endpoints of the published ColorBrewer maps, sequential strain and narrowing maps with
// monotonic lightness and the artery gauge thresholds at their stops.
#include <gtest/gtest.h>

#include <cmath>

#include "scene/colour_maps.h"

namespace spineview::app::look {
namespace {

float chroma(glm::vec3 c) { return std::max({c.r, c.g, c.b}) - std::min({c.r, c.g, c.b}); }

TEST(ColourMaps, DivergingIsNeutralAtZeroForEveryPalette) {
  for (bool safe : {true, false})
    for (bool contrast : {true, false}) {
      const glm::vec3 c = divergingColour(0.0f, {safe, contrast});
      EXPECT_LT(chroma(c), 0.02f) << safe << contrast;
      EXPECT_GT(lightness(c), 95.0f);
    }
}

TEST(ColourMaps, DivergingEndpointsArePuOrWhenColourBlindSafe) {
  const glm::vec3 compressed = divergingColour(-1.0f, {true, false});
  const glm::vec3 gapping = divergingColour(1.0f, {true, false});
  EXPECT_NEAR(compressed.r, 0xb3 / 255.0f, 1e-5f);  // #b35806, brown-orange
  EXPECT_NEAR(compressed.b, 0x06 / 255.0f, 1e-5f);
  EXPECT_NEAR(gapping.r, 0x54 / 255.0f, 1e-5f);     // #542788, purple
  EXPECT_NEAR(gapping.b, 0x88 / 255.0f, 1e-5f);
  EXPECT_GT(compressed.r, compressed.b);  // warm for compression
  EXPECT_GT(gapping.b, gapping.g);        // cool for gapping
  // Clamped beyond the range, and NaN reads as neutral.
  EXPECT_EQ(divergingColour(-7.0f, {true, false}), compressed);
  EXPECT_EQ(divergingColour(std::nanf(""), {true, false}), divergingColour(0.0f, {true, false}));
  // Blue–red palette: compression red, gapping blue.
  const glm::vec3 red = divergingColour(-1.0f, {false, false});
  const glm::vec3 blue = divergingColour(1.0f, {false, false});
  EXPECT_GT(red.r, red.b);
  EXPECT_GT(blue.b, blue.r);
}

TEST(ColourMaps, DivergingLightnessFallsMonotonicallyAwayFromNeutral) {
  for (bool safe : {true, false})
    for (bool contrast : {true, false})
      for (float sign : {-1.0f, 1.0f}) {
        float previous = lightness(divergingColour(0.0f, {safe, contrast}));
        for (int i = 1; i <= 100; ++i) {
          const float l = lightness(divergingColour(sign * static_cast<float>(i) / 100.0f, {safe, contrast}));
          EXPECT_LE(l, previous + 1e-3f) << "palette " << safe << contrast << " t=" << sign * i / 100.0f;
          previous = l;
        }
        EXPECT_LT(previous, 60.0f);  // the ends are clearly darker than the neutral
      }
}

TEST(ColourMaps, HighContrastMovesSmallChangesFurtherFromNeutral) {
  const float plain = lightness(divergingColour(-0.1f, {true, false}));
  const float strong = lightness(divergingColour(-0.1f, {true, true}));
  EXPECT_LT(strong, plain - 2.0f);
  EXPECT_EQ(divergingColour(1.0f, {true, true}), divergingColour(1.0f, {true, false}));
}

TEST(ColourMaps, FacetMapSpansTheLegendRange) {
  const PaletteOptions p{true, false};
  EXPECT_EQ(facetGapColour(-kFacetLegendRangeMm, p), divergingColour(-1.0f, p));
  EXPECT_EQ(facetGapColour(0.5 * kFacetLegendRangeMm, p), divergingColour(0.5f, p));
  const auto ticks = facetLegendTicksMm();
  ASSERT_EQ(ticks.size(), 3u);
  EXPECT_FLOAT_EQ(ticks.front(), -kFacetLegendRangeMm);
  EXPECT_FLOAT_EQ(ticks[1], 0.0f);
  EXPECT_FLOAT_EQ(ticks.back(), kFacetLegendRangeMm);
}

TEST(ColourMaps, StrainLightnessRisesWithStrainAndMeetsTheGaugeStops) {
  const StrainStops stops{10.0, 20.0, 39.0};  // assets/biomech/arteries.json gauge
  const double green = stops.amberFrom, red = stops.redFrom;
  float previous = -1.0f;
  for (int s = 0; s <= 60; ++s) {
    const float l = lightness(strainColour(s, stops));
    EXPECT_GE(l, previous - 1e-3f) << s << " %";
    previous = l;
  }
  // Deep red at rest, orange at the amber threshold, pale yellow from the failure threshold.
  const glm::vec3 rest = strainColour(0.0, stops);
  EXPECT_GT(rest.r, 0.5f);
  EXPECT_LT(rest.g, 0.05f);
  const glm::vec3 amber = strainColour(green, stops);
  EXPECT_NEAR(amber.r, 0xf1 / 255.0f, 1e-5f);
  const glm::vec3 orange = strainColour(stops.orangeFrom, stops);
  EXPECT_NEAR(orange.g, 0x8d / 255.0f, 1e-5f);  // the orange band starts at the fourth stop
  EXPECT_LT(lightness(strainColour(stops.redFrom - 0.1, stops)), lightness(strainColour(red, stops)));
  EXPECT_EQ(strainColour(red, stops), strainColour(90.0, stops));
  EXPECT_GT(lightness(strainColour(red, stops)), 90.0f);
  EXPECT_EQ(strainColour(-3.0, stops), rest);  // shortening reads as unstretched
}

TEST(ColourMaps, NarrowingDarkensAsTheForamenCloses) {
  const double full = 17.0;
  EXPECT_EQ(narrowingColour(+20.0, full), narrowingColour(0.0, full));  // widening: plain neural yellow
  float previous = 101.0f;
  for (int n = 0; n <= 20; ++n) {
    const float l = lightness(narrowingColour(-n, full));
    EXPECT_LE(l, previous + 1e-3f);
    previous = l;
  }
  EXPECT_LT(lightness(narrowingColour(-full, full)), 40.0f);
  EXPECT_GT(lightness(narrowingColour(0.0, full)), 75.0f);
}

TEST(ColourMaps, ZoneTintLeavesComfortableBoneAlone) {
  EXPECT_EQ(zoneTint(biomech::Zone::Comfortable).weight, 0.0f);
  EXPECT_LT(zoneTint(biomech::Zone::EndRange).weight, zoneTint(biomech::Zone::BeyondActive).weight);
  EXPECT_NE(zoneTint(biomech::Zone::EndRange).colour, zoneTint(biomech::Zone::BeyondActive).colour);
}

TEST(ColourMaps, LinearConversionAndLightnessAnchors) {
  EXPECT_NEAR(lightness(glm::vec3(1.0f)), 100.0f, 0.01f);
  EXPECT_NEAR(lightness(glm::vec3(0.0f)), 0.0f, 0.01f);
  EXPECT_NEAR(toLinear(glm::vec3(0.5f)).g, 0.214f, 0.001f);
  EXPECT_EQ(desaturate(glm::vec3(1, 0, 0), 1.0f), glm::vec3(0.2126f));
}

}  // namespace
}  // namespace spineview::app::look
