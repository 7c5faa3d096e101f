// The model the viewer and `render` show: the built-in procedural spine C0–T12, generated
// from assets/anatomy at default detail (about 1.4 s in Release; a cache is still to come).
#pragma once

#include "core/result.h"
#include "mesh/mesh_data.h"

namespace spineview::app {

core::Result<mesh::MeshData> loadBuiltInModel();

}  // namespace spineview::app
