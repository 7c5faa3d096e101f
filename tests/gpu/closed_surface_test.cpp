// Back-face culling is only safe on closed, outward-wound surfaces (render/closed_surface.h).
#include "render/closed_surface.h"

#include <gtest/gtest.h>

#include <array>
#include <vector>

namespace spineview::render {
namespace {

struct Cube {
  std::vector<GpuVertex> vertices;
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
    for (const auto& c : corners) cube.vertices.push_back({c, glm::vec3(0), glm::u16vec4(0), glm::vec4(1, 0, 0, 0)});
  for (const auto& f : faces) {
    std::array<std::uint32_t, 4> ids = f;
    if (splitVertices)
      for (auto& id : ids) {
        cube.vertices.push_back({corners[id], glm::vec3(0), glm::u16vec4(0), glm::vec4(1, 0, 0, 0)});
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

}  // namespace
}  // namespace spineview::render
