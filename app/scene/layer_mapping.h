// Which user-facing layer (bones, arteries, …) each kind of mesh part belongs to.
#pragma once

#include "mesh/mesh_data.h"
#include "session/app_state.h"

namespace spineview::app::look {

// Imported geometry without anatomical meaning (PartKind::Other) counts as bones, so a plain
// model file shows and hides with the bone layer.
LayerId layerOf(mesh::PartKind kind);

}  // namespace spineview::app::look
