// glTF primitive modes turned into the three topologies the viewer draws: triangle strips and
// fans become triangle lists (degenerate triangles dropped), line strips and loops become line
// lists, lines and points stay as they are. Pure; indices are already range-checked.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "mesh/mesh_data.h"

namespace spineview::io {

struct AssembledPrimitive {
  mesh::Topology topology = mesh::Topology::Triangles;
  std::vector<std::uint32_t> indices;  // may be empty (every triangle degenerate)
};

// `mode` is glTF's: 0 points, 1 lines, 2 line loop, 3 line strip, 4 triangles, 5 triangle
// strip, 6 triangle fan. `at` names the primitive in messages.
core::Result<AssembledPrimitive> assemblePrimitive(int mode, const std::vector<std::uint32_t>& indices, const std::string& at);

}  // namespace spineview::io
