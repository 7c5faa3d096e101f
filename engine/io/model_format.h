// Decides which loader may open a file: the extension must be on the allowlist and the
// first bytes must look like that format. Anything else is refused before any parser runs.
#pragma once

#include <cstdint>
#include <filesystem>
#include <span>

#include "core/result.h"
#include "io/imported_model.h"

namespace spineview::io {

// Whether the file name ends in an extension of a supported model format (.gltf, .glb, .obj,
// .stl, .ply, .fbx, .dae; any case). Says nothing about the content.
bool hasModelExtension(const std::filesystem::path& path);
// "gltf, .glb, ..." for messages.
inline constexpr const char* kModelExtensionList = ".gltf .glb .obj .stl .ply .fbx .dae";

// `head` is the start of the file (the whole file is fine). Errors name the file.
core::Result<ModelFormat> detectModelFormat(const std::filesystem::path& path, std::span<const std::uint8_t> head);

}  // namespace spineview::io
