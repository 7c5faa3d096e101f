#include "io/assimp_precheck.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "io/text_encoding.h"

namespace spineview::io {

namespace {

std::vector<std::string_view> words(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

bool isPlyScalarType(std::string_view t) {
  for (std::string_view k : {"char", "uchar", "short", "ushort", "int", "uint", "float", "double", "int8", "uint8",
                             "int16", "uint16", "int32", "uint32", "float32", "float64"})
    if (t == k) return true;
  return false;
}

// After a UTF-16 to UTF-8 conversion the XML declaration must say so, or the parser would
// read the bytes as UTF-16 again.
void declareXmlAsUtf8(std::vector<std::uint8_t>& bytes) {
  const std::string_view head(reinterpret_cast<const char*>(bytes.data()), std::min<std::size_t>(bytes.size(), 256));
  const std::size_t declEnd = head.find("?>");
  if (head.substr(0, 5) != "<?xml" || declEnd == std::string_view::npos) return;
  for (std::string_view quote : {"\"", "'"}) {
    for (std::string_view name : {"UTF-16", "utf-16", "UTF-16LE", "UTF-16BE", "utf-16le", "utf-16be", "Utf-16"}) {
      const std::string attr = "encoding=" + std::string(quote) + std::string(name) + std::string(quote);
      const std::size_t at = head.find(attr);
      if (at == std::string_view::npos || at > declEnd) continue;
      const std::string utf8 = "encoding=" + std::string(quote) + "UTF-8" + std::string(quote);
      bytes.erase(bytes.begin() + static_cast<std::ptrdiff_t>(at), bytes.begin() + static_cast<std::ptrdiff_t>(at + attr.size()));
      bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), utf8.begin(), utf8.end());
      return;
    }
  }
}

// The header's lines as [begin, end) byte ranges (line breaks included) that are not PLY
// keywords, and so are skipped; fails for what Assimp would hang on.
core::Result<std::vector<std::pair<std::size_t, std::size_t>>> scanPlyHeader(std::span<const std::uint8_t> bytes,
                                                                             const LoadLimits& limits) {
  constexpr std::size_t kMaxHeader = 64 * 1024;
  const std::string_view text(reinterpret_cast<const char*>(bytes.data()), std::min(bytes.size(), kMaxHeader));
  std::vector<std::pair<std::size_t, std::size_t>> skipped;
  std::size_t pos = 0;
  int lineNo = 0;
  bool sawFormat = false;
  while (pos < text.size()) {
    const std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) break;
    const std::size_t lineStart = pos;
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++lineNo;
    const std::string at = "PLY header line " + std::to_string(lineNo) + ": ";
    for (char c : line)
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t') return core::fail(at + "contains a control character");
    const auto w = words(line);
    if (lineNo == 1) {
      if (line != "ply") return core::fail(at + "expected \"ply\"");
      continue;
    }
    if (w.empty()) return core::fail(at + "empty line");
    if (w[0] == "comment" || w[0] == "obj_info") continue;
    if (w[0] == "end_header") {
      if (!sawFormat) return core::fail("PLY header has no format line");
      return skipped;
    }
    if (w[0] == "format") {
      if (w.size() != 3 || (w[1] != "ascii" && w[1] != "binary_little_endian" && w[1] != "binary_big_endian") ||
          w[2] != "1.0")
        return core::fail(at + "unsupported format line");
      sawFormat = true;
    } else if (w[0] == "element") {
      std::uint64_t count = 0;
      const auto parsed = w.size() == 3 ? std::from_chars(w[2].data(), w[2].data() + w[2].size(), count)
                                        : std::from_chars_result{nullptr, std::errc::invalid_argument};
      if (parsed.ec != std::errc{} || parsed.ptr != w[2].data() + w[2].size())
        return core::fail(at + "expected \"element <name> <count>\"");
      if (count > limits.maxVertices && count > limits.maxIndices / 3)
        return core::fail(at + "element count " + std::to_string(count) + " exceeds the limits");
    } else if (w[0] == "property") {
      const bool scalar = w.size() == 3 && isPlyScalarType(w[1]);
      const bool list = w.size() == 5 && w[1] == "list" && isPlyScalarType(w[2]) && isPlyScalarType(w[3]);
      if (!scalar && !list) return core::fail(at + "malformed property line");
    } else {
      skipped.emplace_back(lineStart, pos);  // not a keyword: skipped, as other PLY readers do
    }
  }
  return core::fail("PLY header has no end_header line within its first 64 KiB");
}

}  // namespace

core::Status checkPlyHeader(std::span<const std::uint8_t> bytes, const LoadLimits& limits) {
  auto scan = scanPlyHeader(bytes, limits);
  if (!scan) return scan.error();
  return core::Ok{};
}

core::Result<std::vector<std::uint8_t>> prepareForAssimp(ModelFormat format, std::vector<std::uint8_t> bytes,
                                                         const LoadLimits& limits) {
  if (format == ModelFormat::Obj || format == ModelFormat::Dae) {
    if (auto utf8 = utf16ToUtf8(bytes)) {
      if (utf8->size() > limits.maxResourceBytes) return core::fail("the file is too large once converted from UTF-16");
      bytes = std::move(*utf8);
      if (format == ModelFormat::Dae) declareXmlAsUtf8(bytes);
    }
  }
  if (format != ModelFormat::Ply) return bytes;
  auto skipped = scanPlyHeader(bytes, limits);
  if (!skipped) return skipped.error();
  if (skipped->empty()) return bytes;
  std::vector<std::uint8_t> out;
  out.reserve(bytes.size());
  std::size_t from = 0;
  for (const auto& [begin, end] : *skipped) {
    out.insert(out.end(), bytes.begin() + static_cast<std::ptrdiff_t>(from), bytes.begin() + static_cast<std::ptrdiff_t>(begin));
    from = end;
  }
  out.insert(out.end(), bytes.begin() + static_cast<std::ptrdiff_t>(from), bytes.end());
  return out;
}

}  // namespace spineview::io
