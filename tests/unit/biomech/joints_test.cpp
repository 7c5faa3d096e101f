// Facet gaps from the posed geometry and the cavitation state machine.
#include <gtest/gtest.h>

#include "biomech_fixture.h"

namespace spineview::biomech::test {
namespace {

using anatomy::Side;
using anatomy::Vertebra;

TEST(FacetModel, NeutralPoseHasTheNeutralGap) {
  const auto st = evaluate(PoseTarget{});
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    for (int side = 0; side < 2; ++side) {
      EXPECT_NEAR(st.facets[s][side].changeMm, 0.0, 1e-4);
      EXPECT_NEAR(st.facets[s][side].gapMm, model().facets().neutralGapMm(s, static_cast<Side>(side)), 1e-4);
    }
  }
}

TEST(FacetModel, LeftSideBendGapsTheRightFacetsAndCompressesTheLeft) {
  PoseTarget t;
  t.headLateralBendDeg = 30.0;
  const auto st = evaluate(t);
  for (int s = seg(Vertebra::C0); s <= seg(Vertebra::C6); ++s) {
    EXPECT_GT(st.facets[s][kRight].changeMm, 0.1) << anatomy::segmentName(s);
    EXPECT_LT(st.facets[s][kLeft].changeMm, -0.1) << anatomy::segmentName(s);
  }
}

TEST(FacetModel, SubaxialFlexionGapsBothSidesAndExtensionCompresses) {
  PoseTarget flex;
  flex.headFlexionDeg = 40.0;
  PoseTarget ext;
  ext.headFlexionDeg = -50.0;
  const auto f = evaluate(flex);
  const auto e = evaluate(ext);
  for (int s = seg(Vertebra::C2); s <= seg(Vertebra::C7); ++s) {
    for (int side = 0; side < 2; ++side) {
      EXPECT_GT(f.facets[s][side].changeMm, 0.1) << anatomy::segmentName(s);
      EXPECT_LT(e.facets[s][side].changeMm, -0.1) << anatomy::segmentName(s);
    }
  }
}

TEST(FacetModel, CompressionNeverMakesANegativeGapAndDistractionAddsAlongTheNormal) {
  PoseTarget t;
  t.headFlexionDeg = -80.0;
  BiomechState st;
  SegmentDistraction d{};
  d[seg(Vertebra::C1)] = 0.8;
  model().evaluate(t, d, st);
  for (const auto& level : st.facets) {
    for (const auto& j : level) EXPECT_GE(j.gapMm, 0.0);
  }
  BiomechState neutral;
  model().evaluate(PoseTarget{}, d, neutral);
  EXPECT_NEAR(neutral.facets[seg(Vertebra::C1)][kLeft].changeMm, 0.8, 1e-4);
}

TEST(Cavitation, FastOpeningPopsOnceThenRefractory) {
  CavitationParams p = model().data().cavitation;
  CavitationTracker tracker(p);
  JointOpenings o{};
  std::vector<CavitationEvent> events;
  tracker.update(0.0, o, events);
  o[1][kLeft] = 0.8;  // 0.8 mm in 10 ms = 80 mm/s
  tracker.update(0.01, o, events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].segment, 1);
  EXPECT_EQ(events[0].side, Side::Left);
  EXPECT_TRUE(tracker.isRefractory(1, Side::Left, 0.02));
  // Close and open again within the refractory period: no pop.
  o[1][kLeft] = 0.0;
  tracker.update(10.0, o, events);
  o[1][kLeft] = 0.8;
  tracker.update(10.01, o, events);
  EXPECT_EQ(events.size(), 1u);
  // After the refractory period the joint can pop again.
  o[1][kLeft] = 0.0;
  tracker.update(p.refractoryS + 1.0, o, events);
  o[1][kLeft] = 0.8;
  tracker.update(p.refractoryS + 1.01, o, events);
  EXPECT_EQ(events.size(), 2u);
}

TEST(Cavitation, SlowStretchToTheSameOpeningDoesNotPop) {
  CavitationTracker tracker(model().data().cavitation);
  JointOpenings o{};
  std::vector<CavitationEvent> events;
  for (int i = 0; i <= 300; ++i) {  // 0.8 mm over 3 s
    o[1][kLeft] = 0.8 * i / 300.0;
    tracker.update(i * 0.01, o, events);
  }
  EXPECT_TRUE(events.empty());
  EXPECT_FALSE(tracker.isRefractory(1, Side::Left, 3.0));
}

TEST(Cavitation, RefractoryPeriodIsAboutTwentyMinutes) {
  EXPECT_NEAR(model().data().cavitation.refractoryS, 20 * 60, 60);
}

TEST(Cavitation, RegionsFollowTheEvidence) {
  const auto& p = model().data().cavitation;
  EXPECT_EQ(p.region(seg(Vertebra::C0)).sides, EndRangeSides::None);
  EXPECT_EQ(p.region(seg(Vertebra::C1)).sides, EndRangeSides::BothSides);
  for (int s = seg(Vertebra::C2); s <= seg(Vertebra::C6); ++s) EXPECT_EQ(p.region(s).sides, EndRangeSides::FaceSide);
  for (const auto& r : p.regions) EXPECT_FALSE(r.source.empty());
}

TEST(Cavitation, TurningPastTheActiveRangeOpensTheFaceSideMidNeckAndBothC1C2Joints) {
  const auto& data = model().data();
  PoseTarget t;
  t.headRotationDeg = 1.08 * data.ranges.wholeNeckActive.axialRotation;  // turning left, past the active range
  const auto st = evaluate(t);
  JointOpenings o{};
  cavitationOpenings(data.cavitation, data.ranges, st.facets, st.pose.angles, o);
  EXPECT_GT(o[seg(Vertebra::C1)][kLeft], 0.3);
  EXPECT_GT(o[seg(Vertebra::C1)][kRight], 0.3);
  EXPECT_GT(o[seg(Vertebra::C3)][kLeft], o[seg(Vertebra::C3)][kRight] + 0.3);
  EXPECT_LT(o[seg(Vertebra::C0)][kLeft], data.cavitation.region(seg(Vertebra::C0)).gapThresholdMm);
}

}  // namespace
}  // namespace spineview::biomech::test
