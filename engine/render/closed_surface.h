// Whether a triangle range is a closed surface wound outward (counter-clockwise seen from
// outside): only then may its back faces be culled without opening a hole. Imported models
// and open tubes make no such promise, so this is checked rather than assumed.
#pragma once

#include <cstdint>
#include <span>

#include "render/gpu_mesh.h"

namespace spineview::render {

// Vertices at the same position count as one (seams duplicate them for normals). Closed: every
// edge is shared by exactly two triangles that run it in opposite directions. Outward: the
// enclosed signed volume is positive.
bool isClosedOutwardSurface(std::span<const GpuVertex> vertices, std::span<const std::uint32_t> indices);

}  // namespace spineview::render
