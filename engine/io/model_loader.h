// Opens any supported model file safely: glTF 2.0/GLB (static, skinned, animated) through
// tinygltf, OBJ/STL/PLY/FBX/DAE through Assimp (FBX/DAE skins and animations included).
// The format is decided by extension plus magic bytes; nothing outside the model's folder
// is read; every count, index and number is validated; a rejected file gives one message
// "<file>: <what is wrong>".
#pragma once

#include <filesystem>

#include "core/result.h"
#include "io/imported_model.h"
#include "io/load_limits.h"

namespace spineview::io {

core::Result<ImportedModel> loadModel(const std::filesystem::path& path, const LoadLimits& limits = {},
                                      const ImportOptions& options = {});

}  // namespace spineview::io
