// Decides which loader may open a file: the extension must be on the allowlist and the
// first bytes must look like that format. Anything else is refused before any parser runs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>

#include "core/result.h"
#include "io/imported_model.h"

namespace spineview::io {

// `head` is the start of the file (the whole file is fine). Errors name the file.
core::Result<ModelFormat> detectModelFormat(const std::filesystem::path& path, std::span<const std::uint8_t> head);

}  // namespace spineview::io
