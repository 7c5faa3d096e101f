#include "io/resource_uri.h"

#include <array>

namespace spineview::io {

namespace {
int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string shown(std::string_view uri) {
  std::string out;
  for (char c : uri.substr(0, 80)) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
  if (uri.size() > 80) out += "...";
  return "\"" + out + "\"";
}

constexpr std::array<std::string_view, 4> kDataPrefixes{
    "data:application/octet-stream;base64,", "data:application/gltf-buffer;base64,",
    "data:image/png;base64,", "data:image/jpeg;base64,"};
}  // namespace

std::string percentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      const int hi = hexValue(text[i + 1]), lo = hexValue(text[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

core::Result<UriKind> checkResourceUri(std::string_view uri, const std::string& what, std::uint64_t maxDecodedBytes) {
  const std::string prefix = what + " uri " + shown(uri) + ": ";
  if (uri.empty()) return core::fail(prefix + "empty");
  if (uri.substr(0, 5) == "data:") {
    for (auto p : kDataPrefixes) {
      if (uri.substr(0, p.size()) == p) {
        const std::uint64_t decoded = (uri.size() - p.size()) / 4 * 3;
        if (decoded > maxDecodedBytes)
          return core::fail(prefix + "embedded data of about " + std::to_string(decoded) + " bytes exceeds the " +
                            std::to_string(maxDecodedBytes) + "-byte limit");
        return UriKind::Data;
      }
    }
    return core::fail(prefix + "data URI with an unsupported media type (allowed: octet-stream, gltf-buffer, "
                               "PNG, JPEG, all base64)");
  }
  // Check the text both as written and percent-decoded, since either may reach a loader.
  for (const std::string& text : {std::string(uri), percentDecode(uri)}) {
    for (char c : text) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7f) return core::fail(prefix + "contains a control character");
      if (std::string_view("`$\\|;&<>*?\"'").find(c) != std::string_view::npos)
        return core::fail(prefix + "contains '" + std::string(1, c) +
                          "', which a resource file name never needs (refused, nothing was opened)");
    }
    if (text.front() == '/') return core::fail(prefix + "absolute paths are not allowed; use a path relative to the model");
    if (text.front() == '~') return core::fail(prefix + "home-folder paths are not allowed; use a path relative to the model");
    const auto colon = text.find(':');
    if (colon != std::string::npos && text.find('/') > colon)
      return core::fail(prefix + "URLs and drive letters are not allowed; only files beside the model");
    std::size_t start = 0;
    while (start <= text.size()) {
      const auto end = std::min(text.find('/', start), text.size());
      if (text.compare(start, end - start, "..") == 0)
        return core::fail(prefix + "\"..\" is not allowed; resources must be inside the model's folder");
      start = end + 1;
    }
  }
  return UriKind::RelativeFile;
}

}  // namespace spineview::io
