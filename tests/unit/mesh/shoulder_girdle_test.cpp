// The shoulder blades rest on the back of the rib cage (separated only by the subscapularis),
// rather than standing off it, and generation is deterministic, bit for bit.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_model.h"

namespace spineview::mesh {
namespace {

using anatomy::Side;
using namespace spineview::mesh::testing;

std::string sideTitle(Side s) { return s == Side::Left ? "Left" : "Right"; }

// For each vertex of the scapula, the distance to the nearest rib vertex; the median says how
// far the blade stands off the thorax: 29 mm for the leaning, curved blade, 57 mm for the
// earlier upright flat one (35 leaves room for shape changes, not for a blade tipped away from
// the ribs).
TEST(ShoulderGirdle, BladesRestOnTheRibCage) {
  const TestModel& t = lowTestModel();
  std::vector<glm::vec3> ribs;
  for (const auto& p : t.mesh.parts) {
    if (p.kind == PartKind::RibCage && p.name.find(" rib") != std::string::npos) {
      const auto v = verticesOf(t.mesh, p);
      ribs.insert(ribs.end(), v.begin(), v.end());
    }
  }
  ASSERT_FALSE(ribs.empty());
  for (Side side : anatomy::kSides) {
    const MeshPart* scapula = findPart(t.mesh, sideTitle(side) + " scapula");
    ASSERT_NE(scapula, nullptr);
    std::vector<float> gaps;
    for (const glm::vec3& s : verticesOf(t.mesh, *scapula)) {
      float nearest = 1e9f;
      for (const glm::vec3& r : ribs) nearest = std::min(nearest, glm::distance(s, r));
      if (nearest < 80.0f) gaps.push_back(nearest);  // skip the acromion and coracoid, out over the shoulder
    }
    ASSERT_GT(gaps.size(), 100u);
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    const float median = gaps[gaps.size() / 2];
    const float closest = *std::min_element(gaps.begin(), gaps.end());
    EXPECT_LT(median, 35.0f) << sideTitle(side) << " scapula stands off the ribs";
    EXPECT_GT(closest, 1.0f) << sideTitle(side) << " scapula touches a rib";
  }
}

TEST(ShoulderGirdle, GenerationIsDeterministic) {
  const TestModel& t = lowTestModel();
  const MeshData again = generateSpineModel(t.morphometry, t.rest, Detail::SPINEVIEW_TEST_MODEL_DETAIL);
  ASSERT_EQ(again.positions.size(), t.mesh.positions.size());
  EXPECT_TRUE(again.positions == t.mesh.positions);
  EXPECT_TRUE(again.indices == t.mesh.indices);
  ASSERT_EQ(again.parts.size(), t.mesh.parts.size());
  for (std::size_t i = 0; i < again.parts.size(); ++i) EXPECT_EQ(again.parts[i].indexCount, t.mesh.parts[i].indexCount) << again.parts[i].name;
}

}  // namespace
}  // namespace spineview::mesh
