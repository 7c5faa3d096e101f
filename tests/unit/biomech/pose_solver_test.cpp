// Pose solver: spine rhythm, limits, coupling signs (B2), transforms from the rest skeleton.
#include <cmath>

#include <glm/gtc/matrix_access.hpp>
#include <gtest/gtest.h>

#include "biomech_fixture.h"

namespace spineview::biomech::test {
namespace {

using anatomy::Vertebra;

double cervicalSum(const Pose& p, Axis axis) {
  double sum = 0.0;
  for (int s = 0; s <= seg(Vertebra::C7); ++s) sum += p.angles[s][axis];
  return sum;
}

TEST(PoseSolver, NeutralTargetGivesTheRestSkeleton) {
  const auto st = evaluate(PoseTarget{});
  for (int v = 0; v < anatomy::kVertebraCount; ++v) {
    for (int c = 0; c < 4; ++c) {
      for (int r = 0; r < 4; ++r) EXPECT_NEAR(st.pose.world[v][c][r], model().rest().restWorld[v][c][r], 1e-3);
    }
  }
}

TEST(PoseSolver, FlexionIsSpreadInProportionToRangesAndAddsUp) {
  PoseTarget t;
  t.headFlexionDeg = 30.0;
  const auto st = evaluate(t);
  EXPECT_NEAR(cervicalSum(st.pose, Axis::FlexionExtension), 30.0, 1e-6);
  const auto& r = model().data().ranges.segments;
  const double share45 = st.pose.angles[seg(Vertebra::C4)].flexion / r[seg(Vertebra::C4)].active.flexion;
  const double share23 = st.pose.angles[seg(Vertebra::C2)].flexion / r[seg(Vertebra::C2)].active.flexion;
  EXPECT_NEAR(share45, share23, 1e-9);
  for (int s = seg(Vertebra::T1); s < anatomy::kSegmentCount; ++s) EXPECT_EQ(st.pose.angles[s].flexion, 0.0);
}

TEST(PoseSolver, LeftRotationIsMostlyAtC1C2) {
  PoseTarget t;
  t.headRotationDeg = 60.0;
  const auto st = evaluate(t);
  const double total = cervicalSum(st.pose, Axis::AxialRotation);
  const double c1c2 = st.pose.angles[seg(Vertebra::C1)].axialRotation;
  for (int s = 0; s <= seg(Vertebra::C7); ++s) {
    if (s != seg(Vertebra::C1)) {
      EXPECT_LT(st.pose.angles[s].axialRotation, c1c2);
    }
  }
  EXPECT_GT(c1c2 / total, 0.40);  // about half (Panjabi 1988 C1–C2 38.9° of ≈78°)
  // The face turns toward +X (the patient's left).
  const glm::vec3 face = glm::vec3(st.pose.world[0] * glm::vec4(0, 0, 1, 0));
  EXPECT_GT(face.x, 0.5f);
}

TEST(PoseSolver, SubaxialLateralBendCouplesIpsilateralRotation) {
  PoseTarget t;
  t.headLateralBendDeg = 25.0;  // left
  const auto st = evaluate(t);
  for (int s = seg(Vertebra::C2); s <= seg(Vertebra::C7); ++s) {
    EXPECT_GT(st.pose.angles[s].axialRotation, 0.0) << anatomy::segmentName(s);
  }
  // C2–C3 couples more than C7–T1 (Lysell gradient).
  const auto& a = st.pose.angles;
  EXPECT_GT(a[seg(Vertebra::C2)].axialRotation / a[seg(Vertebra::C2)].lateralBend,
            a[seg(Vertebra::C7)].axialRotation / a[seg(Vertebra::C7)].lateralBend);
}

TEST(PoseSolver, RotationCouplesContralateralBendUpperAndIpsilateralBelow) {
  PoseTarget t;
  t.headRotationDeg = -50.0;  // right
  const auto st = evaluate(t);
  EXPECT_GT(st.pose.angles[seg(Vertebra::C0)].lateralBend, 0.0);  // left bend: contralateral
  EXPECT_GT(st.pose.angles[seg(Vertebra::C1)].lateralBend, 0.0);
  for (int s = seg(Vertebra::C2); s <= seg(Vertebra::C7); ++s) {
    EXPECT_LT(st.pose.angles[s].lateralBend, 0.0) << anatomy::segmentName(s);  // right bend: ipsilateral
  }
}

TEST(PoseSolver, NeverPassesALevelsPassiveLimit) {
  PoseTarget t;
  t.headRotationDeg = 200.0;
  t.headLateralBendDeg = 80.0;
  t.headFlexionDeg = -150.0;
  const auto st = evaluate(t);
  const auto& r = model().data().ranges.segments;
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const auto& a = st.pose.angles[s];
    EXPECT_LE(std::abs(a.axialRotation), r[s].passive.axialRotation + 1e-9);
    EXPECT_LE(std::abs(a.lateralBend), r[s].passive.lateralBend + 1e-9);
    EXPECT_LE(-a.flexion, r[s].passive.extension + 1e-9);
    EXPECT_NE(st.use.levels[s].zone, Zone::BeyondPhysiological);
  }
  EXPECT_GT(st.pose.unreachedHeadDeg.axialRotation, 100.0);
}

TEST(PoseSolver, ChinTuckMovesTheHeadBackWithUpperFlexionAndLowerExtension) {
  PoseTarget t;
  t.chinTuck = 1.0;
  const auto st = evaluate(t);
  EXPECT_GT(st.pose.angles[seg(Vertebra::C0)].flexion, 0.0);
  EXPECT_GT(st.pose.angles[seg(Vertebra::C1)].flexion, 0.0);
  EXPECT_LT(st.pose.angles[seg(Vertebra::C4)].flexion, 0.0);
  EXPECT_LT(st.pose.headTranslationMm.z, -5.0f);  // retraction: head moves posteriorly
}

TEST(PoseSolver, ThoracicTargetsStayInTheUpperThoracicRegionAndScapulaeRetract) {
  PoseTarget t;
  t.thoracicExtensionDeg = 10.0;
  t.scapularRetraction = 1.0;
  const auto st = evaluate(t);
  const auto span = model().data().rhythm.upperThoracic;
  double sum = 0.0;
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    if (span.contains(s)) {
      sum += st.pose.angles[s].flexion;
    } else {
      EXPECT_EQ(st.pose.angles[s].flexion, 0.0);
    }
  }
  EXPECT_NEAR(sum, -10.0, 1e-6);
  EXPECT_DOUBLE_EQ(st.pose.scapula[0].retractionMm, model().data().rhythm.scapulaMaxRetractionMm);
  // Left scapula glides medially (−X) and its lateral edge (glenoid) turns backward (−Z).
  const glm::mat4 left = scapulaRetraction(st.pose.scapula[kLeft], anatomy::Side::Left);
  const glm::mat4 right = scapulaRetraction(st.pose.scapula[kRight], anatomy::Side::Right);
  EXPECT_LT(left[3].x, 0.0f);
  EXPECT_GT(right[3].x, 0.0f);
  EXPECT_LT((left * glm::vec4(50, 0, 0, 1)).z, 0.0f);
  EXPECT_LT((right * glm::vec4(-50, 0, 0, 1)).z, 0.0f);
}

TEST(RangeUse, UseGrowsThroughTheZones) {
  const double activeRot = model().data().ranges.wholeNeckActive.axialRotation;
  const double pct[] = {50.0, 90.0, 105.0};
  const Zone expected[] = {Zone::Comfortable, Zone::EndRange, Zone::BeyondActive};
  for (int i = 0; i < 3; ++i) {
    PoseTarget t;
    t.headRotationDeg = activeRot * pct[i] / 100.0;
    const auto st = evaluate(t);
    EXPECT_EQ(st.use.cervical.zone, expected[i]) << pct[i];
    EXPECT_NEAR(st.use.cervical.percent, pct[i], 1.0);
    EXPECT_EQ(st.use.worstZone, expected[i]) << pct[i];
  }
}

}  // namespace
}  // namespace spineview::biomech::test
