// Which model the viewer shows: the built-in spine (generated and cached) unless another
// source is chosen.
#pragma once

#include "core/result.h"
#include "mesh/mesh_data.h"

namespace spineview::app {

core::Result<mesh::MeshData> loadBuiltInModel();

}  // namespace spineview::app
