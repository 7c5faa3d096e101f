// Pre-flight checks for inputs that Assimp 5.2.5 (bookworm) mishandles, run before the
// bytes reach it. Each one was found by fuzzing (tests/fuzz/README.md).
#pragma once

#include <cstdint>
#include <span>

#include "core/result.h"
#include "io/imported_model.h"
#include "io/load_limits.h"

namespace spineview::io {

// PLY: a header without a proper "end_header", or with lines Assimp does not expect,
// makes its PLY importer loop forever. Requires a well-formed header with element counts
// within the limits.
core::Status checkPlyHeader(std::span<const std::uint8_t> bytes, const LoadLimits& limits);

core::Status precheckForAssimp(ModelFormat format, std::span<const std::uint8_t> bytes, const LoadLimits& limits);

}  // namespace spineview::io
