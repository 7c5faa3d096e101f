// Turns a signed-distance Shape into a closed, 2-manifold triangle mesh: marching
// tetrahedra on a regular grid (watertight by construction), normals from the SDF
// gradient, then meshoptimizer simplification to a triangle budget.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "mesh/sdf.h"

namespace spineview::mesh {

struct TriangleMesh {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;
  std::vector<std::uint32_t> indices;  // counter-clockwise seen from outside
};

// cellSize in mm; the shape's bounds must already be computed (Shape::computeBounds).
// Without normals the mesh is cheaper to make; call computeNormals after simplifying.
TriangleMesh extractSurface(const Shape& shape, float cellSize, bool withNormals = true);

// Normals from the SDF gradient at every vertex.
void computeNormals(TriangleMesh& mesh, const Shape& shape);

// Reduces to at most targetTriangles (keeps the mesh closed; never increases the count),
// drops unused vertices and reorders for the vertex cache.
void simplifyMesh(TriangleMesh& mesh, std::size_t targetTriangles, float maxRelativeError = 0.02f);

// Extract + simplify + normals for one bone. Thin parts sometimes refuse to simplify without
// breaking closedness; then coarser grids are tried and the smallest closed result wins.
// maxRelativeError is relative to the shape's size: large shapes (the skull) pass a smaller one.
TriangleMesh extractSimplified(const Shape& shape, float cellSize, std::size_t targetTriangles, float maxRelativeError = 0.02f);

// Every edge shared by exactly two triangles, in opposite directions.
bool isClosedManifold(const TriangleMesh& mesh);

}  // namespace spineview::mesh
