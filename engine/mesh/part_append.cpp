#include "mesh/part_append.h"

namespace spineview::mesh {

void appendPart(MeshData& data, MeshPart part, const TriangleMesh& m, const SkinningFn& skin) {
  const auto base = static_cast<std::uint32_t>(data.positions.size());
  part.firstIndex = static_cast<std::uint32_t>(data.indices.size());
  part.indexCount = static_cast<std::uint32_t>(m.indices.size());
  data.positions.reserve(data.positions.size() + m.positions.size());
  for (std::size_t i = 0; i < m.positions.size(); ++i) {
    data.positions.push_back(m.positions[i]);
    data.normals.push_back(m.normals[i]);
    glm::u16vec4 j{0};
    glm::vec4 w{1, 0, 0, 0};
    skin(m.positions[i], j, w);
    data.joints.push_back(j);
    data.weights.push_back(w);
  }
  for (std::uint32_t idx : m.indices) data.indices.push_back(base + idx);
  data.parts.push_back(std::move(part));
}

void appendRigidPart(MeshData& data, MeshPart part, const TriangleMesh& m, int joint) {
  const glm::u16vec4 j(static_cast<std::uint16_t>(joint), 0, 0, 0);
  appendPart(data, std::move(part), m, [&](const glm::vec3&, glm::u16vec4& js, glm::vec4& ws) {
    js = j;
    ws = glm::vec4(1, 0, 0, 0);
  });
}

}  // namespace spineview::mesh
