#include "model_source.h"

#include "core/paths.h"
#include "mesh/mesh_cache.h"

namespace spineview::app {

core::Result<ViewModel> loadBuiltInViewModel(mesh::Detail detail) {
  // From the cache when the anatomy data and the generator are unchanged (ms instead of ~1 s).
  auto generated = mesh::loadOrGenerateSpineModel(core::assetDir(), detail, core::cacheDir());
  if (!generated) return core::fail(generated.message());
  ViewModel model;
  model.mesh = std::move(generated).value();
  model.mesh.name = "Built-in spine, C0\u2013T12";
  model.displayName = model.mesh.name;
  model.builtInSpine = true;
  return model;
}

}  // namespace spineview::app
