// File access with messages that name the file and the problem.
// Writes are atomic (temp file in the same folder, fsync, rename) so a crash or a full
// disk never leaves a half-written settings or lesson file behind.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace spineview::core {

// Reads a whole regular file, refusing anything larger than maxBytes.
Result<std::string> readTextFile(const std::filesystem::path& path,
                                 std::uintmax_t maxBytes = 64ull << 20);
Result<std::vector<std::uint8_t>> readBinaryFile(const std::filesystem::path& path,
                                                 std::uintmax_t maxBytes = 512ull << 20);

// Writes bytes to path atomically; the old file stays intact if anything fails.
Status writeFileAtomic(const std::filesystem::path& path, std::string_view bytes);

// Moves a damaged file aside to "<name>.bak" (replacing an older .bak) and returns its new path.
Result<std::filesystem::path> moveAside(const std::filesystem::path& path);

}  // namespace spineview::core
