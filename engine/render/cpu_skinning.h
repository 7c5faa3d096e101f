// Linear blend skinning on the CPU (the CPU path of SkinningMode, and the oracle the GPU path
// is tested against): up to four influences per vertex, position and normal.
#pragma once

#include <cstdint>
#include <span>

#include <glm/glm.hpp>

#include "render/gpu_mesh.h"

namespace spineview::render {

// The vertex the pre-skinned pipeline reads (shaders/mesh_static.vert).
struct SkinnedVertex {
  glm::vec3 position;
  glm::vec3 normal;
};

// Skins `in` into `out` (same length). Joint i of a vertex uses matrices[jointOffset + i];
// an index past the end of `matrices` falls back to identity, like an empty palette.
void skinVertices(std::span<const GpuVertex> in, std::span<SkinnedVertex> out, std::span<const glm::mat4> matrices,
                  std::uint32_t jointOffset);

}  // namespace spineview::render
