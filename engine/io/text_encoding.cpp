#include "io/text_encoding.h"

#include <algorithm>

namespace spineview::io {

TextEncoding detectTextEncoding(std::span<const std::uint8_t> bytes) {
  if (bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return TextEncoding::Utf16LittleEndian;
  if (bytes.size() >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return TextEncoding::Utf16BigEndian;
  // Without a mark: the first code units are ASCII (printable or white space), so every other
  // byte is zero. Eight units are enough to tell; UTF-8 text never has NUL bytes.
  const std::size_t units = std::min<std::size_t>(bytes.size() / 2, 64);
  if (units < 8) return TextEncoding::Utf8;
  auto asciiUnits = [&](std::size_t zeroAt) {
    for (std::size_t i = 0; i < units; ++i) {
      const std::uint8_t zero = bytes[2 * i + zeroAt], ch = bytes[2 * i + 1 - zeroAt];
      if (zero != 0 || !(ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch < 0x7F))) return false;
    }
    return true;
  };
  if (asciiUnits(1)) return TextEncoding::Utf16LittleEndian;
  if (asciiUnits(0)) return TextEncoding::Utf16BigEndian;
  return TextEncoding::Utf8;
}

std::optional<std::vector<std::uint8_t>> utf16ToUtf8(std::span<const std::uint8_t> bytes) {
  const TextEncoding encoding = detectTextEncoding(bytes);
  if (encoding == TextEncoding::Utf8) return std::nullopt;
  const bool little = encoding == TextEncoding::Utf16LittleEndian;
  const std::size_t units = bytes.size() / 2;
  auto unit = [&](std::size_t i) -> std::uint32_t {
    const std::uint32_t a = bytes[2 * i], b = bytes[2 * i + 1];
    return little ? a | (b << 8) : (a << 8) | b;
  };
  std::vector<std::uint8_t> out;
  out.reserve(units * 3 / 2 + 4);
  auto put = [&](std::uint32_t c) {
    if (c < 0x80) {
      out.push_back(static_cast<std::uint8_t>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<std::uint8_t>(0xC0 | (c >> 6)));
      out.push_back(static_cast<std::uint8_t>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<std::uint8_t>(0xE0 | (c >> 12)));
      out.push_back(static_cast<std::uint8_t>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<std::uint8_t>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<std::uint8_t>(0xF0 | (c >> 18)));
      out.push_back(static_cast<std::uint8_t>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<std::uint8_t>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<std::uint8_t>(0x80 | (c & 0x3F)));
    }
  };
  std::size_t i = unit(0) == 0xFEFF ? 1 : 0;
  for (; i < units; ++i) {
    const std::uint32_t u = unit(i);
    if (u >= 0xD800 && u < 0xDC00 && i + 1 < units && unit(i + 1) >= 0xDC00 && unit(i + 1) < 0xE000) {
      put(0x10000 + ((u - 0xD800) << 10) + (unit(i + 1) - 0xDC00));
      ++i;
    } else if (u >= 0xD800 && u < 0xE000) {
      put(0xFFFD);
    } else {
      put(u);
    }
  }
  return out;
}

}  // namespace spineview::io
