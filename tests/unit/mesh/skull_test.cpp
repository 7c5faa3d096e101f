// The skull (C0), mandible and hyoid measured on the generated mesh against skull.json: each
// dimension within 5 %, rigidly bound to the C0 joint so the head turns with the occiput, the
// vertebral arteries entering through the foramen magnum and the basilar artery on the clivus.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "mesh/skull_shapes.h"
#include "test_model.h"

namespace spineview::mesh {
namespace {

using namespace spineview::mesh::testing;

// A part's vertices in the occiput (C0) frame.
std::vector<glm::vec3> inC0Frame(const TestModel& t, const std::string& name) {
  const MeshPart* part = findPart(t.mesh, name);
  if (!part) return {};
  const glm::mat4 toC0 = glm::inverse(t.rest.restWorld[0]);
  std::vector<glm::vec3> out;
  for (const glm::vec3& p : verticesOf(t.mesh, *part)) out.push_back(glm::vec3(toC0 * glm::vec4(p, 1.0f)));
  return out;
}

// Extent along one axis of the vertices that pass the filter.
template <typename Keep>
float extent(const std::vector<glm::vec3>& points, int axis, Keep keep) {
  float lo = 1e9f, hi = -1e9f;
  for (const glm::vec3& p : points) {
    if (!keep(p)) continue;
    lo = std::min(lo, p[axis]);
    hi = std::max(hi, p[axis]);
  }
  return hi - lo;
}

bool insidePart(const std::vector<Triangle>& tris, glm::vec3 p) {
  return rayHits(tris, p, glm::normalize(glm::vec3(1.0f, 0.013f, 0.007f))).size() % 2 == 1;
}

TEST(Skull, CraniumMatchesTheCraniometricData) {
  const TestModel& t = lowTestModel();
  const auto& k = t.morphometry.skull;
  const SkullLandmarks l = skullLandmarks(t.morphometry);
  const auto skull = inC0Frame(t, "Skull");
  ASSERT_FALSE(skull.empty());
  // Glabella–opisthocranion: the vault's length at and above the glabella.
  const float length = extent(skull, 2, [&](glm::vec3 p) { return p.y > l.glabella.y - 6.0f; });
  EXPECT_NEAR(length, k.maximumLengthMm.f(), 0.05f * k.maximumLengthMm.f()) << "maximum cranial length";
  // Euryon–euryon: above the zygomatic arches and mastoids.
  const float breadth = extent(skull, 0, [&](glm::vec3 p) { return p.y > l.frankfortY + 15.0f; });
  EXPECT_NEAR(breadth, k.maximumBreadthMm.f(), 0.05f * k.maximumBreadthMm.f()) << "maximum cranial breadth";
  // Zygion–zygion: across the arches, in front of the ear and behind the orbits.
  const float bizygomatic = extent(skull, 0, [&](glm::vec3 p) {
    return std::abs(p.y - l.frankfortY) < 8.0f && p.z > l.condyleMandible.z + 12.0f && p.z < l.nasion.z - 20.0f;
  });
  EXPECT_NEAR(bizygomatic, k.bizygomaticBreadthMm.f(), 0.05f * k.bizygomaticBreadthMm.f()) << "bizygomatic breadth";
  // Basion–bregma: from the front of the foramen magnum to the top of the vault.
  float top = -1e9f;
  for (const glm::vec3& p : skull) top = std::max(top, p.y);
  EXPECT_NEAR(top - l.basion.y, k.basionBregmaHeightMm.f(), 0.05f * k.basionBregmaHeightMm.f()) << "basion-bregma height";
}

TEST(Skull, MandibleMatchesTheData) {
  const TestModel& t = lowTestModel();
  const auto& k = t.morphometry.skull;
  const SkullLandmarks l = skullLandmarks(t.morphometry);
  const auto jaw = inC0Frame(t, "Mandible");
  ASSERT_FALSE(jaw.empty());
  const float bicondylar = extent(jaw, 0, [&](glm::vec3 p) { return p.y > l.condyleMandible.y - 4.0f; });
  EXPECT_NEAR(bicondylar, k.bicondylarBreadthMm.f(), 0.05f * k.bicondylarBreadthMm.f()) << "bicondylar breadth";
  float condyleTop = -1e9f, gonionLow = 1e9f;
  for (const glm::vec3& p : jaw) {
    condyleTop = std::max(condyleTop, p.y);
    if (std::abs(p.x) > 0.5f * k.bigonialBreadthMm.f() - 10.0f && p.z < l.condyleMandible.z) gonionLow = std::min(gonionLow, p.y);
  }
  EXPECT_NEAR(condyleTop - gonionLow, k.ramusHeightMm.f(), 0.05f * k.ramusHeightMm.f()) << "ramus height";
  const float bigonial = extent(jaw, 0, [&](glm::vec3 p) { return p.y < condyleTop - 0.75f * k.ramusHeightMm.f(); });
  EXPECT_NEAR(bigonial, k.bigonialBreadthMm.f(), 0.05f * k.bigonialBreadthMm.f()) << "bigonial breadth";
}

TEST(Skull, CondylesSitInTheTemporomandibularFossaeWithoutTouching) {
  const TestModel& t = lowTestModel();
  const MeshPart* skull = findPart(t.mesh, "Skull");
  const MeshPart* jaw = findPart(t.mesh, "Mandible");
  ASSERT_TRUE(skull && jaw);
  const auto skullTris = trianglesOf(t.mesh, *skull);
  const SkullLandmarks l = skullLandmarks(t.morphometry);
  for (float sx : {1.0f, -1.0f}) {
    // Straight above each condyle lies the roof of its fossa, a few millimetres away.
    const glm::vec3 condyle = toWorld(t.rest, anatomy::Vertebra::C0, {sx * l.condyleMandible.x, l.condyleMandible.y, l.condyleMandible.z});
    const glm::vec3 up = glm::normalize(glm::vec3(t.rest.restWorld[0][1]));
    const auto hits = rayHits(skullTris, condyle, up);
    ASSERT_FALSE(hits.empty());
    EXPECT_GT(hits.front().t, 5.0f) << "the condyle stays clear of the fossa roof";
    EXPECT_LT(hits.front().t, 14.0f) << "the condyle sits in the fossa";
  }
  int inside = 0;
  glm::vec3 example{0.0f};
  const glm::mat4 toC0 = glm::inverse(t.rest.restWorld[0]);
  for (const glm::vec3& p : verticesOf(t.mesh, *jaw)) {
    if (!insidePart(skullTris, p)) continue;
    ++inside;
    example = glm::vec3(toC0 * glm::vec4(p, 1.0f));
  }
  EXPECT_EQ(inside, 0) << "mandible vertices inside the skull, e.g. at C0 (" << example.x << ", " << example.y << ", " << example.z << ")";
}

TEST(Skull, HeadTurnsWithTheOcciput) {
  const TestModel& t = lowTestModel();
  ASSERT_EQ(t.mesh.skeleton[0].name, "Occiput (C0)");
  for (const char* name : {"Skull", "Mandible"}) {
    const MeshPart* part = findPart(t.mesh, name);
    ASSERT_NE(part, nullptr) << name;
    for (std::uint32_t i = part->firstIndex; i < part->firstIndex + part->indexCount; ++i) {
      const auto v = t.mesh.indices[i];
      ASSERT_EQ(t.mesh.joints[v].x, 0) << name;
      ASSERT_EQ(t.mesh.weights[v].x, 1.0f) << name;
    }
  }
  const MeshPart* hyoid = findPart(t.mesh, "Hyoid");
  ASSERT_NE(hyoid, nullptr);
  EXPECT_EQ(t.mesh.joints[t.mesh.indices[hyoid->firstIndex]].x, anatomy::index(anatomy::Vertebra::C3));
}

TEST(Skull, VertebralArteriesEnterThroughTheForamenMagnumAndTheBasilarLiesOnTheClivus) {
  const TestModel& t = lowTestModel();
  const MeshPart* skull = findPart(t.mesh, "Skull");
  ASSERT_NE(skull, nullptr);
  const auto tris = trianglesOf(t.mesh, *skull);
  for (const char* name : {"Left vertebral artery V4", "Right vertebral artery V4", "Basilar artery"}) {
    const MeshPart* artery = findPart(t.mesh, name);
    ASSERT_NE(artery, nullptr) << name;
    int inside = 0;
    glm::vec3 example{0.0f};
    for (const glm::vec3& p : verticesOf(t.mesh, *artery)) {
      if (!insidePart(tris, p)) continue;
      ++inside;
      example = glm::vec3(glm::inverse(t.rest.restWorld[0]) * glm::vec4(p, 1.0f));
    }
    EXPECT_EQ(inside, 0) << name << " passes through bone, e.g. at C0 (" << example.x << ", " << example.y << ", " << example.z << ")";
  }
  // The basilar artery rests on the clivus: its wall comes within a couple of millimetres of bone.
  float nearest = 1e9f;
  for (const glm::vec3& p : verticesOf(t.mesh, *findPart(t.mesh, "Basilar artery"))) nearest = std::min(nearest, distanceToPart(p, tris));
  EXPECT_LT(nearest, 2.5f);
  // V4 rises into the skull: its top lies above the foramen magnum (basion level).
  const glm::mat4 toC0 = glm::inverse(t.rest.restWorld[0]);
  float topY = -1e9f;
  for (const glm::vec3& p : verticesOf(t.mesh, *findPart(t.mesh, "Left vertebral artery V4"))) topY = std::max(topY, glm::vec3(toC0 * glm::vec4(p, 1.0f)).y);
  EXPECT_GT(topY, skullLandmarks(t.morphometry).basion.y + 10.0f);
}

}  // namespace
}  // namespace spineview::mesh
