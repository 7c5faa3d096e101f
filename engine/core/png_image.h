// 8-bit RGBA images and PNG files (libpng). Used by screenshots, headless renders and the
// golden-image tests.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/result.h"

namespace spineview::core {

struct RgbaImage {
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  std::vector<std::uint8_t> pixels;  // row-major, top row first, 4 bytes per pixel
};

// zlib level 1–3 is several times faster than the default for little size cost.
Status writePng(const std::filesystem::path& path, const RgbaImage& image, int compressionLevel = 2);
Result<RgbaImage> readPng(const std::filesystem::path& path);

}  // namespace spineview::core
