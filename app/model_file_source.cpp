// loadViewModelFile: a user's model file (and optional anatomy mapping) as a ViewModel.
#include <exception>
#include <new>

#include "io/model_loader.h"
#include "model_source.h"

namespace spineview::app {

namespace {

core::Result<ViewModel> load(const std::filesystem::path& file, const std::optional<std::filesystem::path>& mappingFile) {
  auto imported = io::loadModel(file);  // its messages already start with the file name
  if (!imported) return imported.error();
  ViewModel model;
  model.displayName = file.filename().string();
  if (mappingFile) {
    auto mapping = io::loadAnatomyMapping(*mappingFile);  // names the mapping file
    if (!mapping) return mapping.error();
    if (auto applied = io::applyAnatomyMapping(*imported, *mapping); !applied)
      return core::fail(file.string() + " with " + mappingFile->string() + ": " + applied.message());
    model.mapping = std::move(mapping).value();
    model.displayName += " (mapped by " + mappingFile->filename().string() + ")";
  }
  model.mesh = std::move(imported->mesh);
  if (model.mesh.name.empty()) model.mesh.name = file.filename().string();
  // The skeleton stays with the imported model too (it is small), so io::jointWorldMatrices
  // and io::sample work on model.imported directly.
  imported->mesh = mesh::MeshData{};
  imported->mesh.skeleton = model.mesh.skeleton;
  model.warnings = imported->warnings;
  model.imported = std::move(imported).value();
  return model;
}

}  // namespace

core::Result<ViewModel> loadViewModelFile(const std::filesystem::path& file,
                                          const std::optional<std::filesystem::path>& mappingFile) {
  try {
    return load(file, mappingFile);
  } catch (const std::bad_alloc&) {
    return core::fail(file.string() + ": out of memory while preparing the model");
  } catch (const std::exception& e) {
    return core::fail(file.string() + ": cannot open (" + e.what() + ")");
  }
}

}  // namespace spineview::app
