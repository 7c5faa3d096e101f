#include "mesh/tube_mesh.h"

#include <cmath>

namespace spineview::mesh {

std::vector<glm::vec3> smoothCurve(const std::vector<glm::vec3>& points, int perSpan) {
  if (points.size() < 2) return points;
  std::vector<glm::vec3> out;
  const std::size_t n = points.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const glm::vec3 p0 = points[i == 0 ? 0 : i - 1], p1 = points[i], p2 = points[i + 1];
    const glm::vec3 p3 = points[i + 2 < n ? i + 2 : n - 1];
    for (int k = 0; k < perSpan; ++k) {
      const float t = static_cast<float>(k) / static_cast<float>(perSpan);
      const float t2 = t * t, t3 = t2 * t;
      out.push_back(0.5f * ((2.0f * p1) + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                            (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3));
    }
  }
  out.push_back(points.back());
  return out;
}

TriangleMesh sweepTube(const std::vector<glm::vec3>& c, const std::vector<float>& radii, int sides) {
  TriangleMesh mesh;
  const std::size_t n = c.size();
  if (n < 2 || sides < 3) return mesh;
  auto radius = [&](std::size_t i) { return radii.size() == 1 ? radii[0] : radii[std::min(i, radii.size() - 1)]; };
  // Parallel-transport frames so the tube does not twist.
  glm::vec3 prevT = glm::normalize(c[1] - c[0]);
  glm::vec3 normal = glm::normalize(glm::cross(prevT, std::abs(prevT.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0)));
  std::vector<glm::vec3> tangents(n);
  for (std::size_t i = 0; i < n; ++i) {
    const glm::vec3 d = (i + 1 < n ? c[i + 1] : c[i]) - (i > 0 ? c[i - 1] : c[i]);
    tangents[i] = glm::length(d) > 1e-9f ? glm::normalize(d) : prevT;
  }
  const auto S = static_cast<std::uint32_t>(sides);
  for (std::size_t i = 0; i < n; ++i) {
    const glm::vec3 t = tangents[i];
    normal = glm::normalize(normal - glm::dot(normal, t) * t);
    const glm::vec3 binormal = glm::cross(t, normal);
    for (int k = 0; k < sides; ++k) {
      const float a = 6.2831853f * static_cast<float>(k) / static_cast<float>(sides);
      const glm::vec3 dir = std::cos(a) * normal + std::sin(a) * binormal;
      mesh.positions.push_back(c[i] + radius(i) * dir);
      mesh.normals.push_back(dir);
    }
  }
  for (std::uint32_t i = 0; i + 1 < n; ++i) {
    for (std::uint32_t k = 0; k < S; ++k) {
      const std::uint32_t a = i * S + k, b = i * S + (k + 1) % S, c0 = (i + 1) * S + k, d = (i + 1) * S + (k + 1) % S;
      mesh.indices.insert(mesh.indices.end(), {a, b, d, a, d, c0});
    }
  }
  // Caps: a centre vertex at each end.
  const auto start = static_cast<std::uint32_t>(mesh.positions.size());
  mesh.positions.push_back(c.front());
  mesh.normals.push_back(-tangents.front());
  const auto end = static_cast<std::uint32_t>(mesh.positions.size());
  mesh.positions.push_back(c.back());
  mesh.normals.push_back(tangents.back());
  const auto last = static_cast<std::uint32_t>(n - 1) * S;
  for (std::uint32_t k = 0; k < S; ++k) {
    mesh.indices.insert(mesh.indices.end(), {start, (k + 1) % S, k});
    mesh.indices.insert(mesh.indices.end(), {end, last + k, last + (k + 1) % S});
  }
  return mesh;
}

}  // namespace spineview::mesh
