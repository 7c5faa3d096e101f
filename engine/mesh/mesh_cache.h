// On-disk cache of the generated spine model, so the viewer starts without regenerating.
// A cache file is only used when its key matches: the contents of every assets/anatomy/*.json
// file, the generator's source fingerprint (set at configure time) and the detail level. A
// missing, stale, truncated or corrupt file is ignored and the model regenerated.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "mesh/mesh_data.h"
#include "mesh/spine_model.h"

namespace spineview::mesh {

// Binary layout version; bump when the serialised layout of MeshData changes.
inline constexpr std::uint32_t kMeshCacheFormatVersion = 2;  // 2: parts keep closedSurface

// The generator fingerprint compiled into this build (hex SHA-256 of the mesh and anatomy sources).
std::string_view generatorFingerprint();

// Key for the model generated from assetDir/anatomy at `detail`; fails if the data folder
// cannot be read.
core::Result<std::uint64_t> spineModelCacheKey(const std::filesystem::path& assetDir, Detail detail);

// Serialises a model with its key (magic, format version, key, arrays, checksum).
std::string serializeMeshData(const MeshData& model, std::uint64_t key);
// Parses bytes written by serializeMeshData; nullopt for anything malformed, truncated,
// corrupted (checksum) or written under another key.
std::optional<MeshData> deserializeMeshData(std::string_view bytes, std::uint64_t expectedKey);

// Path of the cache file for one key and detail inside cacheDir.
std::filesystem::path spineModelCacheFile(const std::filesystem::path& cacheDir, Detail detail, std::uint64_t key);

// Loads the cached model when the key matches, else generates it, analyses its surfaces
// (mesh/closed_surface.h: kept with it, so no start repeats that) and writes the cache
// atomically (a failed write only costs the next start its time). fromCache, when given, says
// which happened. Fails only if the data cannot be loaded.
core::Result<MeshData> loadOrGenerateSpineModel(const std::filesystem::path& assetDir, Detail detail,
                                                const std::filesystem::path& cacheDir, bool* fromCache = nullptr);

// The same with the generator supplied (tests use a cheap stand-in); the key still comes from
// assetDir's data files, the fingerprint and the detail.
using ModelGenerator = std::function<core::Result<MeshData>()>;
core::Result<MeshData> loadOrGenerateCached(const std::filesystem::path& assetDir, Detail detail,
                                            const std::filesystem::path& cacheDir, const ModelGenerator& generate,
                                            bool* fromCache = nullptr);

}  // namespace spineview::mesh
