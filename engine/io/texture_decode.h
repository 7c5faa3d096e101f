// Base-colour textures of imported models. Only PNG and JPEG (by their magic bytes) are
// accepted; the header's size is checked before anything is decoded; stb_image decodes to
// RGBA8 with its vertical flip never enabled (the open CVEs of Debian's libstb are in the GIF
// and flip paths, which no input here can reach); a texture larger than maxTextureSide is
// scaled down (in sRGB-correct filtering); all of a model's decoded textures together stay
// within maxTextureBytes.
#pragma once

#include <cstdint>
#include <span>

#include "core/result.h"
#include "io/load_limits.h"
#include "mesh/mesh_data.h"

namespace spineview::io {

struct ImageHeader {
  int width = 0, height = 0;
};

// PNG/JPEG magic and a readable header within limits.maxImagePixels.
core::Result<ImageHeader> checkImageHeader(std::span<const std::uint8_t> encoded, const LoadLimits& limits);

// Decoded bytes used so far by one model's textures.
struct TextureBudget {
  std::uint64_t decodedBytes = 0;
};

core::Result<mesh::TextureImage> decodeTexture(std::span<const std::uint8_t> encoded, const LoadLimits& limits,
                                               TextureBudget& budget);

}  // namespace spineview::io
