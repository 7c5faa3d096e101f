// Shared by the importers: appending one validated primitive to a MeshData as a named
// part (placing it in the body frame, filling in missing normals), part-kind names, and
// the rest-pose bounds the camera frames.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/type_precision.hpp>

#include "io/imported_model.h"
#include "mesh/mesh_data.h"

namespace spineview::io {

struct PrimitiveInput {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;      // empty: computed (area-weighted smooth normals)
  std::vector<glm::u16vec4> joints;    // empty for a static model
  std::vector<glm::vec4> weights;
  std::vector<std::uint32_t> indices;  // validated: < positions.size(), whole triangles / segments
  mesh::Topology topology = mesh::Topology::Triangles;
  std::vector<glm::vec2> texCoords;    // empty, or one per position
};

// Appends the primitive's vertices transformed by `place` and its indices as one part (of the
// primitive's topology). Texture coordinates, where any part has them, cover every vertex.
void appendPart(mesh::MeshData& mesh, mesh::MeshPart part, const PrimitiveInput& in, const glm::mat4& place);

std::string_view partKindName(mesh::PartKind kind);  // "bone", "disc", ..., "body_surface"
std::optional<mesh::PartKind> partKindFromName(std::string_view name);

// Joint indices ordered so every parent comes before its children; nullopt when a parent
// index is out of range or the parents form a cycle.
std::optional<std::vector<std::size_t>> parentFirstOrder(const std::vector<mesh::Joint>& skeleton);

// Bounds of the rest pose (the skinned positions when there is a skeleton).
Bounds restPoseBounds(const ImportedModel& model);

}  // namespace spineview::io
