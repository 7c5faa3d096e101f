// Vertebral artery strain (B5, Pass 2 §2) and foraminal change (§8).
#include <gtest/gtest.h>

#include "biomech_fixture.h"

namespace spineview::biomech::test {
namespace {

using anatomy::Vertebra;
constexpr int kV2 = static_cast<int>(ArterySegment::V2);
constexpr int kV3 = static_cast<int>(ArterySegment::V3);

double fullPassiveRotation() {
  const auto& r = model().data().ranges;
  return r.wholeNeckActive.axialRotation * (1.0 + r.passiveMarginPercent / 100.0);
}

TEST(ArteryModel, NeutralPoseHasNoStrain) {
  const auto st = evaluate(PoseTarget{});
  for (const auto& a : st.arteries) {
    for (const auto& s : a.segments) {
      EXPECT_GT(s.restLengthMm, 5.0);
      EXPECT_NEAR(s.strainPercent, 0.0, 1e-3);
    }
  }
}

TEST(ArteryModel, LeftRotationStrainsTheRightArteryMore) {
  PoseTarget t;
  t.headRotationDeg = 60.0;
  const auto st = evaluate(t);
  EXPECT_GT(st.arteries[kRight].segments[kV3].strainPercent, st.arteries[kLeft].segments[kV3].strainPercent);
  EXPECT_GT(st.arteries[kRight].c2ToC1SpanStrainPercent, st.arteries[kLeft].c2ToC1SpanStrainPercent);
  EXPECT_GT(st.arteries[kRight].segments[kV2].strainPercent, st.arteries[kLeft].segments[kV2].strainPercent);
  // And the mirror image.
  t.headRotationDeg = -60.0;
  const auto m = evaluate(t);
  EXPECT_NEAR(m.arteries[kLeft].segments[kV3].strainPercent, st.arteries[kRight].segments[kV3].strainPercent, 0.05);
}

TEST(ArteryModel, FullPassiveContralateralRotationIsCalibratedToSixToTenPercent) {
  PoseTarget t;
  t.headRotationDeg = fullPassiveRotation();
  const auto st = evaluate(t);
  const double v3 = st.arteries[kRight].segments[kV3].strainPercent;
  EXPECT_GE(v3, 6.0);
  EXPECT_LE(v3, 10.0);
  EXPECT_EQ(st.arteries[kRight].gauge, StrainGauge::Green);
  const double slack = model().arteries().v3SlackPercent();
  EXPECT_GE(slack, 0.0);
  EXPECT_LE(slack, 20.0);
}

TEST(ArteryModel, GaugeAndReferenceMarksFollowSymons2002) {
  const auto& p = model().arteries().params();
  EXPECT_EQ(p.gauge(6.2), StrainGauge::Green);
  EXPECT_EQ(p.gauge(20.0), StrainGauge::Amber);
  EXPECT_EQ(p.gauge(39.0), StrainGauge::Red);
  bool distal = false, failureLow = false, failureHigh = false;
  for (const auto& m : p.marks) {
    distal |= m.id == "symons_distal_smt" && m.valuePercent == 6.2 && m.tag == "V";
    failureLow |= m.id == "failure_low" && m.valuePercent == 39.0;
    failureHigh |= m.id == "failure_high" && m.valuePercent == 62.0;
  }
  EXPECT_TRUE(distal && failureLow && failureHigh);
}

TEST(ForamenModel, ExtensionNarrowsAndFlexionWidens) {
  PoseTarget ext;
  ext.headFlexionDeg = -60.0;
  PoseTarget flex;
  flex.headFlexionDeg = 50.0;
  const auto e = evaluate(ext);
  const auto f = evaluate(flex);
  for (int s = seg(Vertebra::C2); s <= seg(Vertebra::C7); ++s) {
    for (int side = 0; side < 2; ++side) {
      EXPECT_LT(e.foramina[s][side].areaChangePercent, -5.0);
      EXPECT_LT(e.foramina[s][side].heightChangePercent, 0.0);
      EXPECT_GT(f.foramina[s][side].areaChangePercent, 5.0);
    }
  }
  // Full active extension at a level gives Kitagawa's −17 % area.
  PoseTarget full;
  full.headFlexionDeg = -model().data().ranges.wholeNeckActive.extension;
  EXPECT_NEAR(evaluate(full).foramina[seg(Vertebra::C5)][kLeft].areaChangePercent, -17.0, 0.5);
}

TEST(ForamenModel, IpsilateralBendAndRotationNarrowContralateralWidens) {
  PoseTarget bend;
  bend.headLateralBendDeg = 30.0;  // left
  const auto b = evaluate(bend);
  PoseTarget rot;
  rot.headRotationDeg = -50.0;  // right
  const auto r = evaluate(rot);
  const int c56 = seg(Vertebra::C5);
  EXPECT_LT(b.foramina[c56][kLeft].areaChangePercent, 0.0);
  EXPECT_GT(b.foramina[c56][kRight].areaChangePercent, 0.0);
  EXPECT_LT(r.foramina[c56][kRight].areaChangePercent, 0.0);
  EXPECT_GT(r.foramina[c56][kLeft].areaChangePercent, 0.0);
}

TEST(ForamenModel, NamesTheExitingRoot) {
  EXPECT_EQ(exitingRoot(seg(Vertebra::C5)), "C6");
  EXPECT_EQ(exitingRoot(seg(Vertebra::C7)), "C8");
  EXPECT_EQ(exitingRoot(seg(Vertebra::C0)), "C1");
  EXPECT_EQ(exitingRoot(seg(Vertebra::T1)), "T1");
  EXPECT_EQ(exitingRoot(seg(Vertebra::T11)), "T11");
}

}  // namespace
}  // namespace spineview::biomech::test
