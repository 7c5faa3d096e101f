// Whether a triangle range is a closed surface wound outward (counter-clockwise seen from
// outside): only then may its back faces be culled without opening a hole. Imported models
// and open tubes make no such promise, so this is checked rather than assumed. The generated
// model is analysed once and the answers kept with it in the model cache (MeshPart::closedSurface).
#pragma once

#include <cstdint>
#include <span>

#include <glm/glm.hpp>

#include "mesh/mesh_data.h"

namespace spineview::mesh {

// Vertices at the same position count as one (seams duplicate them for normals). Closed: every
// edge is shared by exactly two triangles that run it in opposite directions. Outward: the
// enclosed signed volume is positive.
bool isClosedOutwardSurface(std::span<const glm::vec3> positions, std::span<const std::uint32_t> indices);

// Sets closedSurface on every part of `mesh` (its triangles' analysis; a part whose range lies
// outside the indices is open).
void analyseSurfaces(MeshData& mesh);

}  // namespace spineview::mesh
