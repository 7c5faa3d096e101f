#include "io/mesh_assembly.h"

#include <array>
#include <cmath>
#include <limits>

namespace spineview::io {

namespace {
constexpr std::array<std::string_view, mesh::kPartKindCount> kKindNames{
    "bone", "disc", "facet", "artery", "cord", "nerve", "rib_cage", "scapula", "body_surface", "other"};

glm::vec3 safeNormalize(const glm::vec3& v) {
  const float len = glm::length(v);
  return (std::isfinite(len) && len > 1e-20f) ? v / len : glm::vec3(0.0f, 1.0f, 0.0f);
}
}  // namespace

std::string_view partKindName(mesh::PartKind kind) { return kKindNames[static_cast<std::size_t>(kind)]; }

std::optional<mesh::PartKind> partKindFromName(std::string_view name) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i)
    if (kKindNames[i] == name) return static_cast<mesh::PartKind>(i);
  return std::nullopt;
}

void appendPart(mesh::MeshData& mesh, mesh::MeshPart part, const PrimitiveInput& in, const glm::mat4& place) {
  const auto base = static_cast<std::uint32_t>(mesh.positions.size());
  const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(place)));
  std::vector<glm::vec3> normals = in.normals;
  if (normals.size() != in.positions.size()) {
    normals.assign(in.positions.size(), glm::vec3(0.0f));  // lines and points: no surface to face
    for (std::size_t t = 0; in.topology == mesh::Topology::Triangles && t + 2 < in.indices.size(); t += 3) {
      const auto a = in.indices[t], b = in.indices[t + 1], c = in.indices[t + 2];
      const glm::vec3 n = glm::cross(in.positions[b] - in.positions[a], in.positions[c] - in.positions[a]);
      if (!std::isfinite(glm::dot(n, n))) continue;
      normals[a] += n;
      normals[b] += n;
      normals[c] += n;
    }
  }
  for (std::size_t v = 0; v < in.positions.size(); ++v) {
    mesh.positions.push_back(glm::vec3(place * glm::vec4(in.positions[v], 1.0f)));
    mesh.normals.push_back(safeNormalize(normalMatrix * normals[v]));
  }
  if (!in.texCoords.empty() || !mesh.texCoords.empty()) {
    mesh.texCoords.resize(base, glm::vec2(0.0f));
    if (in.texCoords.size() == in.positions.size()) mesh.texCoords.insert(mesh.texCoords.end(), in.texCoords.begin(), in.texCoords.end());
    else mesh.texCoords.resize(base + in.positions.size(), glm::vec2(0.0f));
  }
  if (!in.joints.empty()) {
    mesh.joints.insert(mesh.joints.end(), in.joints.begin(), in.joints.end());
    mesh.weights.insert(mesh.weights.end(), in.weights.begin(), in.weights.end());
  }
  part.firstIndex = static_cast<std::uint32_t>(mesh.indices.size());
  part.indexCount = static_cast<std::uint32_t>(in.indices.size());
  part.topology = in.topology;
  for (std::uint32_t i : in.indices) mesh.indices.push_back(base + i);
  mesh.parts.push_back(std::move(part));
}

Bounds restPoseBounds(const ImportedModel& model) {
  const auto& m = model.mesh;
  std::vector<glm::mat4> skinning;
  const bool skinned = !m.skeleton.empty() && m.joints.size() == m.positions.size() && m.weights.size() == m.positions.size();
  if (skinned) skinning = skinningMatrices(model, model.restPose);
  Bounds b{glm::vec3(std::numeric_limits<float>::max()), glm::vec3(std::numeric_limits<float>::lowest())};
  for (std::size_t v = 0; v < m.positions.size(); ++v) {
    glm::vec3 p = m.positions[v];
    if (skinned) {
      glm::vec4 acc(0.0f);
      for (int c = 0; c < 4; ++c)
        if (m.weights[v][c] > 0.0f && m.joints[v][c] < skinning.size())
          acc += m.weights[v][c] * (skinning[m.joints[v][c]] * glm::vec4(p, 1.0f));
      p = glm::vec3(acc);
    }
    b.min = glm::min(b.min, p);
    b.max = glm::max(b.max, p);
  }
  if (m.positions.empty()) b = Bounds{};
  return b;
}

std::optional<std::vector<std::size_t>> parentFirstOrder(const std::vector<mesh::Joint>& skeleton) {
  const std::size_t n = skeleton.size();
  std::vector<std::uint8_t> state(n, 0);  // 0 new, 1 on the current path, 2 placed
  std::vector<std::size_t> order, path;
  for (std::size_t j = 0; j < n; ++j) {
    path.clear();
    std::size_t k = j;
    for (;;) {
      if (state[k] == 2) break;
      if (state[k] == 1) return std::nullopt;
      state[k] = 1;
      path.push_back(k);
      const int p = skeleton[k].parent;
      if (p < 0) break;
      if (static_cast<std::size_t>(p) >= n) return std::nullopt;
      k = static_cast<std::size_t>(p);
    }
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
      state[*it] = 2;
      order.push_back(*it);
    }
  }
  return order;
}

std::vector<glm::mat4> jointWorldMatrices(const ImportedModel& model, const std::vector<Trs>& locals) {
  const auto& skeleton = model.mesh.skeleton;
  std::vector<glm::mat4> world(skeleton.size(), model.rootTransform);
  const auto order = parentFirstOrder(skeleton);
  if (!order || locals.size() != skeleton.size()) return world;
  for (std::size_t j : *order) {
    const int p = skeleton[j].parent;
    world[j] = (p >= 0 ? world[static_cast<std::size_t>(p)] : model.rootTransform) * locals[j].matrix();
  }
  return world;
}

std::vector<glm::mat4> skinningMatrices(const ImportedModel& model, const std::vector<Trs>& locals) {
  auto world = jointWorldMatrices(model, locals);
  for (std::size_t j = 0; j < world.size(); ++j) world[j] = world[j] * glm::inverse(model.mesh.skeleton[j].bindWorld);
  return world;
}

}  // namespace spineview::io
