// The acceptance checks, measured on the generated (Low) mesh rather than read back
// from the data: body sizes, vertebral arteries threading real transverse foramina, facet
// joints that face each other across a joint space, scapulae on the back of the thorax, and
// ribs that curve back through the rib angle before wrapping forward (with their costal cartilages).
#include <array>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_model.h"

namespace spineview::mesh {
namespace {

using anatomy::Side;
using anatomy::Vertebra;
using namespace spineview::mesh::testing;

std::size_t at(int i) { return static_cast<std::size_t>(i); }
std::string sideTitle(Side s) { return s == Side::Left ? "Left" : "Right"; }

const MeshPart* bonePart(const MeshData& m, Vertebra v) {
  for (const auto& p : m.parts) {
    if (p.kind == PartKind::Bone && p.level == v) return &p;
  }
  return nullptr;
}

// Where a line through the vertebra frame (point p, direction d, both local) enters and
// leaves the bone, as signed distances along d from p.
std::vector<float> crossings(const TestModel& t, Vertebra v, glm::vec3 p, glm::vec3 d) {
  const glm::mat4& w = t.rest.restWorld[at(anatomy::index(v))];
  const glm::vec3 origin = glm::vec3(w * glm::vec4(p - 200.0f * d, 1.0f));
  const glm::vec3 dir = glm::normalize(glm::vec3(w * glm::vec4(d, 0.0f)));
  std::vector<float> out;
  for (const Hit& h : rayHits(trianglesOf(t.mesh, *bonePart(t.mesh, v)), origin, dir)) out.push_back(h.t - 200.0f);
  return out;
}

TEST(AnatomyAcceptance, VertebralBodySizesMatchTheData) {
  const TestModel& t = lowTestModel();
  for (int i = anatomy::index(Vertebra::C2); i < anatomy::kVertebraCount; ++i) {
    const Vertebra v = anatomy::vertebraAt(i);
    ASSERT_NE(bonePart(t.mesh, v), nullptr);
    const auto& body = t.morphometry.vertebra(v).body;
    const float W = body.widthMm.f(), D = body.depthMm.f();
    // Width: a left–right line through the body, in front of the cervical transverse
    // processes (which start at the body's side) and clear of the endplates.
    const float z = anatomy::isCervical(v) ? 0.5f * D - 2.5f : 0.0f;
    const auto across = crossings(t, v, {0.0f, -1.0f, z}, {1, 0, 0});
    ASSERT_GE(across.size(), 2u) << anatomy::vertebraName(v);
    // The body is the bone around x = 0: last crossing left of it, first right of it.
    float left = 0.0f, right = 0.0f;
    for (float c : across) {
      if (c < 0.0f) left = c;
      if (c > 0.0f && right == 0.0f) right = c;
    }
    EXPECT_NEAR(right - left, W, 0.05f * W) << anatomy::vertebraName(v) << " body width";
    // Depth: front to back along the midline at mid-height; the canal lies behind the body.
    const auto along = crossings(t, v, {0.0f, -1.0f, 0.0f}, {0, 0, 1});
    float front = 0.0f, back = 0.0f;
    for (float c : along) {
      if (c < 0.0f) back = c;
      if (c > 0.0f && front == 0.0f) front = c;
    }
    EXPECT_NEAR(front - back, D, 0.05f * D) << anatomy::vertebraName(v) << " body depth";
  }
}

// Centre points of the artery tube (ring vertex minus radius along its outward normal),
// densified to 0.5 mm steps, for one named part.
std::vector<glm::vec3> arteryCentreline(const MeshData& m, const std::string& name, float radius) {
  const MeshPart* part = findPart(m, name);
  if (!part) return {};
  std::uint32_t lo = ~0u, hi = 0;
  for (std::uint32_t i = part->firstIndex; i < part->firstIndex + part->indexCount; ++i) {
    lo = std::min(lo, m.indices[i]);
    hi = std::max(hi, m.indices[i]);
  }
  std::vector<glm::vec3> centres;
  for (std::uint32_t v = lo; v + 2 <= hi; ++v) {  // the last two vertices are the cap centres
    const glm::vec3 c = m.positions[v] - radius * m.normals[v];
    if (centres.empty() || glm::distance(centres.back(), c) > 0.2f) centres.push_back(c);
  }
  std::vector<glm::vec3> dense;
  for (std::size_t i = 0; i + 1 < centres.size(); ++i) {
    const int steps = std::max(1, static_cast<int>(glm::distance(centres[i], centres[i + 1]) / 0.5f));
    for (int k = 0; k < steps; ++k) dense.push_back(glm::mix(centres[i], centres[i + 1], static_cast<float>(k) / steps));
  }
  return dense;
}

TEST(AnatomyAcceptance, VertebralArteriesPassThroughTransverseForaminaWithoutTouchingBone) {
  const TestModel& t = lowTestModel();
  const float r = 0.5f * t.morphometry.arteries.diameterMm.f();
  for (Side side : anatomy::kSides) {
    auto path = arteryCentreline(t.mesh, sideTitle(side) + " vertebral artery V2", r);
    const auto v3 = arteryCentreline(t.mesh, sideTitle(side) + " vertebral artery V3", r);
    path.insert(path.end(), v3.begin(), v3.end());
    ASSERT_GT(path.size(), 50u);
    for (int i = anatomy::index(t.morphometry.arteries.entryLevel); i >= anatomy::index(Vertebra::C1); --i) {
      const Vertebra v = anatomy::vertebraAt(i);
      const std::string what = sideTitle(side) + " " + std::string(anatomy::vertebraName(v)) + " transverse foramen";
      const auto& lm = t.rest.vertebrae[at(i)];
      const glm::vec3 centre = toWorld(t.rest, v, (*lm.transverseForamen)[static_cast<std::size_t>(side)]);
      const auto bone = trianglesOf(t.mesh, *bonePart(t.mesh, v));
      float nearest = 1e9f;
      glm::vec3 through{0.0f};
      float clearance = 1e9f;
      for (const glm::vec3& p : path) {
        const float d = glm::distance(p, centre);
        if (d < nearest) { nearest = d; through = p; }
        if (d < 6.0f) clearance = std::min(clearance, distanceToPart(p, bone));
      }
      EXPECT_LT(nearest, 0.5f * lm.transverseForamenDiameterMm) << what << ": the artery misses the foramen";
      EXPECT_GT(clearance, r) << what << ": bone reaches into the artery";
      // A real hole: bone all round the artery in the vertebra's transverse plane.
      const glm::mat4& w = t.rest.restWorld[at(i)];
      int enclosed = 0;
      std::string open;
      for (int k = 0; k < 8; ++k) {
        const float a = 6.2831853f * static_cast<float>(k) / 8.0f;
        const glm::vec3 dir = glm::normalize(glm::vec3(w * glm::vec4(std::cos(a), 0.0f, std::sin(a), 0.0f)));
        const auto hits = rayHits(bone, through, dir);
        if (!hits.empty() && hits.front().t < 10.0f) {
          ++enclosed;
        } else {
          open += " " + std::to_string(k * 45) + "°" + (hits.empty() ? "" : " (bone at " + std::to_string(hits.front().t) + " mm)");
        }
      }
      EXPECT_EQ(enclosed, 8) << what << " is open toward" << open << " (0° lateral-left, 90° anterior)";
    }
  }
}

TEST(AnatomyAcceptance, FacetSurfacesFaceEachOtherAcrossAJointSpace) {
  const TestModel& t = lowTestModel();
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const Vertebra upper = anatomy::vertebraAt(s), lower = anatomy::vertebraAt(s + 1);
    const auto upperBone = trianglesOf(t.mesh, *bonePart(t.mesh, upper));
    const auto lowerBone = trianglesOf(t.mesh, *bonePart(t.mesh, lower));
    for (Side side : anatomy::kSides) {
      const std::string what = sideTitle(side) + " " + anatomy::segmentName(s) + " facet joint";
      const auto& f = t.rest.segments[at(s)].facets[static_cast<std::size_t>(side)];
      const glm::mat4& wl = t.rest.restWorld[at(s + 1)];
      const glm::vec3 n = glm::normalize(glm::vec3(wl * glm::vec4(f.lowerSurfaceNormal, 0.0f)));
      const glm::vec3 centre = glm::vec3(wl * glm::vec4(f.lowerSurfaceCentre + 0.5f * f.neutralGapMm * f.lowerSurfaceNormal, 1.0f));
      const auto down = rayHits(lowerBone, centre, -n);
      const auto up = rayHits(upperBone, centre, n);
      ASSERT_FALSE(down.empty()) << what << ": no superior articular surface below";
      ASSERT_FALSE(up.empty()) << what << ": no inferior articular surface above";
      // Both surfaces are met from outside (the joint centre is in neither bone) ...
      EXPECT_GT(glm::dot(down.front().normal, n), 0.0f) << what << ": joint centre inside the lower bone";
      EXPECT_LT(glm::dot(up.front().normal, n), 0.0f) << what << ": joint centre inside the upper bone";
      // ... they face each other (surface normals averaged over a 2 mm ring of rays, so one
      // coarse triangle does not decide) ...
      const glm::vec3 t1 = glm::normalize(glm::cross(n, std::abs(n.x) < 0.9f ? glm::vec3(1, 0, 0) : glm::vec3(0, 0, 1)));
      const glm::vec3 t2 = glm::cross(n, t1);
      glm::vec3 lowerNormal{0.0f}, upperNormal{0.0f};
      for (const glm::vec3 offset : {glm::vec3(0.0f), 2.0f * t1, -2.0f * t1, 2.0f * t2, -2.0f * t2}) {
        const auto d = rayHits(lowerBone, centre + offset, -n);
        const auto u = rayHits(upperBone, centre + offset, n);
        if (!d.empty() && d.front().t < 4.0f) lowerNormal += d.front().normal;
        if (!u.empty() && u.front().t < 4.0f) upperNormal += u.front().normal;
      }
      EXPECT_LT(glm::dot(glm::normalize(lowerNormal), glm::normalize(upperNormal)), -0.7f)
          << what << ": surfaces not opposed (gaps " << down.front().t << ", " << up.front().t << ")";
      // ... across a thin joint space.
      const float gap = down.front().t + up.front().t;
      EXPECT_GT(gap, 0.0f) << what;
      EXPECT_LT(gap, 4.0f) << what << ": surfaces too far apart for a joint";
    }
  }
}

TEST(AnatomyAcceptance, ScapulaeSitOnTheBackOfTheRibCage) {
  const TestModel& t = lowTestModel();
  const auto& c = t.morphometry.context;
  for (Side side : anatomy::kSides) {
    const std::string name = sideTitle(side) + " scapula";
    const MeshPart* scapula = findPart(t.mesh, name);
    ASSERT_NE(scapula, nullptr) << name;
    EXPECT_EQ(scapula->kind, PartKind::Scapula);
    const int joint = findJoint(t.mesh, name);
    ASSERT_GE(joint, 0) << name;
    EXPECT_EQ(t.mesh.skeleton[at(joint)].parent, anatomy::index(Vertebra::T3));
    // The medial two-thirds of the blade, against every rib vertex under it.
    const auto blade = verticesOf(t.mesh, *scapula);
    const float medialLimit = c.scapulaMedialBorderMm.f() + 0.6f * c.scapulaWidthMm.f() * std::cos(glm::radians(c.scapulaPlaneAngleDeg.f()));
    int compared = 0;
    for (int k = 2; k <= 8; ++k) {
      const MeshPart* rib = findPart(t.mesh, sideTitle(side) + " " + std::to_string(k) + (k == 2 ? "nd" : k == 3 ? "rd" : "th") + " rib");
      ASSERT_NE(rib, nullptr);
      for (const glm::vec3& rp : verticesOf(t.mesh, *rib)) {
        for (const glm::vec3& sp : blade) {
          if (std::abs(sp.x) > medialLimit || glm::distance(glm::vec2(sp.x, sp.y), glm::vec2(rp.x, rp.y)) > 4.0f) continue;
          ++compared;
          ASSERT_GT(rp.z, sp.z) << name << " is not behind rib " << k;
        }
      }
    }
    EXPECT_GT(compared, 100) << name << " does not overlie the ribs";
  }
}

TEST(AnatomyAcceptance, RibsCurveBackThroughTheRibAngleThenWrapForward) {
  const TestModel& t = lowTestModel();
  for (int k = 3; k <= 10; ++k) {
    for (Side side : anatomy::kSides) {
      const std::string name = sideTitle(side) + " " + std::to_string(k) + (k == 3 ? "rd" : "th") + " rib";
      const MeshPart* rib = findPart(t.mesh, name);
      const int joint = findJoint(t.mesh, name);
      ASSERT_TRUE(rib && joint >= 0) << name;
      const glm::vec3 head = glm::vec3(t.mesh.skeleton[at(joint)].bindWorld[3]);  // costovertebral joint
      auto verts = verticesOf(t.mesh, *rib);
      // The bony rib ends at the costochondral junction; its costal cartilage carries the arc on.
      const std::string cartilageName = sideTitle(side) + " " + std::to_string(k) + (k == 3 ? "rd" : "th") + " costal cartilage";
      const MeshPart* cartilage = findPart(t.mesh, cartilageName);
      ASSERT_NE(cartilage, nullptr) << cartilageName;
      for (const glm::vec3& p : verticesOf(t.mesh, *cartilage)) verts.push_back(p);
      glm::vec3 back = verts.front(), front = verts.front(), lateral = verts.front();
      for (const glm::vec3& p : verts) {
        if (p.z < back.z) back = p;
        if (p.z > front.z) front = p;
        if (std::abs(p.x) > std::abs(lateral.x)) lateral = p;
      }
      EXPECT_GT(std::abs(back.x), std::abs(head.x) + 15.0f) << name << ": most posterior point not lateral of the head";
      EXPECT_LT(back.z, head.z - 10.0f) << name << ": most posterior point not behind the head";
      EXPECT_GT(front.z, head.z + 80.0f) << name << ": does not wrap to the front of the chest";
      EXPECT_GT(std::abs(lateral.x), 90.0f) << name << ": thorax too narrow";
      EXPECT_LT(front.y, head.y) << name << ": front end should lie below the head";
    }
  }
}

}  // namespace
}  // namespace spineview::mesh
