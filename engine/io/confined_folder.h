// File access confined to one folder: the model's own. Every path is canonicalised
// (symlinks resolved) and must stay inside the folder; only regular files are read, with a
// byte cap per file and in total. Used by the tinygltf file-system callbacks and the
// Assimp IOSystem, so no path taken from a model file can reach anything else.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"
#include "io/load_limits.h"

namespace spineview::io {

class ConfinedFolder {
 public:
  // The folder is the canonical parent of modelFile.
  static core::Result<ConfinedFolder> forModel(const std::filesystem::path& modelFile, const LoadLimits& limits,
                                               FileAccessLog* log);

  const std::filesystem::path& root() const { return root_; }

  // `path` is absolute or relative to the folder. Fails (and logs the refusal) when it
  // leaves the folder, does not exist or is not a regular file.
  core::Result<std::filesystem::path> resolve(const std::string& path);
  // Reads a file inside the folder; its bytes count toward the total budget.
  core::Result<std::vector<std::uint8_t>> read(const std::string& path, std::uint64_t maxBytes);
  core::Result<std::vector<std::uint8_t>> read(const std::string& path) {
    return read(path, limits_.maxResourceBytes);
  }

  std::uint64_t bytesRead() const { return bytesRead_; }

 private:
  ConfinedFolder(std::filesystem::path root, const LoadLimits& limits, FileAccessLog* log)
      : root_(std::move(root)), limits_(limits), log_(log) {}
  core::Error refuse(const std::string& path, const std::string& why);

  std::filesystem::path root_;
  LoadLimits limits_;
  FileAccessLog* log_ = nullptr;
  std::uint64_t bytesRead_ = 0;
};

}  // namespace spineview::io
