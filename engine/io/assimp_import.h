// OBJ, STL, PLY, FBX and COLLADA through Assimp 5.2.5, contained: only formats the caller
// has already recognised by extension and magic reach it, every file it opens goes
// through a ConfinedFolder (writes, deletes and folder changes refused), the scene passes
// ValidateDataStructure | FindInvalidData | LimitBoneWeights(4) | Triangulate |
// GenSmoothNormals, and the result is re-validated before use.
// Skinned meshes, their bone hierarchy and animations come through like glTF ones
// (io/assimp_rig.h); static files are imported with node transforms applied.
#pragma once

#include <glm/glm.hpp>

#include "core/result.h"
#include "io/confined_folder.h"
#include "io/imported_model.h"
#include "io/load_limits.h"

namespace spineview::io {

// `file` is the canonical model path inside folder. `unitToMm` unset: from the file where
// it says (FBX UnitScaleFactor, COLLADA <unit>), else 1. Errors do not name the file.
// With `isolate`, the import runs in a child process (child_process.h) that opens the file
// through its own ConfinedFolder; its access log is merged into `log`.
core::Result<ImportedModel> importWithAssimp(const std::filesystem::path& file, ModelFormat format,
                                             ConfinedFolder& folder, const LoadLimits& limits,
                                             std::optional<double> unitToMm, const glm::mat4& axisToBody,
                                             bool isolate, FileAccessLog* log);

}  // namespace spineview::io
