// A simple skinned model generated in code: a gently curved column of rounded bodies with
// one joint each. Used until the anatomical model is available and kept as the fixed,
// fast scene of the renderer's own golden tests.
#pragma once

#include "mesh/mesh_data.h"

namespace spineview::app {

mesh::MeshData makePlaceholderColumn();

}  // namespace spineview::app
