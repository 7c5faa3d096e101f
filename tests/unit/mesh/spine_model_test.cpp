// The procedural spine model at Low detail, generated once for the whole binary: budget,
// closed bones, sane geometry, valid skinning data, the names the viewer relies on.
#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "mesh/spine_model.h"
#include "test_model.h"

namespace spineview::mesh {
namespace {

// Shared with the other test files of this binary (generated once per process).
const MeshData& lowModel() { return testing::lowTestModel().mesh; }

std::vector<const MeshPart*> boneParts(const MeshData& m) {
  std::vector<const MeshPart*> out;
  for (const auto& p : m.parts) {
    if (p.kind == PartKind::Bone) out.push_back(&p);
  }
  return out;
}

TEST(SpineModel, LowDetailStaysWithinTheTriangleBudget) {
  const MeshData& m = lowModel();
  ASSERT_GT(m.triangleCount(), 0u);
  EXPECT_LE(m.triangleCount(), kLowTriangleBudget);
  EXPECT_EQ(m.indices.size() % 3, 0u);
}

// Bone parts whose edges are not all shared by exactly two triangles of the same part.
std::vector<std::string> openBones(const MeshData& m) {
  std::vector<std::string> open;
  for (const MeshPart* part : boneParts(m)) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> edgeUse;
    for (std::uint32_t i = part->firstIndex; i < part->firstIndex + part->indexCount; i += 3) {
      for (std::uint32_t e = 0; e < 3; ++e) {
        std::uint32_t a = m.indices[i + e], b = m.indices[i + (e + 1) % 3];
        if (a > b) std::swap(a, b);
        ++edgeUse[{a, b}];
      }
    }
    const bool closed = part->indexCount > 0 &&
                        std::all_of(edgeUse.begin(), edgeUse.end(), [](const auto& kv) { return kv.second == 2; });
    if (!closed) open.push_back(part->name);
  }
  return open;
}

TEST(SpineModel, EveryBoneIsAClosedTwoManifold) {
  const MeshData& m = lowModel();
  ASSERT_EQ(boneParts(m).size(), static_cast<std::size_t>(anatomy::kVertebraCount) + 2);  // + mandible, hyoid
  EXPECT_EQ(openBones(m), std::vector<std::string>{});
}

// Default detail is what the viewer shows; generated only in this test's process.
TEST(SpineModel, DefaultDetailStaysWithinBudgetWithClosedBones) {
  auto result = generateSpineModel(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR), Detail::Default);
  ASSERT_TRUE(result) << result.message();
  EXPECT_LE(result->triangleCount(), kDefaultTriangleBudget);
  EXPECT_GT(result->triangleCount(), lowModel().triangleCount());
  EXPECT_EQ(openBones(*result), std::vector<std::string>{});
}

// Minimal is what CPU rasterizers get; the skull must still fit and stay closed there.
TEST(SpineModel, MinimalDetailStaysWithinBudgetWithClosedBones) {
  auto result = generateSpineModel(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR), Detail::Minimal);
  ASSERT_TRUE(result) << result.message();
  std::string largest;
  for (const auto& p : result->parts)
    if (p.indexCount / 3 > 1000) largest += " " + p.name + " " + std::to_string(p.indexCount / 3);
  EXPECT_LE(result->triangleCount(), kMinimalTriangleBudget) << "largest parts:" << largest;
  EXPECT_LT(result->triangleCount(), lowModel().triangleCount());
  EXPECT_EQ(openBones(*result), std::vector<std::string>{});
}

TEST(SpineModel, NoDegenerateTrianglesOrInvalidNumbers) {
  const MeshData& m = lowModel();
  for (const auto& p : m.positions) {
    ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z));
  }
  for (const auto& n : m.normals) {
    ASSERT_TRUE(std::isfinite(n.x) && std::isfinite(n.y) && std::isfinite(n.z));
    EXPECT_NEAR(glm::length(n), 1.0f, 1e-3f);
  }
  std::size_t degenerate = 0;
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
    const auto a = m.indices[t], b = m.indices[t + 1], c = m.indices[t + 2];
    ASSERT_LT(std::max({a, b, c}), m.positions.size());
    const glm::vec3 n = glm::cross(m.positions[b] - m.positions[a], m.positions[c] - m.positions[a]);
    if (a == b || b == c || a == c || glm::length(n) <= 1e-9f) ++degenerate;
  }
  EXPECT_EQ(degenerate, 0u);
}

TEST(SpineModel, BonesWindOutward) {
  const MeshData& m = lowModel();
  for (const MeshPart* part : boneParts(m)) {
    double volume = 0.0;
    for (std::uint32_t i = part->firstIndex; i < part->firstIndex + part->indexCount; i += 3) {
      const glm::dvec3 a(m.positions[m.indices[i]]), b(m.positions[m.indices[i + 1]]), c(m.positions[m.indices[i + 2]]);
      volume += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    EXPECT_GT(volume, 0.0) << part->name;
  }
}

TEST(SpineModel, SkinningWeightsAreNormalisedAndJointsExist) {
  const MeshData& m = lowModel();
  ASSERT_EQ(m.joints.size(), m.positions.size());
  ASSERT_EQ(m.weights.size(), m.positions.size());
  ASSERT_EQ(m.normals.size(), m.positions.size());
  for (std::size_t v = 0; v < m.positions.size(); ++v) {
    const glm::vec4& w = m.weights[v];
    ASSERT_NEAR(w.x + w.y + w.z + w.w, 1.0f, 1e-4f) << "vertex " << v;
    for (int k = 0; k < 4; ++k) {
      ASSERT_GE(w[k], 0.0f);
      ASSERT_LT(m.joints[v][k], m.skeleton.size()) << "vertex " << v;
    }
  }
}

TEST(SpineModel, PartsCarryTheirAnatomicalNames) {
  const MeshData& m = lowModel();
  auto has = [&](const std::string& name) {
    return std::any_of(m.parts.begin(), m.parts.end(), [&](const MeshPart& p) { return p.name == name; });
  };
  EXPECT_TRUE(has("C5 vertebra"));
  EXPECT_TRUE(has("Left vertebral artery V2"));
  EXPECT_TRUE(has("Spinal cord"));
}

TEST(SpineModel, FirstJointsAreTheVertebraeInOrder) {
  const MeshData& m = lowModel();
  ASSERT_GE(m.skeleton.size(), static_cast<std::size_t>(anatomy::kVertebraCount));
  for (int i = 0; i < anatomy::kVertebraCount; ++i) {
    const std::string shortName(anatomy::vertebraName(anatomy::vertebraAt(i)));
    EXPECT_NE(m.skeleton[static_cast<std::size_t>(i)].name.find(shortName), std::string::npos)
        << "joint " << i << " is " << m.skeleton[static_cast<std::size_t>(i)].name;
  }
}

}  // namespace
}  // namespace spineview::mesh
