// The model the viewer and `render` show: the built-in procedural spine C0–T12 (driven by the
// biomechanics), or a file the user opened (glTF/GLB through tinygltf; OBJ/STL/FBX/DAE/PLY
// through Assimp), optionally with an anatomy mapping that lets the biomechanics drive it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "io/anatomy_mapping.h"
#include "io/imported_model.h"
#include "mesh/mesh_data.h"
#include "mesh/spine_model.h"

namespace spineview::app {

struct ViewModel {
  mesh::MeshData mesh;
  bool builtInSpine = false;                  // joints 0–19 are C0–T12 of the rest skeleton
  std::optional<io::ImportedModel> imported;  // a file: rest pose and clips (its mesh moved into `mesh`)
  std::optional<io::AnatomyMapping> mapping;  // a file whose parts the biomechanics drive
  std::string displayName;
  std::vector<std::string> warnings;          // shown to the user, never fatal
};

// The generated spine, from the cache when the data and generator are unchanged.
core::Result<ViewModel> loadBuiltInViewModel(mesh::Detail detail = mesh::Detail::Default);

// A model file, with an optional anatomy mapping (JSON). Never throws; the message names the
// file and what is wrong with it.
core::Result<ViewModel> loadViewModelFile(const std::filesystem::path& file,
                                          const std::optional<std::filesystem::path>& mappingFile = std::nullopt);

}  // namespace spineview::app
