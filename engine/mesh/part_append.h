// Appends one finished triangle mesh to a MeshData as a named part, with per-vertex skinning.
// Shared by every generator stage so parts are always laid out the same way.
#pragma once

#include <functional>

#include "mesh/mesh_data.h"
#include "mesh/surface_extraction.h"

namespace spineview::mesh {

// Fills the joint indices and weights of one vertex from its model-space position.
using SkinningFn = std::function<void(const glm::vec3& position, glm::u16vec4& joints, glm::vec4& weights)>;

// Appends m's vertices and triangles; part.firstIndex/indexCount are set here.
void appendPart(MeshData& data, MeshPart part, const TriangleMesh& m, const SkinningFn& skin);
// Every vertex bound to one joint with weight 1.
void appendRigidPart(MeshData& data, MeshPart part, const TriangleMesh& m, int joint);

}  // namespace spineview::mesh
