#include "mesh/surface_extraction.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

#include <meshoptimizer.h>

namespace spineview::mesh {

namespace {

// Kuhn split of a cube into six tetrahedra along the 0–7 diagonal; corners are x + 2y + 4z.
// The split is the same in every cube, so faces between cubes match and the surface is sealed.
constexpr std::array<std::array<int, 4>, 6> kTetrahedra{{
    {0, 1, 3, 7}, {0, 1, 5, 7}, {0, 2, 3, 7}, {0, 2, 6, 7}, {0, 4, 5, 7}, {0, 4, 6, 7}}};

constexpr int kBlock = 4;  // cells per block side for the far-field skip

struct Grid {
  int nx, ny, nz;  // vertex counts
  glm::vec3 origin;
  float cell;
  std::size_t at(int x, int y, int z) const {
    return (static_cast<std::size_t>(z) * static_cast<std::size_t>(ny) + static_cast<std::size_t>(y)) *
               static_cast<std::size_t>(nx) + static_cast<std::size_t>(x);
  }
  glm::vec3 position(int x, int y, int z) const { return origin + cell * glm::vec3(x, y, z); }
};

std::vector<float> sampleField(const Shape& shape, const Grid& g) {
  std::vector<float> values(static_cast<std::size_t>(g.nx) * static_cast<std::size_t>(g.ny) * static_cast<std::size_t>(g.nz));
  const float blockRadius = 0.5f * std::sqrt(3.0f) * kBlock * g.cell;
  for (int bz = 0; bz < g.nz; bz += kBlock) {
    for (int by = 0; by < g.ny; by += kBlock) {
      for (int bx = 0; bx < g.nx; bx += kBlock) {
        const int ex = std::min(bx + kBlock, g.nx - 1), ey = std::min(by + kBlock, g.ny - 1), ez = std::min(bz + kBlock, g.nz - 1);
        const glm::vec3 centre = 0.5f * (g.position(bx, by, bz) + g.position(ex, ey, ez));
        const float dc = shape.distance(centre);
        // Far from the surface the sign cannot change inside the block: fill, skip the work.
        const bool far = std::abs(dc) > 1.2f * blockRadius + g.cell;
        for (int z = bz; z <= ez; ++z) {
          for (int y = by; y <= ey; ++y) {
            for (int x = bx; x <= ex; ++x) {
              float d = far ? dc : shape.distance(g.position(x, y, z));
              if (d == 0.0f) d = 1e-5f;  // no sample exactly on the surface: keeps edges distinct
              values[g.at(x, y, z)] = d;
            }
          }
        }
      }
    }
  }
  return values;
}

// Collapsing a thin sliver can leave the same triangle twice with opposite windings (a
// zero-volume flap). Dropping both copies keeps the surface closed. Sorting beats hashing here.
void removeCancellingPairs(std::vector<std::uint32_t>& indices) {
  const std::size_t n = indices.size() / 3;
  std::vector<std::pair<std::array<std::uint32_t, 3>, std::uint32_t>> sorted(n);
  for (std::size_t t = 0; t < n; ++t) {
    std::array<std::uint32_t, 3> v{indices[3 * t], indices[3 * t + 1], indices[3 * t + 2]};
    std::sort(v.begin(), v.end());
    sorted[t] = {v, static_cast<std::uint32_t>(t)};
  }
  std::sort(sorted.begin(), sorted.end());
  std::vector<bool> drop(n, false);
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i + 1;
    while (j < n && sorted[j].first == sorted[i].first) ++j;
    if (j - i == 2) drop[sorted[i].second] = drop[sorted[i + 1].second] = true;
    i = j;
  }
  std::vector<std::uint32_t> kept;
  kept.reserve(indices.size());
  for (std::size_t t = 0; t < n; ++t) {
    if (!drop[t]) kept.insert(kept.end(), {indices[3 * t], indices[3 * t + 1], indices[3 * t + 2]});
  }
  indices = std::move(kept);
}

// One meshoptimizer pass to `goal` triangles; empty when the result is not closed.
std::vector<std::uint32_t> simplifiedClosed(const TriangleMesh& mesh, std::size_t goal, float maxRelativeError,
                                            std::vector<std::uint32_t>& scratch) {
  const std::size_t count = meshopt_simplify(scratch.data(), mesh.indices.data(), mesh.indices.size(),
                                             &mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3), goal * 3,
                                             maxRelativeError, 0, nullptr);
  if (count == 0 || count >= mesh.indices.size()) return {};
  TriangleMesh candidate;
  candidate.indices.assign(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(count));
  removeCancellingPairs(candidate.indices);
  if (candidate.indices.empty() || !isClosedManifold(candidate)) return {};
  return std::move(candidate.indices);
}

}  // namespace

TriangleMesh extractSurface(const Shape& shape, float cellSize, bool withNormals) {
  Grid g;
  g.cell = cellSize;
  g.origin = shape.boundsMin;
  const glm::vec3 extent = shape.boundsMax - shape.boundsMin;
  g.nx = static_cast<int>(std::ceil(extent.x / cellSize)) + 2;
  g.ny = static_cast<int>(std::ceil(extent.y / cellSize)) + 2;
  g.nz = static_cast<int>(std::ceil(extent.z / cellSize)) + 2;
  const std::vector<float> values = sampleField(shape, g);

  TriangleMesh mesh;
  std::unordered_map<std::uint64_t, std::uint32_t> edgeVertex;
  edgeVertex.reserve(1 << 16);
  auto vertexOn = [&](std::size_t ia, std::size_t ib, const glm::vec3& pa, const glm::vec3& pb) {
    if (ia > ib) return std::pair{ib, ia};
    (void)pa; (void)pb;
    return std::pair{ia, ib};
  };
  auto edgePoint = [&](std::size_t ia, std::size_t ib, const glm::vec3& pa, const glm::vec3& pb) -> std::uint32_t {
    const auto [lo, hi] = vertexOn(ia, ib, pa, pb);
    const std::uint64_t key = static_cast<std::uint64_t>(lo) * 0x100000000ull + static_cast<std::uint64_t>(hi);
    auto [it, inserted] = edgeVertex.try_emplace(key, static_cast<std::uint32_t>(mesh.positions.size()));
    if (inserted) {
      const float da = values[ia], db = values[ib];
      const float t = std::clamp(da / (da - db), 0.0f, 1.0f);
      mesh.positions.push_back(pa + t * (pb - pa));
    }
    return it->second;
  };
  auto emit = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c, const glm::vec3& outward) {
    const glm::vec3 n = glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
    if (glm::dot(n, outward) < 0.0f) std::swap(b, c);
    mesh.indices.insert(mesh.indices.end(), {a, b, c});
  };

  for (int z = 0; z + 1 < g.nz; ++z) {
    for (int y = 0; y + 1 < g.ny; ++y) {
      for (int x = 0; x + 1 < g.nx; ++x) {
        std::array<std::size_t, 8> id;
        bool anyIn = false, anyOut = false;
        for (int c = 0; c < 8; ++c) {
          id[static_cast<std::size_t>(c)] = g.at(x + (c & 1), y + ((c >> 1) & 1), z + ((c >> 2) & 1));
          (values[id[static_cast<std::size_t>(c)]] < 0.0f ? anyIn : anyOut) = true;
        }
        if (!anyIn || !anyOut) continue;
        for (const auto& tet : kTetrahedra) {
          std::array<int, 4> in{}, out{};
          int nin = 0, nout = 0;
          for (int k : tet) {
            if (values[id[static_cast<std::size_t>(k)]] < 0.0f) in[static_cast<std::size_t>(nin++)] = k;
            else out[static_cast<std::size_t>(nout++)] = k;
          }
          if (nin == 0 || nout == 0) continue;
          auto pos = [&](int c) { return g.position(x + (c & 1), y + ((c >> 1) & 1), z + ((c >> 2) & 1)); };
          auto edge = [&](int a, int b) {
            return edgePoint(id[static_cast<std::size_t>(a)], id[static_cast<std::size_t>(b)], pos(a), pos(b));
          };
          glm::vec3 inCentre(0.0f), outCentre(0.0f);
          for (int i = 0; i < nin; ++i) inCentre += pos(in[static_cast<std::size_t>(i)]) / float(nin);
          for (int i = 0; i < nout; ++i) outCentre += pos(out[static_cast<std::size_t>(i)]) / float(nout);
          const glm::vec3 outward = outCentre - inCentre;
          if (nin == 1 || nout == 1) {
            const bool single = nin == 1;
            const int apex = single ? in[0] : out[0];
            const auto& others = single ? out : in;
            emit(edge(apex, others[0]), edge(apex, others[1]), edge(apex, others[2]), outward);
          } else {
            const std::uint32_t a = edge(in[0], out[0]), b = edge(in[0], out[1]);
            const std::uint32_t c = edge(in[1], out[1]), d = edge(in[1], out[0]);
            emit(a, b, c, outward);
            emit(a, c, d, outward);
          }
        }
      }
    }
  }
  if (withNormals) computeNormals(mesh, shape);
  return mesh;
}

void computeNormals(TriangleMesh& mesh, const Shape& shape) {
  mesh.normals.resize(mesh.positions.size());
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) mesh.normals[i] = shape.gradient(mesh.positions[i]);
}

void simplifyMesh(TriangleMesh& mesh, std::size_t targetTriangles, float maxRelativeError) {
  std::vector<std::uint32_t> scratch(mesh.indices.size());
  // Straight to the target first; most bones stay closed.
  if (mesh.indices.size() / 3 > targetTriangles) {
    auto direct = simplifiedClosed(mesh, targetTriangles, maxRelativeError, scratch);
    if (!direct.empty()) mesh.indices = std::move(direct);
  }
  // Otherwise halve in stages and keep the last result that is still closed and manifold:
  // a single aggressive pass occasionally pinches thin parts (two sheets sharing an edge).
  int failures = 0;
  for (int stage = 0; stage < 40 && failures < 6 && mesh.indices.size() / 3 > targetTriangles; ++stage) {
    const float step = failures == 0 ? 0.5f : (failures < 3 ? 0.75f : 0.9f);
    const auto goal = std::max(targetTriangles, static_cast<std::size_t>(static_cast<float>(mesh.indices.size() / 3) * step));
    auto candidate = simplifiedClosed(mesh, goal, maxRelativeError, scratch);
    if (candidate.empty()) {
      ++failures;
      continue;
    }
    mesh.indices = std::move(candidate);
  }
  // Compact and cache-order.
  std::vector<std::uint32_t> remap(mesh.positions.size());
  const std::size_t unique = meshopt_optimizeVertexFetchRemap(remap.data(), mesh.indices.data(), mesh.indices.size(),
                                                              mesh.positions.size());
  std::vector<glm::vec3> positions(unique), normals(unique);
  meshopt_remapVertexBuffer(positions.data(), mesh.positions.data(), mesh.positions.size(), sizeof(glm::vec3), remap.data());
  if (!mesh.normals.empty()) {
    meshopt_remapVertexBuffer(normals.data(), mesh.normals.data(), mesh.normals.size(), sizeof(glm::vec3), remap.data());
  } else {
    normals.clear();
  }
  meshopt_remapIndexBuffer(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(), remap.data());
  meshopt_optimizeVertexCache(mesh.indices.data(), mesh.indices.data(), mesh.indices.size(), unique);
  mesh.positions = std::move(positions);
  mesh.normals = std::move(normals);
}

bool isClosedManifold(const TriangleMesh& mesh) {
  // Each directed edge must occur once and its reverse once.
  std::vector<std::uint64_t> directed;
  directed.reserve(mesh.indices.size());
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    for (std::size_t e = 0; e < 3; ++e) {
      const std::uint64_t a = mesh.indices[t + e];
      const std::uint64_t b = mesh.indices[t + (e + 1) % 3];
      if (a == b) return false;
      directed.push_back((a << 32) | b);
    }
  }
  std::sort(directed.begin(), directed.end());
  if (std::adjacent_find(directed.begin(), directed.end()) != directed.end()) return false;
  for (const std::uint64_t key : directed) {
    const std::uint64_t reverse = (key << 32) | (key >> 32);
    if (!std::binary_search(directed.begin(), directed.end(), reverse)) return false;
  }
  return true;
}

namespace {

// A triangle with no area (collapsed by simplification): no normal, and a renderer's culling
// and picking disagree about it.
bool hasDegenerateTriangle(const TriangleMesh& m) {
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
    const auto a = m.indices[t], b = m.indices[t + 1], c = m.indices[t + 2];
    const glm::vec3 n = glm::cross(m.positions[b] - m.positions[a], m.positions[c] - m.positions[a]);
    if (a == b || b == c || a == c || glm::length(n) <= 1e-9f) return true;
  }
  return false;
}

}  // namespace

TriangleMesh extractSimplified(const Shape& shape, float cell, std::size_t targetTriangles, float maxRelativeError) {
  auto attempt = [&](float c) {
    TriangleMesh m = extractSurface(shape, c, false);
    simplifyMesh(m, targetTriangles, maxRelativeError);
    return m;
  };
  TriangleMesh best = attempt(cell);
  float bestCell = cell;
  for (int tries = 0; tries < 3 && best.indices.size() / 3 > targetTriangles * 3 / 2; ++tries) {
    cell *= 1.4f;
    TriangleMesh coarser = attempt(cell);
    if (!coarser.indices.empty() && coarser.indices.size() < best.indices.size()) {
      best = std::move(coarser);
      bestCell = cell;
    }
  }
  // A slightly different grid collapses differently; the first result without a zero-area
  // triangle wins.
  for (int tries = 0; tries < 4 && hasDegenerateTriangle(best); ++tries) {
    bestCell *= 1.03f;
    best = attempt(bestCell);
  }
  computeNormals(best, shape);
  return best;
}

}  // namespace spineview::mesh
