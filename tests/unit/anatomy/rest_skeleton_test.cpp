#include "anatomy/rest_skeleton_builder.h"

#include <cmath>

#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

using namespace spineview::anatomy;
namespace fs = std::filesystem;

namespace {

const fs::path kAssetDir = fs::path(SPINEVIEW_TEST_ASSET_DIR);

struct Fixture {
  SpineMorphometry m;
  RestSkeleton rest;
};

const Fixture& data() {
  static const Fixture f = [] {
    Fixture out;
    auto m = loadMorphometry(kAssetDir / "anatomy");
    if (!m) ADD_FAILURE() << m.message();
    else out.m = *m;
    out.rest = buildRestSkeleton(out.m);
    return out;
  }();
  return f;
}

glm::vec3 origin(Vertebra v) { return glm::vec3(data().rest.restWorld[static_cast<std::size_t>(index(v))][3]); }
glm::vec3 toWorld(int i, glm::vec3 p) { return glm::vec3(data().rest.restWorld[static_cast<std::size_t>(i)] * glm::vec4(p, 1)); }
glm::vec3 dirToWorld(int i, glm::vec3 d) { return glm::vec3(data().rest.restWorld[static_cast<std::size_t>(i)] * glm::vec4(d, 0)); }

// Sagittal angle of vertebra b's frame relative to vertebra a's (positive = flexion).
double relativeFlexionDeg(Vertebra a, Vertebra b) {
  const glm::vec3 ya = dirToWorld(index(a), {0, 1, 0}), yb = dirToWorld(index(b), {0, 1, 0});
  const double angA = std::atan2(ya.z, ya.y), angB = std::atan2(yb.z, yb.y);
  return glm::degrees(angB - angA);
}

}  // namespace

TEST(RestSkeleton, LoadsFromTheAssetFolder) {
  auto r = loadRestSkeleton(kAssetDir);
  ASSERT_TRUE(r.ok()) << r.message();
  EXPECT_NEAR(glm::length(glm::vec3(r->restWorld[index(Vertebra::C7)][3])), 0.0f, 1e-4f);
  auto bad = loadRestSkeleton(kAssetDir / "no-such-folder");
  EXPECT_FALSE(bad.ok());
}

TEST(RestSkeleton, VerticesStackDownwardFromOcciputToT12) {
  for (int i = 0; i + 1 < kVertebraCount; ++i) {
    EXPECT_GT(origin(vertebraAt(i)).y, origin(vertebraAt(i + 1)).y) << vertebraName(vertebraAt(i));
  }
  // The head is level (Frankfort-like) and the spine spans a realistic length C0→T12.
  const glm::mat4& c0 = data().rest.restWorld[0];
  EXPECT_NEAR(c0[1][1], 1.0f, 1e-5f);
  const float span = origin(Vertebra::C0).y - origin(Vertebra::T12).y;
  EXPECT_GT(span, 300.0f);
  EXPECT_LT(span, 450.0f);
}

TEST(RestSkeleton, DiscMiddleHeightsMatchTheData) {
  const auto& m = data().m;
  for (int s = index(Vertebra::C2); s < kSegmentCount; ++s) {
    const Vertebra upper = vertebraAt(s), lower = vertebraAt(s + 1);
    // Concave apices of the two endplates, measured along the lower vertebra's axis.
    const glm::mat4 lowerFromWorld = glm::inverse(data().rest.restWorld[static_cast<std::size_t>(s + 1)]);
    const glm::vec3 upperApex = glm::vec3(lowerFromWorld * glm::vec4(toWorld(s,
        {0, -bodyHalfHeightMm(m, upper) + m.vertebra(upper).body.inferiorConcavityMm.f(), 0}), 1));
    const float lowerApexY = bodyHalfHeightMm(m, lower) - m.vertebra(lower).body.superiorConcavityMm.f();
    EXPECT_NEAR(upperApex.y - lowerApexY, m.segment(s).disc->middleHeightMm.f(), 0.15f) << segmentName(s);
  }
}

TEST(RestSkeleton, LordosisAndKyphosisMatchTheCurveData) {
  EXPECT_NEAR(relativeFlexionDeg(Vertebra::C7, Vertebra::C2), -15.0, 1e-3);  // lordosis: C2 extended on C7
  EXPECT_NEAR(relativeFlexionDeg(Vertebra::T12, Vertebra::T1), 34.0, 1e-3);  // kyphosis
  EXPECT_NEAR(relativeFlexionDeg(Vertebra::T12, Vertebra::T6), 21.0, 1e-3);
  EXPECT_NEAR(relativeFlexionDeg(Vertebra::C2, Vertebra::C0), -10.0, 1e-3);
}

TEST(RestSkeleton, FacetSurfacesFaceEachOtherAcrossAPositiveGap) {
  const auto& rest = data().rest;
  for (int s = 0; s < kSegmentCount; ++s) {
    for (Side side : kSides) {
      const auto& f = rest.segments[static_cast<std::size_t>(s)].facets[static_cast<std::size_t>(side)];
      EXPECT_GT(f.neutralGapMm, 0.0f);
      EXPECT_NEAR(glm::length(f.lowerSurfaceNormal), 1.0f, 1e-5f);
      const glm::vec3 lower = toWorld(s + 1, f.lowerSurfaceCentre);
      const glm::vec3 upper = toWorld(s, f.upperSurfaceCentre);
      const glm::vec3 n = dirToWorld(s + 1, f.lowerSurfaceNormal);
      EXPECT_NEAR(glm::dot(upper - lower, n), f.neutralGapMm, 1e-3f) << segmentName(s);
      EXPECT_NEAR(glm::length(upper - lower), f.neutralGapMm, 1e-3f) << segmentName(s);
      EXPECT_GT(n.y, 0.3f) << "superior facets face upwards " << segmentName(s);
    }
  }
}

TEST(RestSkeleton, FacetFacingFollowsPalAndMasharawi) {
  const auto& rest = data().rest;
  auto normal = [&](Vertebra upper, Side side) {
    return rest.segments[static_cast<std::size_t>(index(upper))].facets[static_cast<std::size_t>(side)].lowerSurfaceNormal;
  };
  // C3 superior facets (C2–C3 joint) face posteromedially: the left normal points to the right (−X).
  EXPECT_LT(normal(Vertebra::C2, Side::Left).x, 0.0f);
  EXPECT_GT(normal(Vertebra::C2, Side::Right).x, 0.0f);
  // C7 (C6–C7) and thoracic facets face posterolaterally.
  EXPECT_GT(normal(Vertebra::C6, Side::Left).x, 0.0f);
  EXPECT_GT(normal(Vertebra::T5, Side::Left).x, 0.0f);
  for (int s = index(Vertebra::C2); s < kSegmentCount; ++s) EXPECT_LT(normal(vertebraAt(s), Side::Left).z, 0.0f);
  // Cervical facets lie at about 45° to the horizontal; thoracic are steeper (60°).
  EXPECT_NEAR(glm::degrees(std::acos(normal(Vertebra::C4, Side::Left).y)), 40.15, 0.01);
  EXPECT_NEAR(glm::degrees(std::acos(normal(Vertebra::T6, Side::Left).y)), 60.0, 0.01);
}

TEST(RestSkeleton, LandmarksAreMirrorSymmetric) {
  const auto& rest = data().rest;
  auto mirrored = [](glm::vec3 a, glm::vec3 b) { return glm::length(a - glm::vec3(-b.x, b.y, b.z)) < 1e-4f; };
  for (int i = index(Vertebra::C1); i <= index(Vertebra::C7); ++i) {
    const auto& tf = rest.vertebrae[static_cast<std::size_t>(i)].transverseForamen;
    ASSERT_TRUE(tf.has_value()) << vertebraName(vertebraAt(i));
    EXPECT_TRUE(mirrored((*tf)[0], (*tf)[1]));
    EXPECT_GT((*tf)[0].x, 10.0f);  // left is +X, lateral of the body
    EXPECT_GT(rest.vertebrae[static_cast<std::size_t>(i)].transverseForamenDiameterMm, 2.0f);
  }
  EXPECT_FALSE(rest.vertebrae[index(Vertebra::T1)].transverseForamen.has_value());
  EXPECT_FALSE(rest.vertebrae[0].transverseForamen.has_value());
  for (const auto& seg : rest.segments) {
    EXPECT_TRUE(mirrored(seg.facets[0].lowerSurfaceCentre, seg.facets[1].lowerSurfaceCentre));
    EXPECT_TRUE(mirrored(seg.foramina[0].centre, seg.foramina[1].centre));
    EXPECT_NEAR(seg.rotationCentre.x, 0.0f, 1e-6f);
  }
  EXPECT_TRUE(mirrored(rest.arteries.subclavianOrigin[0], rest.arteries.subclavianOrigin[1]));
  EXPECT_TRUE(mirrored(rest.arteries.atlasGroove[0], rest.arteries.atlasGroove[1]));
  EXPECT_TRUE(mirrored(rest.arteries.duralEntry[0], rest.arteries.duralEntry[1]));
}

TEST(RestSkeleton, TransverseForaminaFormAColumnForTheArtery) {
  // C6 → C1 foramina rise steadily and stay within a narrow lateral band, so the V2 segment is
  // a smooth vertical channel.
  float previousY = -1e9f;
  for (int i = index(Vertebra::C6); i >= index(Vertebra::C1); --i) {
    const glm::vec3 p = toWorld(i, (*data().rest.vertebrae[static_cast<std::size_t>(i)].transverseForamen)[0]);
    EXPECT_GT(p.y, previousY);
    EXPECT_GT(p.x, 12.0f);
    EXPECT_LT(p.x, 28.0f);
    previousY = p.y;
  }
}

TEST(RestSkeleton, ForaminaAndDiscsCarryTheirRestSizes) {
  const auto& rest = data().rest;
  const auto& m = data().m;
  const auto& c56 = rest.segments[index(Vertebra::C5)];
  EXPECT_FLOAT_EQ(c56.foramina[0].restHeightMm, 8.18f);
  EXPECT_FLOAT_EQ(c56.foramina[0].restWidthMm, 6.11f);
  EXPECT_FALSE(rest.segments[0].hasDisc);
  EXPECT_FALSE(rest.segments[1].hasDisc);
  EXPECT_TRUE(rest.segments[index(Vertebra::C2)].hasDisc);
  // Foramina lie behind the body and lateral to the canal.
  for (int s = index(Vertebra::C2); s < kSegmentCount; ++s) {
    const auto& f = rest.segments[static_cast<std::size_t>(s)].foramina[0];
    const auto& lower = m.vertebra(vertebraAt(s + 1));
    EXPECT_LT(f.centre.z, -0.5f * lower.body.depthMm.f());
    EXPECT_GT(f.centre.x, 0.5f * lower.canal.widthMm.f());
  }
}
