#include "mesh/context_shapes.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "anatomy/rest_skeleton_builder.h"
#include "mesh/sdf.h"
#include "mesh/tube_mesh.h"

namespace spineview::mesh {

namespace {

using anatomy::Side;
using anatomy::Vertebra;
constexpr float kPi = 3.14159265f;

std::size_t at(int i) { return static_cast<std::size_t>(i); }
float sgn(Side s) { return s == Side::Left ? 1.0f : -1.0f; }
glm::vec3 xf(const glm::mat4& m, glm::vec3 p) { return glm::vec3(m * glm::vec4(p, 1.0f)); }

void flipIfInsideOut(TriangleMesh& mesh) {
  if (signedVolume(mesh) < 0.0) {
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
  }
}

void appendRigid(MeshData& data, MeshPart part, const TriangleMesh& m, int joint) {
  const auto base = static_cast<std::uint32_t>(data.positions.size());
  part.firstIndex = static_cast<std::uint32_t>(data.indices.size());
  part.indexCount = static_cast<std::uint32_t>(m.indices.size());
  for (std::size_t i = 0; i < m.positions.size(); ++i) {
    data.positions.push_back(m.positions[i]);
    data.normals.push_back(m.normals[i]);
    data.joints.push_back(glm::u16vec4(static_cast<std::uint16_t>(joint), 0, 0, 0));
    data.weights.push_back(glm::vec4(1, 0, 0, 0));
  }
  for (std::uint32_t idx : m.indices) data.indices.push_back(base + idx);
  data.parts.push_back(std::move(part));
}

std::string ordinal(int k) {
  const char* suffix = (k == 1) ? "st" : (k == 2) ? "nd" : (k == 3) ? "rd" : "th";
  return std::to_string(k) + suffix;
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

void addRibCage(MeshData& data, const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, int sides, int perSpan) {
  const auto& c = m.context;
  std::array<std::array<glm::vec3, 2>, 12> fronts{};
  for (int k = 1; k <= 12; ++k) {
    const Vertebra v = anatomy::vertebraAt(anatomy::index(Vertebra::T1) + k - 1);
    const int vi = anatomy::index(v);
    const auto& d = m.vertebra(v);
    const float H = 2.0f * anatomy::bodyHalfHeightMm(m, v);
    const float ribPhase = std::min(k - 1, 6) / 6.0f;
    float hw = c.thoraxHalfWidthT1Mm.f() + (c.thoraxHalfWidthMaxMm.f() - c.thoraxHalfWidthT1Mm.f()) * std::sin(ribPhase * kPi / 2);
    if (k > 8) hw = c.thoraxHalfWidthMaxMm.f() - 9.0f * static_cast<float>(k - 8);
    const float depth = c.thoraxDepthMaxMm.f() * (0.55f + 0.45f * std::sin(std::min(k - 1, 7) / 7.0f * kPi / 2));
    const float drop = c.ribAnteriorDropMm.f() * (k == 1 ? 0.4f : 1.0f);
    const float aEnd = k <= 7 ? kPi - std::asin(std::min(0.9f, 0.5f * c.sternumWidthMm.f() / hw))
                              : (k <= 10 ? 0.8f * kPi : (k == 11 ? 0.55f * kPi : 0.45f * kPi));
    const float ifw = 0.5f * d.superiorFacet.interfacetWidthMm.f();
    for (Side side : anatomy::kSides) {
      const float sx = sgn(side);
      const float tipLateral = 0.5f * d.transverseProcess.spanMm.f() - ifw;
      const float zRoot = d.superiorFacet.apOffsetMm.f() + 2.0f;
      const glm::vec3 tubercle{sx * 0.5f * d.transverseProcess.spanMm.f(), 0.2f * H + 4.0f,
                               zRoot - tipLateral * std::tan(glm::radians(d.transverseProcess.dorsalAngleDeg.f())) + 5.0f};
      const glm::vec3 head{sx * (0.5f * d.body.widthMm.f() + 3.0f), 0.5f * H, -0.5f * d.body.depthMm.f() + 4.0f};
      std::vector<glm::vec3> local{head, 0.5f * (head + tubercle) + glm::vec3(0, 0, -2.0f), tubercle};
      const float a0 = std::asin(std::min(0.95f, std::abs(tubercle.x) / hw));
      const float e = 0.5f * depth * (1.0f - std::cos(a0));
      constexpr int kSamples = 7;
      for (int i = 1; i <= kSamples; ++i) {
        const float a = a0 + (aEnd - a0) * static_cast<float>(i) / kSamples;
        const float u = (a - a0) / (kPi - a0);
        local.push_back({sx * hw * std::sin(a), tubercle.y - drop * 0.5f * (1.0f - std::cos(u * kPi)),
                         tubercle.z - e + 0.5f * depth * (1.0f - std::cos(a))});
      }
      std::vector<glm::vec3> world;
      for (const auto& p : local) world.push_back(xf(rest.restWorld[at(vi)], p));
      fronts[at(k - 1)][static_cast<std::size_t>(side)] = world.back();
      const int joint = static_cast<int>(data.skeleton.size());
      glm::mat4 bind = rest.restWorld[at(vi)];
      bind[3] = glm::vec4(world.front(), 1.0f);
      const std::string title = std::string(side == Side::Left ? "Left" : "Right") + " " + ordinal(k) + " rib";
      data.skeleton.push_back({title, vi, bind});
      appendRigid(data, {title, PartKind::RibCage, v, side, 0, 0},
                  sweepTube(smoothCurve(world, perSpan), {c.ribRadiusMm.f()}, sides), joint);
    }
  }
  // Sternum between the front ends of ribs 1 and 7.
  const glm::vec3 top = 0.5f * (fronts[0][0] + fronts[0][1]) + glm::vec3(0, 10.0f, 0);
  const glm::vec3 bottom = 0.5f * (fronts[6][0] + fronts[6][1]) - glm::vec3(0, 15.0f, 0);
  Shape sternum;
  const glm::vec3 axis = glm::normalize(top - bottom);
  sternum.add(roundBox(0.5f * (top + bottom), axesFromY(axis), {0.5f * c.sternumWidthMm.f(), 0.5f * glm::length(top - bottom), 4.0f}, 3.0f, 1.0f));
  sternum.computeBounds(2.0f);
  TriangleMesh sternumMesh = extractSurface(sternum, 2.5f, false);
  simplifyMesh(sternumMesh, 600);
  computeNormals(sternumMesh, sternum);
  appendRigid(data, {"Sternum", PartKind::RibCage, Vertebra::T4, std::nullopt, 0, 0}, sternumMesh, anatomy::index(Vertebra::T4));
}

TriangleMesh bodySurfaceMesh(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, float cell,
                             std::size_t targetTriangles) {
  const auto& c = m.context;
  auto origin = [&](Vertebra v) { return glm::vec3(rest.restWorld[at(anatomy::index(v))][3]); };
  const glm::vec3 c0 = origin(Vertebra::C0), t1 = origin(Vertebra::T1), t6 = origin(Vertebra::T6), t12 = origin(Vertebra::T12);
  Shape s;
  s.add(ellipsoid(c0 + glm::vec3(0, 45.0f, 30.0f), glm::mat3(1.0f),
                  {0.5f * c.headWidthMm.f(), 0.5f * c.headHeightMm.f(), 0.5f * c.headDepthMm.f()}, 0.0f));
  s.add(capsule(c0 + glm::vec3(0, 0, 15.0f), t1 + glm::vec3(0, 0, 20.0f), c.neckRadiusMm.f(), c.neckRadiusMm.f() + 5.0f, 30.0f));
  const float shoulderX = 0.5f * c.shoulderWidthMm.f() - 55.0f;
  s.add(capsule(t1 + glm::vec3(-shoulderX, -25.0f, 10.0f), t1 + glm::vec3(shoulderX, -25.0f, 10.0f), 55.0f, 55.0f, 40.0f));
  s.add(ellipsoid(0.5f * (t1 + t12) + glm::vec3(0, -10.0f, 0.5f * c.chestDepthMm.f() - 80.0f), glm::mat3(1.0f),
                  {0.5f * c.shoulderWidthMm.f() - 40.0f, 0.5f * (t1.y - t12.y) + 60.0f, 0.5f * c.chestDepthMm.f()}, 40.0f));
  (void)t6;
  s.computeBounds(cell * 2.0f);
  TriangleMesh mesh = extractSurface(s, cell, false);
  simplifyMesh(mesh, targetTriangles, 0.05f);
  computeNormals(mesh, s);
  return mesh;
}

}  // namespace spineview::mesh
