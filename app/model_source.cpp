#include "model_source.h"

#include "core/paths.h"
#include "mesh/spine_model.h"

namespace spineview::app {

core::Result<mesh::MeshData> loadBuiltInModel() {
  auto model = mesh::generateSpineModel(core::assetDir(), mesh::Detail::Default);
  if (model) model->name = "Built-in spine, C0\u2013T12";
  return model;
}

}  // namespace spineview::app
