// Rules for the `uri` of a glTF buffer or image. Only data URIs with a known media type and
// plain relative file names inside the model's folder are accepted: no absolute paths, no
// "..", no URL schemes, no characters a shell or path expander would interpret.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace spineview::io {

enum class UriKind : std::uint8_t { Data, RelativeFile };

// What = "buffer 2" / "image 0", used in the message.
core::Result<UriKind> checkResourceUri(std::string_view uri, const std::string& what, std::uint64_t maxDecodedBytes);

// Percent-decoding as RFC 3986 defines it ("%20" → ' '); invalid escapes are kept as is.
std::string percentDecode(std::string_view text);

}  // namespace spineview::io
