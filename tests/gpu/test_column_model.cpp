#include "test_column_model.h"

#include <cmath>
#include <string>

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

namespace spineview::test {
namespace {
// A superellipsoid-like rounded cylinder ("pill box") around `centre`, axis +Y.
void addRoundedBody(mesh::MeshData& m, glm::vec3 centre, glm::vec3 radii, std::uint16_t joint) {
  const int rings = 14, segments = 28;
  const auto base = static_cast<std::uint32_t>(m.positions.size());
  for (int r = 0; r <= rings; ++r) {
    const float v = static_cast<float>(r) / rings;            // 0..1 bottom → top
    const float phi = (v - 0.5f) * glm::pi<float>();          // -pi/2..pi/2
    // Exponents < 1 flatten the sides: reads as a vertebral body, not an egg.
    const float cy = std::sin(phi), cr = std::cos(phi);
    const float sy = std::copysign(std::pow(std::abs(cy), 0.35f), cy);
    const float sr = std::pow(std::abs(cr), 0.35f);
    for (int s = 0; s <= segments; ++s) {
      const float theta = 2.0f * glm::pi<float>() * static_cast<float>(s) / segments;
      const glm::vec3 unit{sr * std::cos(theta), sy, sr * std::sin(theta)};
      m.positions.push_back(centre + unit * radii);
      m.normals.push_back(glm::normalize(glm::vec3(cr * std::cos(theta) / radii.x, cy / radii.y, cr * std::sin(theta) / radii.z)));
      m.joints.emplace_back(joint, 0, 0, 0);
      m.weights.emplace_back(1, 0, 0, 0);
    }
  }
  for (int r = 0; r < rings; ++r)
    for (int s = 0; s < segments; ++s) {
      const std::uint32_t a = base + r * (segments + 1) + s, b = a + segments + 1;
      m.indices.insert(m.indices.end(), {a, a + 1, b, b, a + 1, b + 1});
    }
}
}  // namespace

mesh::MeshData makeTestColumn() {
  mesh::MeshData m;
  m.name = "test column";
  float y = 0.0f;
  for (int level = anatomy::kVertebraCount - 1; level >= 0; --level) {
    const bool cervical = level <= anatomy::index(anatomy::Vertebra::C7);
    const float height = cervical ? 11.0f : 18.0f;
    const float width = cervical ? 20.0f : 24.0f + static_cast<float>(level - 8) * 1.4f;
    const float depth = cervical ? 15.0f : 18.0f + static_cast<float>(level - 8) * 1.0f;
    // A thoracic kyphosis and cervical lordosis, so the lateral view looks like a spine.
    const float z = 18.0f * std::sin((y / 480.0f) * glm::pi<float>() * 1.6f);
    const glm::vec3 centre{0.0f, y + height * 0.5f, z};
    const auto first = static_cast<std::uint32_t>(m.indices.size());
    addRoundedBody(m, centre, glm::vec3(width * 0.5f, height * 0.5f, depth * 0.5f), static_cast<std::uint16_t>(level));
    mesh::MeshPart part;
    part.name = anatomy::vertebraLongName(anatomy::vertebraAt(level));
    part.kind = mesh::PartKind::Bone;
    part.level = anatomy::vertebraAt(level);
    part.firstIndex = first;
    part.indexCount = static_cast<std::uint32_t>(m.indices.size()) - first;
    m.parts.push_back(part);
    m.skeleton.resize(anatomy::kVertebraCount);
    m.skeleton[static_cast<std::size_t>(level)] = {part.name, level + 1 < anatomy::kVertebraCount ? level + 1 : -1,
                                                   glm::translate(glm::mat4(1.0f), centre)};
    y += height + 6.0f;
  }
  return m;
}

}  // namespace spineview::test
