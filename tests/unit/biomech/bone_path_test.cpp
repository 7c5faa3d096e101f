// A bone path on three made-up bones: pinned, sliding and tethered eyelets, slack taken up
// first, tension only, strain rate from two states.
#include <array>

#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

#include "biomech/bone_path.h"

namespace spineview::biomech::test {
namespace {

using anatomy::PathPointKind;

anatomy::BonePathRoute route(PathPointKind middle) {
  anatomy::BonePathRoute r;
  r.points = {{0, {0, 0, 0}, PathPointKind::Anchor, "base"}, {1, {0, 10, 0}, middle, "ring"}, {2, {0, 20, 0}, PathPointKind::Anchor, "top"}};
  r.segmentNames = {"lower", "upper"};
  r.spanSegment = {0, 1};
  return r;
}

const std::array<glm::mat4, 3> kRest{glm::mat4(1.0f), glm::mat4(1.0f), glm::mat4(1.0f)};

// The top bone lifted by `mm`: the whole path lengthens by mm, all of it in the upper span.
BonePathState lifted(const BonePath& path, float mm) {
  std::array<glm::mat4, 3> bones = kRest;
  bones[2] = glm::translate(glm::mat4(1.0f), {0.0f, mm, 0.0f});
  BonePathState st;
  path.evaluate(bones, st);
  return st;
}

TEST(BonePath, APinnedEyeletKeepsTheStretchInItsSpan) {
  const BonePath path(route(PathPointKind::Eyelet), {{0.0, 0.0}, 0.0}, kRest);
  const auto st = lifted(path, 2.0f);
  EXPECT_NEAR(st.spans[0].strainPercent, 0.0, 1e-6);
  // (1 µm of the stretch is the float floor, see bone_path.cpp.)
  EXPECT_NEAR(st.spans[1].strainPercent, 20.0, 0.02);
  EXPECT_NEAR(st.segments[1].strainPercent, 20.0, 0.02);
  EXPECT_NEAR(st.peakStrainPercent, 20.0, 0.02);
}

TEST(BonePath, AFreePointSharesTheStretchAlongTheCord) {
  const BonePath path(route(PathPointKind::Via), {{0.0, 0.0}, 0.0}, kRest);
  const auto st = lifted(path, 2.0f);
  EXPECT_NEAR(st.spans[0].strainPercent, 10.0, 0.02);
  EXPECT_NEAR(st.spans[1].strainPercent, 10.0, 0.02);
  EXPECT_NEAR(st.spans[0].materialMm + st.spans[1].materialMm, 20.0, 1e-6);  // cord is conserved
}

TEST(BonePath, AWeakTetherLetsNeighboursDiffer) {
  const BonePath path(route(PathPointKind::Eyelet), {{0.0, 0.0}, 20.0}, kRest);
  const auto st = lifted(path, 2.0f);
  EXPECT_GT(st.spans[0].strainPercent, 1.0);
  EXPECT_GT(st.spans[1].strainPercent, st.spans[0].strainPercent + 1.0);
  EXPECT_LT(st.spans[1].strainPercent, 20.0);
}

TEST(BonePath, SlackIsTakenUpBeforeTheCordStretches) {
  const BonePath slack3(route(PathPointKind::Via), {{0.0, 3.0}, 0.0}, kRest);
  EXPECT_NEAR(lifted(slack3, 2.0f).peakStrainPercent, 0.0, 1e-9);
  const BonePath slack1(route(PathPointKind::Via), {{0.0, 1.0}, 0.0}, kRest);
  EXPECT_NEAR(lifted(slack1, 2.0f).spans[0].strainPercent, 100.0 / 21.0, 0.02);
  // Tension only: shortening never reads as a negative strain.
  EXPECT_EQ(lifted(slack1, -3.0f).peakStrainPercent, 0.0);
}

TEST(BonePath, StrainRateComesFromTwoStates) {
  const BonePath path(route(PathPointKind::Via), {{0.0, 0.0}, 0.0}, kRest);
  const auto a = lifted(path, 1.0f);
  auto b = lifted(path, 2.0f);
  updateStrainRates(a, 0.1, b);
  EXPECT_NEAR(b.segments[1].strainRatePercentPerS, (b.segments[1].strainPercent - a.segments[1].strainPercent) / 0.1, 1e-9);
  EXPECT_GT(b.peakRatePercentPerS, 40.0);
  EXPECT_EQ(a.peakRatePercentPerS, 0.0);
}

TEST(BonePath, RouteChecksNameWhatIsWrong) {
  auto bad = route(PathPointKind::Via);
  bad.points.front().kind = PathPointKind::Via;
  EXPECT_EQ(anatomy::validateRoute(bad, 3), "the first point must be an anchor");
  auto far = route(PathPointKind::Via);
  far.points[1].bone = 7;
  EXPECT_NE(anatomy::validateRoute(far, 3).find("does not exist"), std::string::npos);
  EXPECT_EQ(anatomy::validateRoute(route(PathPointKind::Eyelet), 3), "");
  EXPECT_EQ(route(PathPointKind::Via).segmentFirstPoint(1), 1);
  EXPECT_EQ(route(PathPointKind::Via).segmentLastPoint(1), 2);
}

}  // namespace
}  // namespace spineview::biomech::test
