// Text model files (OBJ, its MTL, COLLADA) saved as UTF-16 by some Windows tools are turned into
// UTF-8 before format detection and before any parser reads them. UTF-16 is recognised by its
// byte-order mark, or without one by the zero high bytes of ASCII text in the first bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace spineview::io {

enum class TextEncoding : std::uint8_t { Utf8, Utf16LittleEndian, Utf16BigEndian };

TextEncoding detectTextEncoding(std::span<const std::uint8_t> bytes);

// UTF-8 for UTF-16 input (the byte-order mark dropped, unpaired surrogates as U+FFFD, an odd
// last byte ignored; at most 1.5 times the input); nullopt when the input is not UTF-16.
std::optional<std::vector<std::uint8_t>> utf16ToUtf8(std::span<const std::uint8_t> bytes);

}  // namespace spineview::io
