#include "mesh/closed_surface.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace spineview::mesh {
namespace {
struct PositionKey {
  std::array<std::uint32_t, 3> bits;
  bool operator==(const PositionKey&) const = default;
};
struct PositionHash {
  std::size_t operator()(const PositionKey& k) const {
    return (std::size_t(k.bits[0]) * 73856093u) ^ (std::size_t(k.bits[1]) * 19349663u) ^ (std::size_t(k.bits[2]) * 83492791u);
  }
};
}  // namespace

bool isClosedOutwardSurface(std::span<const glm::vec3> positions, std::span<const std::uint32_t> indices) {
  if (indices.empty() || indices.size() % 3 != 0) return false;
  std::unordered_map<PositionKey, std::uint32_t, PositionHash> ids;
  std::unordered_map<std::uint32_t, std::uint32_t> welded;  // vertex index → position id
  auto idOf = [&](std::uint32_t v) {
    if (auto it = welded.find(v); it != welded.end()) return it->second;
    PositionKey key{};
    std::memcpy(key.bits.data(), &positions[v], sizeof(key.bits));
    const auto id = ids.emplace(key, static_cast<std::uint32_t>(ids.size())).first->second;
    welded.emplace(v, id);
    return id;
  };
  std::vector<std::uint64_t> edges;
  edges.reserve(indices.size());
  double volume = 0.0;
  for (std::size_t t = 0; t < indices.size(); t += 3) {
    std::array<std::uint32_t, 3> v{indices[t], indices[t + 1], indices[t + 2]};
    if (std::any_of(v.begin(), v.end(), [&](std::uint32_t i) { return i >= positions.size(); })) return false;
    const std::array<std::uint32_t, 3> id{idOf(v[0]), idOf(v[1]), idOf(v[2])};
    if (id[0] == id[1] || id[1] == id[2] || id[0] == id[2]) continue;  // degenerate: no area, no edges
    for (int e = 0; e < 3; ++e) edges.push_back(std::uint64_t(id[e]) << 32 | id[(e + 1) % 3]);
    const glm::dvec3 a(positions[v[0]]), b(positions[v[1]]), c(positions[v[2]]);
    volume += glm::dot(a, glm::cross(b, c));
  }
  if (edges.empty()) return false;
  std::sort(edges.begin(), edges.end());
  if (std::adjacent_find(edges.begin(), edges.end()) != edges.end()) return false;  // an edge run twice one way
  for (const std::uint64_t e : edges) {
    const std::uint64_t reverse = (e << 32) | (e >> 32);
    if (!std::binary_search(edges.begin(), edges.end(), reverse)) return false;  // a border edge
  }
  return volume > 0.0;
}

void analyseSurfaces(MeshData& mesh) {
  for (MeshPart& part : mesh.parts) {
    const bool inside = std::size_t(part.firstIndex) + part.indexCount <= mesh.indices.size();
    part.closedSurface =
        inside && isClosedOutwardSurface(mesh.positions, std::span(mesh.indices).subspan(part.firstIndex, part.indexCount));
  }
}

}  // namespace spineview::mesh
