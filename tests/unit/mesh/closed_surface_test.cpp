// Back-face culling is only safe on closed, outward-wound surfaces (mesh/closed_surface.h).
#include "mesh/closed_surface.h"

#include "mesh/mesh_cache.h"

#include <gtest/gtest.h>

#include <array>
#include <vector>

namespace spineview::mesh {
namespace {

struct Cube {
  std::vector<glm::vec3> vertices;
  std::vector<std::uint32_t> indices;
};

// A unit cube, counter-clockwise seen from outside; `splitVertices` gives every face its own
// four vertices (as meshes with hard normals have), so only positions connect the faces.
Cube makeCube(bool splitVertices) {
  const std::array<glm::vec3, 8> corners{{{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1}}};
  const std::array<std::array<std::uint32_t, 4>, 6> faces{{
      {0, 3, 2, 1}, {4, 5, 6, 7}, {0, 1, 5, 4}, {2, 3, 7, 6}, {1, 2, 6, 5}, {0, 4, 7, 3}}};
  Cube cube;
  if (!splitVertices)
    for (const auto& c : corners) cube.vertices.push_back(c);
  for (const auto& f : faces) {
    std::array<std::uint32_t, 4> ids = f;
    if (splitVertices)
      for (auto& id : ids) {
        cube.vertices.push_back(corners[id]);
        id = static_cast<std::uint32_t>(cube.vertices.size() - 1);
      }
    cube.indices.insert(cube.indices.end(), {ids[0], ids[1], ids[2], ids[0], ids[2], ids[3]});
  }
  return cube;
}

TEST(ClosedSurface, OutwardCubeIsCullable) {
  const Cube shared = makeCube(false), split = makeCube(true);
  EXPECT_TRUE(isClosedOutwardSurface(shared.vertices, shared.indices));
  EXPECT_TRUE(isClosedOutwardSurface(split.vertices, split.indices));
}

TEST(ClosedSurface, InwardWoundCubeIsNot) {
  Cube cube = makeCube(false);
  for (std::size_t t = 0; t < cube.indices.size(); t += 3) std::swap(cube.indices[t + 1], cube.indices[t + 2]);
  EXPECT_FALSE(isClosedOutwardSurface(cube.vertices, cube.indices));
}

TEST(ClosedSurface, OpenOrInconsistentSurfaceIsNot) {
  Cube open = makeCube(false);
  open.indices.resize(open.indices.size() - 6);  // one face missing: a hole
  EXPECT_FALSE(isClosedOutwardSurface(open.vertices, open.indices));
  Cube flipped = makeCube(false);
  std::swap(flipped.indices[1], flipped.indices[2]);  // one triangle wound the other way
  EXPECT_FALSE(isClosedOutwardSurface(flipped.vertices, flipped.indices));
  EXPECT_FALSE(isClosedOutwardSurface(open.vertices, {}));
}

TEST(ClosedSurface, AnalysisIsKeptWithTheMeshInItsCache) {
  const Cube closed = makeCube(false);
  Cube open = makeCube(false);
  open.indices.resize(open.indices.size() - 6);
  MeshData mesh;
  mesh.positions = closed.vertices;
  mesh.positions.insert(mesh.positions.end(), open.vertices.begin(), open.vertices.end());
  mesh.normals.assign(mesh.positions.size(), glm::vec3(0, 1, 0));
  mesh.joints.assign(mesh.positions.size(), glm::u16vec4(0));
  mesh.weights.assign(mesh.positions.size(), glm::vec4(1, 0, 0, 0));
  mesh.indices = closed.indices;
  for (std::uint32_t i : open.indices) mesh.indices.push_back(i + static_cast<std::uint32_t>(closed.vertices.size()));
  mesh.parts = {{"closed box", PartKind::Bone, {}, {}, 0, static_cast<std::uint32_t>(closed.indices.size()), {}},
                {"open box", PartKind::Other, {}, {}, static_cast<std::uint32_t>(closed.indices.size()),
                 static_cast<std::uint32_t>(open.indices.size()), {}}};
  EXPECT_FALSE(mesh.parts[0].closedSurface.has_value());  // unknown until analysed
  analyseSurfaces(mesh);
  ASSERT_TRUE(mesh.parts[0].closedSurface && mesh.parts[1].closedSurface);
  EXPECT_TRUE(*mesh.parts[0].closedSurface);
  EXPECT_FALSE(*mesh.parts[1].closedSurface);
  // The cache round trip keeps all three states.
  mesh.parts.push_back({"unknown", PartKind::Other, {}, {}, 0, 3, {}});
  const auto back = deserializeMeshData(serializeMeshData(mesh, 42), 42);
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->parts.size(), 3u);
  EXPECT_EQ(back->parts[0].closedSurface, std::optional<bool>(true));
  EXPECT_EQ(back->parts[1].closedSurface, std::optional<bool>(false));
  EXPECT_FALSE(back->parts[2].closedSurface.has_value());
}

}  // namespace
}  // namespace spineview::mesh
