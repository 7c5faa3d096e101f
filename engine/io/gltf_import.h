// glTF 2.0 (.gltf text and .glb binary) through tinygltf 2.7.0, defended as the platform
// notes §1.2 recommend: the container and the JSON are checked first (GLB chunks, nesting
// depth, URIs, array counts), tinygltf reads resources only through a ConfinedFolder and
// never decodes images, and no exception leaves.
#pragma once

#include <cstdint>
#include <span>

#include <glm/glm.hpp>

#include "core/result.h"
#include "io/confined_folder.h"
#include "io/imported_model.h"
#include "io/load_limits.h"

namespace spineview::io {

// `bytes` is the whole model file; errors do not name the file (the caller adds it).
core::Result<ImportedModel> importGltf(std::span<const std::uint8_t> bytes, bool binary, ConfinedFolder& folder,
                                       const LoadLimits& limits, const glm::mat4& toBody);

}  // namespace spineview::io
