// The rib cage measured on the generated mesh against context.json: the sternum in three parts
// (manubrium, body, xiphoid) each within 5 % of its sourced length, its landmarks level with
// the vertebrae the CT studies give, the costal cartilages joining the true ribs to the sternum
// and the false ribs to the cartilage above (the costal arch), and the floating ribs ending free.
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_model.h"

namespace spineview::mesh {
namespace {

using namespace spineview::mesh::testing;

std::string ordinal(int k) {
  const char* suffix = (k == 1) ? "st" : (k == 2) ? "nd" : (k == 3) ? "rd" : "th";
  return std::to_string(k) + suffix;
}

std::vector<glm::vec3> partVertices(const TestModel& t, const std::string& name) {
  const MeshPart* part = findPart(t.mesh, name);
  return part ? verticesOf(t.mesh, *part) : std::vector<glm::vec3>{};
}

// Length of a sternal segment: its greatest extent over directions in the midsagittal plane
// (the segment is long and thin, so this is its length along its own axis).
float sagittalLength(const std::vector<glm::vec3>& points) {
  float best = 0.0f;
  for (int step = -60; step <= 60; ++step) {
    const float a = glm::radians(0.5f * static_cast<float>(step));
    const glm::vec3 d{0.0f, std::cos(a), std::sin(a)};
    float lo = 1e9f, hi = -1e9f;
    for (const glm::vec3& p : points) {
      lo = std::min(lo, glm::dot(p, d));
      hi = std::max(hi, glm::dot(p, d));
    }
    best = std::max(best, hi - lo);
  }
  return best;
}

float closest(const std::vector<glm::vec3>& a, const std::vector<glm::vec3>& b) {
  float best = std::numeric_limits<float>::max();
  for (const glm::vec3& p : a)
    for (const glm::vec3& q : b) best = std::min(best, glm::distance(p, q));
  return best;
}

float topY(const std::vector<glm::vec3>& points) {
  float y = -1e9f;
  for (const glm::vec3& p : points) y = std::max(y, p.y);
  return y;
}
float bottomY(const std::vector<glm::vec3>& points) {
  float y = 1e9f;
  for (const glm::vec3& p : points) y = std::min(y, p.y);
  return y;
}

// Model height of a thoracic level: 4.0 is the centre of T4, 4.5 the T4–T5 disc.
float levelY(const TestModel& t, float level) {
  auto centre = [&](int k) { return t.rest.restWorld[static_cast<std::size_t>(anatomy::index(anatomy::Vertebra::T1) + k - 1)][3].y; };
  const int lower = static_cast<int>(std::floor(level));
  return centre(lower) + (centre(std::min(12, lower + 1)) - centre(lower)) * (level - static_cast<float>(lower));
}

TEST(RibCage, SternalSegmentsMatchTheData) {
  const TestModel& t = lowTestModel();
  const auto& c = t.morphometry.context;
  const std::pair<const char*, float> segments[] = {{"Manubrium", c.manubriumLengthMm.f()},
                                                    {"Body of sternum", c.sternalBodyLengthMm.f()},
                                                    {"Xiphoid process", c.xiphoidLengthMm.f()}};
  for (const auto& [name, length] : segments) {
    const auto v = partVertices(t, name);
    ASSERT_FALSE(v.empty()) << name;
    EXPECT_NEAR(sagittalLength(v), length, 0.05f * length) << name;
  }
  EXPECT_EQ(findPart(t.mesh, "Sternum"), nullptr) << "the sternum is in three parts, not one plank";
}

TEST(RibCage, SternalLandmarksLieAtTheirVertebralLevels) {
  const TestModel& t = lowTestModel();
  const auto& c = t.morphometry.context;
  const auto manubrium = partVertices(t, "Manubrium"), body = partVertices(t, "Body of sternum");
  ASSERT_FALSE(manubrium.empty());
  ASSERT_FALSE(body.empty());
  // Jugular notch (top of the manubrium) level with the T2–T3 disc, within half a level.
  const float notch = topY(manubrium);
  EXPECT_LT(std::abs(notch - levelY(t, c.jugularNotchLevel.f())), 0.5f * (levelY(t, 2.0f) - levelY(t, 3.0f)) + 3.0f);
  EXPECT_LT(notch, levelY(t, 2.0f));
  EXPECT_GT(notch, levelY(t, 3.0f));
  // Sternal angle (manubrium meets body) level with the T4–T5 disc.
  const float angle = topY(body);
  EXPECT_LT(angle, levelY(t, 4.0f));
  EXPECT_GT(angle, levelY(t, 5.0f));
  // Xiphisternal joint (bottom of the body) within a level of T9.
  const float xiphisternal = bottomY(body);
  EXPECT_LT(xiphisternal, levelY(t, c.xiphisternalLevel.f() - 1.0f));
  EXPECT_GT(xiphisternal, levelY(t, c.xiphisternalLevel.f() + 1.0f));
}

TEST(RibCage, CostalCartilagesJoinTrueRibsToTheSternumAndFalseRibsToTheCartilageAbove) {
  const TestModel& t = lowTestModel();
  const auto manubrium = partVertices(t, "Manubrium"), body = partVertices(t, "Body of sternum");
  for (const char* sideName : {"Left", "Right"}) {
    const std::string side = sideName;
    for (int k = 1; k <= 10; ++k) {
      const std::string name = side + " " + ordinal(k) + " costal cartilage";
      const auto cartilage = partVertices(t, name), rib = partVertices(t, side + " " + ordinal(k) + " rib");
      ASSERT_FALSE(cartilage.empty()) << name;
      ASSERT_FALSE(rib.empty());
      // Tube surfaces that overlap or touch: vertices of the two within a radius of each other.
      EXPECT_LT(closest(cartilage, rib), 4.0f) << name << " leaves its rib";
      if (k <= 7) {
        const float toSternum = std::min(closest(cartilage, manubrium), closest(cartilage, body));
        EXPECT_LT(toSternum, 4.0f) << name << " does not reach the sternum";
      } else {
        const auto above = partVertices(t, side + " " + ordinal(k - 1) + " costal cartilage");
        EXPECT_LT(closest(cartilage, above), 4.0f) << name << " does not join the cartilage above";
        EXPECT_GT(std::min(closest(cartilage, manubrium), closest(cartilage, body)), 10.0f) << name << " reaches the sternum";
      }
    }
  }
}

TEST(RibCage, FloatingRibsEndFreeInTheFlank) {
  const TestModel& t = lowTestModel();
  const auto body = partVertices(t, "Body of sternum");
  ASSERT_FALSE(body.empty());
  glm::vec3 xiphisternal = body.front();  // lowest point of the sternal body
  for (const glm::vec3& p : body) if (p.y < xiphisternal.y) xiphisternal = p;
  for (const char* side : {"Left", "Right"}) {
    for (int k = 11; k <= 12; ++k) {
      const std::string rib = std::string(side) + " " + ordinal(k) + " rib";
      EXPECT_EQ(findPart(t.mesh, std::string(side) + " " + ordinal(k) + " costal cartilage"), nullptr) << rib;
      const auto v = partVertices(t, rib);
      ASSERT_FALSE(v.empty()) << rib;
      float front = -1e9f;
      for (const glm::vec3& p : v) front = std::max(front, p.z);
      EXPECT_LT(front, xiphisternal.z - 40.0f) << rib << " reaches the front";
      for (int j = 1; j <= 10; ++j) {
        const auto cartilage = partVertices(t, std::string(side) + " " + ordinal(j) + " costal cartilage");
        EXPECT_GT(closest(v, cartilage), 8.0f) << rib << " touches the " << ordinal(j) << " costal cartilage";
      }
    }
  }
}

TEST(RibCage, WidthMatchesTheData) {
  const TestModel& t = lowTestModel();
  const auto& c = t.morphometry.context;
  float left = -1e9f, right = 1e9f;
  for (const MeshPart& p : t.mesh.parts) {
    if (p.kind != PartKind::RibCage || p.name.find(" rib") == std::string::npos) continue;
    for (const glm::vec3& v : verticesOf(t.mesh, p)) left = std::max(left, v.x), right = std::min(right, v.x);
  }
  const float centrelineWidth = left - right - 2.0f * c.ribRadiusMm.f();
  EXPECT_NEAR(centrelineWidth, 2.0f * c.thoraxHalfWidthMaxMm.f(), 0.05f * 2.0f * c.thoraxHalfWidthMaxMm.f());
}

}  // namespace
}  // namespace spineview::mesh
