#include "io/texture_decode.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>

namespace spineview::io {

core::Result<ImageHeader> checkImageHeader(std::span<const std::uint8_t> encoded, const LoadLimits& limits) {
  const bool png = encoded.size() >= 8 && std::memcmp(encoded.data(), "\x89PNG\r\n\x1a\n", 8) == 0;
  const bool jpeg = encoded.size() >= 3 && std::memcmp(encoded.data(), "\xFF\xD8\xFF", 3) == 0;
  if (!png && !jpeg) return core::fail("not a PNG or JPEG image");
  if (encoded.size() > static_cast<std::size_t>(INT32_MAX)) return core::fail("image larger than 2 GiB");
  ImageHeader h;
  int components = 0;
  if (!stbi_info_from_memory(encoded.data(), static_cast<int>(encoded.size()), &h.width, &h.height, &components) ||
      h.width <= 0 || h.height <= 0)
    return core::fail("unreadable image header");
  const std::uint64_t pixels = static_cast<std::uint64_t>(h.width) * static_cast<std::uint64_t>(h.height);
  if (pixels > limits.maxImagePixels)
    return core::fail(std::to_string(h.width) + "x" + std::to_string(h.height) + " pixels exceeds the image size limit");
  return h;
}

core::Result<mesh::TextureImage> decodeTexture(std::span<const std::uint8_t> encoded, const LoadLimits& limits,
                                               TextureBudget& budget) {
  auto header = checkImageHeader(encoded, limits);
  if (!header) return header.error();
  // One image is decoded at a time at full size, then kept at most maxTextureSide a side; the
  // kept images of a model share the budget.
  const int w = header->width, h = header->height;
  const double scale = std::min(1.0, static_cast<double>(limits.maxTextureSide) / std::max(w, h));
  mesh::TextureImage out;
  out.width = static_cast<std::uint32_t>(std::max(1L, std::lround(w * scale)));
  out.height = static_cast<std::uint32_t>(std::max(1L, std::lround(h * scale)));
  const std::uint64_t fullBytes = static_cast<std::uint64_t>(w) * static_cast<std::uint64_t>(h) * 4;
  const std::uint64_t keptBytes = static_cast<std::uint64_t>(out.width) * out.height * 4;
  if (fullBytes > limits.maxTextureBytes || budget.decodedBytes > limits.maxTextureBytes - keptBytes)
    return core::fail("the model's textures exceed the " + std::to_string(limits.maxTextureBytes >> 20) +
                      " MiB limit for decoded images");
  int dw = 0, dh = 0, components = 0;
  std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
      stbi_load_from_memory(encoded.data(), static_cast<int>(encoded.size()), &dw, &dh, &components, 4), stbi_image_free);
  if (!pixels) {
    const char* why = stbi_failure_reason();
    return core::fail(std::string("cannot decode the image (") + (why ? why : "unknown reason") + ")");
  }
  if (dw != w || dh != h) return core::fail("the image's size changed while decoding");
  out.rgba.resize(static_cast<std::size_t>(keptBytes));
  if (scale >= 1.0) {
    std::memcpy(out.rgba.data(), pixels.get(), out.rgba.size());
  } else if (!stbir_resize_uint8_srgb(pixels.get(), w, h, 0, out.rgba.data(), static_cast<int>(out.width),
                                      static_cast<int>(out.height), 0, 4, 3, 0)) {
    return core::fail("cannot scale the image down");
  }
  budget.decodedBytes += keptBytes;
  return out;
}

}  // namespace spineview::io
