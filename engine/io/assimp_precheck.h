// Pre-flight checks and clean-ups for inputs that Assimp 5.2.5 (bookworm) mishandles, run
// before the bytes reach it. Each check was found by fuzzing (tests/fuzz/README.md).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.h"
#include "io/imported_model.h"
#include "io/load_limits.h"

namespace spineview::io {

// PLY: a header without a proper "end_header", or with lines Assimp does not expect,
// makes its PLY importer loop forever. Requires a well-formed header with element counts
// within the limits. A header line that starts with something other than a PLY keyword
// (some exporters, such as older Blender versions, write their own) is skipped, as other
// readers skip it: prepareForAssimp takes it out before Assimp sees the header.
core::Status checkPlyHeader(std::span<const std::uint8_t> bytes, const LoadLimits& limits);

// The bytes Assimp reads for the model file: checked as above, PLY header lines other readers
// skip taken out, and OBJ/MTL/COLLADA text in UTF-16 turned into UTF-8 (text_encoding.h).
// `bytes` are returned unchanged when nothing needs doing.
core::Result<std::vector<std::uint8_t>> prepareForAssimp(ModelFormat format, std::vector<std::uint8_t> bytes,
                                                         const LoadLimits& limits);

}  // namespace spineview::io
