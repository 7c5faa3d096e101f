#include "core/png_image.h"

#include <png.h>

#include <csetjmp>
#include <cstring>

#include "core/file_io.h"

namespace spineview::core {
namespace {
void appendBytes(png_structp png, png_bytep data, png_size_t length) {
  auto* out = static_cast<std::string*>(png_get_io_ptr(png));
  out->append(reinterpret_cast<const char*>(data), length);
}
void noFlush(png_structp) {}

struct ReadCursor {
  const std::vector<std::uint8_t>* bytes;
  std::size_t offset;
};
void readBytes(png_structp png, png_bytep data, png_size_t length) {
  auto* c = static_cast<ReadCursor*>(png_get_io_ptr(png));
  if (c->offset + length > c->bytes->size()) png_error(png, "truncated PNG");
  std::memcpy(data, c->bytes->data() + c->offset, length);
  c->offset += length;
}
}  // namespace

Status writePng(const std::filesystem::path& path, const RgbaImage& image, int compressionLevel) {
  if (image.width == 0 || image.height == 0 || image.pixels.size() != std::size_t(image.width) * image.height * 4)
    return fail(path.string() + ": image to save is empty or malformed");
  std::string encoded;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info) {
    png_destroy_write_struct(&png, nullptr);
    return fail(path.string() + ": out of memory encoding PNG");
  }
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    return fail(path.string() + ": PNG encoding failed");
  }
  png_set_write_fn(png, &encoded, appendBytes, noFlush);
  png_set_compression_level(png, compressionLevel);
  png_set_IHDR(png, info, image.width, image.height, 8, PNG_COLOR_TYPE_RGBA, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(png, info);
  for (std::uint32_t y = 0; y < image.height; ++y)
    png_write_row(png, const_cast<png_bytep>(image.pixels.data() + std::size_t(y) * image.width * 4));
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return writeFileAtomic(path, encoded);
}

Result<RgbaImage> readPng(const std::filesystem::path& path) {
  auto bytes = readBinaryFile(path, 256ull << 20);
  if (!bytes) return bytes.error();
  if (bytes->size() < 8 || png_sig_cmp(bytes->data(), 0, 8) != 0) return fail(path.string() + ": not a PNG file");
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!png || !info) {
    png_destroy_read_struct(&png, nullptr, nullptr);
    return fail(path.string() + ": out of memory decoding PNG");
  }
  RgbaImage image;
  ReadCursor cursor{&bytes.value(), 0};
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    return fail(path.string() + ": damaged PNG file");
  }
  png_set_read_fn(png, &cursor, readBytes);
  png_set_user_limits(png, 16384, 16384);
  png_read_info(png, info);
  png_set_expand(png);
  png_set_strip_16(png);
  png_set_gray_to_rgb(png);
  png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
  png_read_update_info(png, info);
  image.width = png_get_image_width(png, info);
  image.height = png_get_image_height(png, info);
  image.pixels.resize(std::size_t(image.width) * image.height * 4);
  for (std::uint32_t y = 0; y < image.height; ++y) png_read_row(png, image.pixels.data() + std::size_t(y) * image.width * 4, nullptr);
  png_destroy_read_struct(&png, &info, nullptr);
  return image;
}

}  // namespace spineview::core
