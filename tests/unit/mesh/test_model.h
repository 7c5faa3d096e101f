// Shared by the mesh test files of one binary: the Low-detail model and the data it came
// from, generated once per process, plus small geometry queries on mesh parts.
#pragma once

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "anatomy/rest_skeleton_builder.h"
#include "mesh/spine_model.h"

// Low keeps the suite fast; build with -DSPINEVIEW_TEST_MODEL_DETAIL=Default to run the same
// checks on what the viewer shows.
#ifndef SPINEVIEW_TEST_MODEL_DETAIL
#define SPINEVIEW_TEST_MODEL_DETAIL Low
#endif

namespace spineview::mesh::testing {

struct TestModel {
  anatomy::SpineMorphometry morphometry;
  anatomy::RestSkeleton rest;
  MeshData mesh;
};

inline const TestModel& lowTestModel() {
  static const TestModel model = [] {
    TestModel t;
    auto m = anatomy::loadMorphometry(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "anatomy");
    if (!m) {
      ADD_FAILURE() << m.message();
      return t;
    }
    t.morphometry = *m;
    t.rest = anatomy::buildRestSkeleton(t.morphometry);
    t.mesh = generateSpineModel(t.morphometry, t.rest, Detail::SPINEVIEW_TEST_MODEL_DETAIL);
    return t;
  }();
  return model;
}

inline const MeshPart* findPart(const MeshData& m, const std::string& name) {
  for (const auto& p : m.parts) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

inline int findJoint(const MeshData& m, const std::string& name) {
  for (std::size_t i = 0; i < m.skeleton.size(); ++i) {
    if (m.skeleton[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

struct Triangle {
  glm::vec3 a, b, c;
  glm::vec3 normal() const { return glm::normalize(glm::cross(b - a, c - a)); }
};

inline std::vector<Triangle> trianglesOf(const MeshData& m, const MeshPart& part) {
  std::vector<Triangle> out;
  for (std::uint32_t i = part.firstIndex; i + 2 < part.firstIndex + part.indexCount; i += 3) {
    out.push_back({m.positions[m.indices[i]], m.positions[m.indices[i + 1]], m.positions[m.indices[i + 2]]});
  }
  return out;
}

// The part's vertices, each once (a part's vertices are one contiguous range).
inline std::vector<glm::vec3> verticesOf(const MeshData& m, const MeshPart& part) {
  std::uint32_t lo = ~0u, hi = 0;
  for (std::uint32_t i = part.firstIndex; i < part.firstIndex + part.indexCount; ++i) {
    lo = std::min(lo, m.indices[i]);
    hi = std::max(hi, m.indices[i]);
  }
  if (lo > hi) return {};
  return {m.positions.begin() + lo, m.positions.begin() + hi + 1};
}

struct Hit {
  float t;
  glm::vec3 normal;  // of the triangle hit (outward for a closed, outward-wound part)
};

// Every intersection of the ray origin + t·dir (t > 0) with the triangles, nearest first.
inline std::vector<Hit> rayHits(const std::vector<Triangle>& tris, glm::vec3 origin, glm::vec3 dir) {
  std::vector<Hit> hits;
  for (const auto& tri : tris) {
    const glm::vec3 e1 = tri.b - tri.a, e2 = tri.c - tri.a;
    const glm::vec3 p = glm::cross(dir, e2);
    const float det = glm::dot(e1, p);
    if (std::abs(det) < 1e-12f) continue;
    const glm::vec3 s = origin - tri.a;
    const float u = glm::dot(s, p) / det;
    constexpr float kEdge = 1e-5f;  // rays through a shared edge count as hits
    if (u < -kEdge || u > 1.0f + kEdge) continue;
    const glm::vec3 q = glm::cross(s, e1);
    const float v = glm::dot(dir, q) / det;
    if (v < -kEdge || u + v > 1.0f + kEdge) continue;
    const float t = glm::dot(e2, q) / det;
    if (t > 0.0f) hits.push_back({t, tri.normal()});
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& x, const Hit& y) { return x.t < y.t; });
  return hits;
}

inline float pointTriangleDistance(glm::vec3 p, const Triangle& tri) {
  const glm::vec3 ab = tri.b - tri.a, ac = tri.c - tri.a, ap = p - tri.a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return glm::length(ap);
  const glm::vec3 bp = p - tri.b;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return glm::length(bp);
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return glm::length(p - (tri.a + d1 / (d1 - d3) * ab));
  const glm::vec3 cp = p - tri.c;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return glm::length(cp);
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return glm::length(p - (tri.a + d2 / (d2 - d6) * ac));
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) {
    return glm::length(p - (tri.b + (d4 - d3) / ((d4 - d3) + (d5 - d6)) * (tri.c - tri.b)));
  }
  const float denom = 1.0f / (va + vb + vc);
  return glm::length(p - (tri.a + ab * (vb * denom) + ac * (vc * denom)));
}

inline float distanceToPart(glm::vec3 p, const std::vector<Triangle>& tris) {
  float best = std::numeric_limits<float>::max();
  for (const auto& t : tris) best = std::min(best, pointTriangleDistance(p, t));
  return best;
}

inline glm::vec3 toWorld(const anatomy::RestSkeleton& rest, anatomy::Vertebra v, glm::vec3 p) {
  return glm::vec3(rest.restWorld[static_cast<std::size_t>(anatomy::index(v))] * glm::vec4(p, 1.0f));
}

}  // namespace spineview::mesh::testing
