#include "model_source.h"

#include "placeholder_model.h"

namespace spineview::app {

core::Result<mesh::MeshData> loadBuiltInModel() { return makePlaceholderColumn(); }

}  // namespace spineview::app
