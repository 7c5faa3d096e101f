// Segmental ranges against the literature: summed cervical ranges vs whole-neck published
// ranges (B1.6), C1–C2 dominance in rotation, zones.
#include <gtest/gtest.h>

#include "biomech_fixture.h"

namespace spineview::biomech::test {
namespace {

using anatomy::Vertebra;

double sumCervical(const DirectionalLimits SegmentRange::*which, double DirectionalLimits::*dir) {
  double sum = 0.0;
  for (int s = 0; s <= seg(Vertebra::C7); ++s) sum += model().data().ranges.segments[s].*which.*dir;
  return sum;
}

TEST(RangeTable, SummedActiveCervicalLimitsFallInsidePublishedWholeNeckRanges) {
  const auto& band = model().data().ranges.wholeNeckPublished;
  const double sums[4] = {sumCervical(&SegmentRange::active, &DirectionalLimits::flexion),
                          sumCervical(&SegmentRange::active, &DirectionalLimits::extension),
                          sumCervical(&SegmentRange::active, &DirectionalLimits::lateralBend),
                          sumCervical(&SegmentRange::active, &DirectionalLimits::axialRotation)};
  for (int k = 0; k < 4; ++k) {
    EXPECT_GE(sums[k], band[k].min) << "direction " << k;
    EXPECT_LE(sums[k], band[k].max) << "direction " << k;
  }
}

TEST(RangeTable, PublishedSegmentalSumsMatchWholeNeckExceptLateralBend) {
  // B1.3 [D]: segmental F, E and AR sums agree with active whole-neck ranges; LB sums ~35 % high.
  const auto& band = model().data().ranges.wholeNeckPublished;
  const double rot = sumCervical(&SegmentRange::reference, &DirectionalLimits::axialRotation);
  EXPECT_GE(rot, band[3].min);
  EXPECT_LE(rot, band[3].max);
  const double flex = sumCervical(&SegmentRange::reference, &DirectionalLimits::flexion);
  EXPECT_GE(flex, band[0].min);
  EXPECT_LE(flex, band[0].max);
  const double lb = sumCervical(&SegmentRange::reference, &DirectionalLimits::lateralBend);
  EXPECT_GT(lb, band[2].max);
}

TEST(RangeTable, UpperCervicalValuesComeFromPanjabi1988) {
  const auto& c1c2 = model().data().ranges.segments[seg(Vertebra::C1)];
  EXPECT_DOUBLE_EQ(c1c2.reference.axialRotation, 38.9);
  EXPECT_TRUE(c1c2.hasNeutralZone);
  EXPECT_DOUBLE_EQ(c1c2.neutralZone.axialRotation, 29.6);
  EXPECT_EQ(c1c2.tag, "V");
  EXPECT_NE(c1c2.source.find("Panjabi"), std::string::npos);
}

TEST(RangeTable, PassiveLimitIsActivePlusMargin) {
  const auto& r = model().data().ranges;
  for (const auto& s : r.segments) {
    EXPECT_NEAR(s.passive.axialRotation, s.active.axialRotation * (1.0 + r.passiveMarginPercent / 100.0), 1e-9);
  }
}

TEST(Zones, ThresholdsClassifyInOrder) {
  const auto& z = model().data().zones;
  EXPECT_EQ(z.classify(50.0), Zone::Comfortable);
  EXPECT_EQ(z.classify(90.0), Zone::EndRange);
  EXPECT_EQ(z.classify(105.0), Zone::BeyondActive);
  EXPECT_EQ(z.classify(125.0), Zone::BeyondPhysiological);
}

TEST(Sources, EveryFigureHasSourceAndTag) {
  const auto& entries = model().sources().entries;
  EXPECT_GT(entries.size(), 100u);
  for (const auto& e : entries) {
    EXPECT_FALSE(e.source.empty()) << e.what;
    EXPECT_TRUE(e.tag == "V" || e.tag == "S" || e.tag == "U" || e.tag == "D") << e.what;
  }
}

}  // namespace
}  // namespace spineview::biomech::test
