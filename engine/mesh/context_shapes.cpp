#include "mesh/context_shapes.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "anatomy/rest_skeleton_builder.h"
#include "mesh/sdf.h"
#include "mesh/skull_shapes.h"
#include "mesh/tube_mesh.h"

namespace spineview::mesh {

namespace {

using anatomy::Side;
using anatomy::Vertebra;
constexpr float kPi = 3.14159265f;
// Body-surface proportions (drawing, not measurements).
constexpr float kVertexAboveCondylesFraction = 0.68f;  // of head height: vertex above, chin below the condyles
constexpr float kBackBehindBodiesMm = 80.0f;           // skin of the back behind the thoracic body centres

std::size_t at(int i) { return static_cast<std::size_t>(i); }
glm::vec3 xf(const glm::mat4& m, glm::vec3 p) { return glm::vec3(m * glm::vec4(p, 1.0f)); }

void flipIfInsideOut(TriangleMesh& mesh) {
  if (signedVolume(mesh) < 0.0) {
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
  }
}

// Lathe-like closed mesh from rings of equal size plus two pole vertices.
TriangleMesh ringsToMesh(const std::vector<std::vector<glm::vec3>>& rings, glm::vec3 bottomPole, glm::vec3 topPole) {
  TriangleMesh mesh;
  const auto S = static_cast<std::uint32_t>(rings.front().size());
  for (const auto& r : rings) mesh.positions.insert(mesh.positions.end(), r.begin(), r.end());
  for (std::uint32_t i = 0; i + 1 < rings.size(); ++i) {
    for (std::uint32_t k = 0; k < S; ++k) {
      const std::uint32_t a = i * S + k, b = i * S + (k + 1) % S, c = (i + 1) * S + k, d = (i + 1) * S + (k + 1) % S;
      mesh.indices.insert(mesh.indices.end(), {a, b, d, a, d, c});
    }
  }
  const auto bottom = static_cast<std::uint32_t>(mesh.positions.size());
  mesh.positions.push_back(bottomPole);
  const auto top = bottom + 1;
  mesh.positions.push_back(topPole);
  const auto last = static_cast<std::uint32_t>(rings.size() - 1) * S;
  for (std::uint32_t k = 0; k < S; ++k) {
    mesh.indices.insert(mesh.indices.end(), {bottom, (k + 1) % S, k});
    mesh.indices.insert(mesh.indices.end(), {top, last + k, last + (k + 1) % S});
  }
  flipIfInsideOut(mesh);
  // Smooth normals from the faces.
  mesh.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const auto i0 = mesh.indices[t], i1 = mesh.indices[t + 1], i2 = mesh.indices[t + 2];
    const glm::vec3 n = glm::cross(mesh.positions[i1] - mesh.positions[i0], mesh.positions[i2] - mesh.positions[i0]);
    mesh.normals[i0] += n; mesh.normals[i1] += n; mesh.normals[i2] += n;
  }
  for (auto& n : mesh.normals) n = glm::length(n) > 1e-12f ? glm::normalize(n) : glm::vec3(0, 1, 0);
  return mesh;
}

}  // namespace

double signedVolume(const TriangleMesh& mesh) {
  double v = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a(mesh.positions[mesh.indices[t]]), b(mesh.positions[mesh.indices[t + 1]]), c(mesh.positions[mesh.indices[t + 2]]);
    v += glm::dot(a, glm::cross(b, c)) / 6.0;
  }
  return v;
}

TriangleMesh discMesh(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, int s, int sides) {
  const Vertebra upper = anatomy::vertebraAt(s), lower = anatomy::vertebraAt(s + 1);
  const auto& bu = m.vertebra(upper).body;
  const auto& bl = m.vertebra(lower).body;
  const glm::mat4& wu = rest.restWorld[at(s)];
  const glm::mat4& wl = rest.restWorld[at(s + 1)];
  const float hu = anatomy::bodyHalfHeightMm(m, upper), hl = anatomy::bodyHalfHeightMm(m, lower);
  const float rx = 0.5f * std::min(bu.widthMm.f(), bl.widthMm.f()) - 0.8f;
  const float rzU = 0.5f * bu.depthMm.f() - 0.8f, rzL = 0.5f * bl.depthMm.f() - 0.8f;
  constexpr int kRings = 5;
  std::vector<std::vector<glm::vec3>> rings;
  for (int i = 0; i < kRings; ++i) {
    const float t = static_cast<float>(i) / (kRings - 1);
    const float bulge = 0.6f * std::sin(kPi * t);
    std::vector<glm::vec3> ring;
    for (int k = 0; k < sides; ++k) {
      const float a = 2.0f * kPi * static_cast<float>(k) / static_cast<float>(sides);
      const glm::vec3 pl = xf(wl, {(rx + bulge) * std::sin(a), hl - 0.2f, (rzL + bulge) * std::cos(a)});
      const glm::vec3 pu = xf(wu, {(rx + bulge) * std::sin(a), -hu + 0.2f, (rzU + bulge) * std::cos(a)});
      ring.push_back(pl + t * (pu - pl));
    }
    rings.push_back(ring);
  }
  // Domes fill the concave endplates.
  const glm::vec3 bottom = xf(wl, {0, hl - 0.9f * bl.superiorConcavityMm.f(), -0.08f * bl.depthMm.f()});
  const glm::vec3 top = xf(wu, {0, -hu + 0.9f * bu.inferiorConcavityMm.f(), -0.08f * bu.depthMm.f()});
  return ringsToMesh(rings, bottom, top);
}

TriangleMesh facetJointMesh(const anatomy::RestSkeleton& rest, int s, Side side, int sides) {
  const auto& f = rest.segments[at(s)].facets[static_cast<std::size_t>(side)];
  const glm::mat4& wl = rest.restWorld[at(s + 1)];
  const glm::vec3 n = glm::normalize(glm::vec3(wl * glm::vec4(f.lowerSurfaceNormal, 0.0f)));
  const glm::vec3 centre = xf(wl, f.lowerSurfaceCentre + 0.5f * f.neutralGapMm * f.lowerSurfaceNormal);
  const glm::mat3 axes = axesFromY(n);
  const float rx = 0.4f * f.surfaceWidthMm, rz = 0.4f * f.surfaceHeightMm, ry = 0.3f * f.neutralGapMm;
  std::vector<std::vector<glm::vec3>> rings;
  const int stacks = std::max(3, sides / 2);
  for (int i = 1; i < stacks; ++i) {
    const float phi = kPi * static_cast<float>(i) / stacks;
    std::vector<glm::vec3> ring;
    for (int k = 0; k < sides; ++k) {
      const float a = 2.0f * kPi * static_cast<float>(k) / static_cast<float>(sides);
      ring.push_back(centre + axes * glm::vec3(rx * std::sin(phi) * std::cos(a), -ry * std::cos(phi), rz * std::sin(phi) * std::sin(a)));
    }
    rings.push_back(ring);
  }
  return ringsToMesh(rings, centre - ry * n, centre + ry * n);
}

TriangleMesh bodySurfaceMesh(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, glm::vec3 leftAcromion,
                             float cell, std::size_t targetTriangles) {
  const auto& c = m.context;
  auto origin = [&](Vertebra v) { return glm::vec3(rest.restWorld[at(anatomy::index(v))][3]); };
  const glm::vec3 c0 = origin(Vertebra::C0), c5 = origin(Vertebra::C5), t1 = origin(Vertebra::T1);
  const glm::vec3 t2 = origin(Vertebra::T2), t12 = origin(Vertebra::T12);
  const glm::mat3 id(1.0f);
  Shape s;
  // Head: cranial vault over the skull base, face in front of it, jaw and nose as gentle hints.
  const float headW = 0.5f * c.headWidthMm.f(), headH = c.headHeightMm.f(), headD = 0.5f * c.headDepthMm.f();
  const float vertexY = c0.y + kVertexAboveCondylesFraction * headH;
  // The skin follows the skull: scalp centred over the vault, chin in front of the mandible.
  const SkullLandmarks skull = skullLandmarks(m);
  const glm::mat4& c0Frame = rest.restWorld[0];
  auto onSkull = [&](glm::vec3 p) { return glm::vec3(c0Frame * glm::vec4(p, 1.0f)); };
  const glm::vec3 cranium = c0 + glm::vec3(0, vertexY - c0.y - 0.36f * headH, skull.vaultCentre.z);
  s.add(ellipsoid(cranium, id, {headW, 0.36f * headH, headD}, 0.0f));
  s.add(ellipsoid(c0 + glm::vec3(0, 0.03f * headH, 0.62f * headD), id, {0.72f * headW, 0.28f * headH, 0.48f * headD}, 20.0f));
  const glm::vec3 chin = onSkull(skull.pogonion + glm::vec3(0.0f, 4.0f, -6.0f));
  for (float sx : {1.0f, -1.0f}) {
    s.add(capsule(c0 + glm::vec3(sx * 0.62f * headW, -0.12f * headH, 0.22f * headD), chin, 15.0f, 14.0f, 18.0f));  // mandible
  }
  s.add(ellipsoid(c0 + glm::vec3(0, 0.1f * headH, 1.13f * headD), id, {9.0f, 18.0f, 12.0f}, 10.0f));  // nose
  // Neck: the cervical spine runs in its posterior third.
  const float neckR = c.neckRadiusMm.f();
  s.add(capsule(c0 + glm::vec3(0, -10.0f, 8.0f), t1 + glm::vec3(0, 15.0f, -12.0f), neckR, neckR + 5.0f, 25.0f));
  // Shoulders: trapezius sloping from the lower neck to the acromion, deltoid caps.
  const glm::vec3 acromion[2] = {leftAcromion, glm::vec3(-leftAcromion.x, leftAcromion.y, leftAcromion.z)};
  for (const glm::vec3& a : acromion) {
    const float sx = a.x > 0.0f ? 1.0f : -1.0f;
    s.add(capsule(c5 + glm::vec3(sx * 18.0f, 0.0f, -28.0f), a + glm::vec3(-sx * 12.0f, 10.0f, -10.0f), 44.0f, 26.0f, 35.0f));
    s.add(ellipsoid(a + glm::vec3(sx * 12.0f, -30.0f, 5.0f), id, {30.0f, 55.0f, 42.0f}, 30.0f));
  }
  // Upper torso: back just behind the spinous processes, chest depth from the data; narrower
  // than the shoulders so the trapezius and deltoids give the shoulder line.
  float back = 1e9f;
  for (int i = anatomy::index(Vertebra::T1); i < anatomy::kVertebraCount; ++i) back = std::min(back, origin(anatomy::vertebraAt(i)).z);
  back -= kBackBehindBodiesMm;
  const float halfDepth = 0.5f * c.chestDepthMm.f();
  const float top = t2.y - 10.0f, bottom = t12.y - 60.0f;
  s.add(ellipticPrism({0.0f, 0.5f * (top + bottom), back + halfDepth}, id, std::abs(leftAcromion.x) - 35.0f, halfDepth,
                      0.5f * (top - bottom), 90.0f, 60.0f));
  s.computeBounds(cell * 2.0f);
  TriangleMesh mesh = extractSurface(s, cell, false);
  simplifyMesh(mesh, targetTriangles, 0.05f);
  computeNormals(mesh, s);
  return mesh;
}

}  // namespace spineview::mesh
