// The flat format in which the isolated import process hands a model (mesh, parts, rig and
// clips) back to the loader. The parent decodes it as untrusted input: every size, index,
// range and number is checked again before anything is used.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.h"
#include "io/imported_model.h"
#include "io/load_limits.h"

namespace spineview::io {

std::vector<std::uint8_t> encodeImport(const core::Result<ImportedModel>& result, const FileAccessLog& log);
core::Result<ImportedModel> decodeImport(std::span<const std::uint8_t> bytes, const LoadLimits& limits,
                                         FileAccessLog* log);

}  // namespace spineview::io
