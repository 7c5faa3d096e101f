#include "io/model_format.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "io/text_encoding.h"

namespace spineview::io {

const char* formatName(ModelFormat format) {
  switch (format) {
    case ModelFormat::Gltf: return "glTF";
    case ModelFormat::Glb: return "GLB";
    case ModelFormat::Obj: return "OBJ";
    case ModelFormat::Stl: return "STL";
    case ModelFormat::Fbx: return "FBX";
    case ModelFormat::Dae: return "COLLADA";
    case ModelFormat::Ply: return "PLY";
  }
  return "?";
}

namespace {

std::string_view asText(std::span<const std::uint8_t> bytes, std::size_t max) {
  return {reinterpret_cast<const char*>(bytes.data()), std::min(bytes.size(), max)};
}

bool startsWith(std::span<const std::uint8_t> bytes, std::string_view magic) {
  return bytes.size() >= magic.size() && asText(bytes, magic.size()) == magic;
}

std::string_view skipSpaceAndBom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  return text;
}

bool looksLikeText(std::span<const std::uint8_t> bytes) {
  const auto head = bytes.first(std::min<std::size_t>(bytes.size(), 4096));
  return std::none_of(head.begin(), head.end(), [](std::uint8_t b) { return b == 0; });
}

bool looksLikeStl(std::span<const std::uint8_t> bytes) {
  if (skipSpaceAndBom(asText(bytes, 4096)).substr(0, 5) == "solid" && looksLikeText(bytes)) return true;
  if (bytes.size() < 84) return false;
  std::uint32_t triangles = 0;
  for (int i = 3; i >= 0; --i) triangles = (triangles << 8) | bytes[80 + static_cast<std::size_t>(i)];
  return 84ull + 50ull * triangles == bytes.size();  // binary STL: exact size
}

bool looksLikeObj(std::span<const std::uint8_t> bytes) {
  if (!looksLikeText(bytes)) return false;
  const std::string_view text = skipSpaceAndBom(asText(bytes, 4096));
  for (std::string_view key : {"v ", "vn ", "vt ", "f ", "o ", "g ", "#", "mtllib ", "usemtl ", "s "})
    if (text.substr(0, key.size()) == key) return true;
  return false;
}

std::string lowerExtension(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

}  // namespace

bool hasModelExtension(const std::filesystem::path& path) {
  const std::string ext = lowerExtension(path);
  for (std::string_view known : {".gltf", ".glb", ".obj", ".stl", ".ply", ".fbx", ".dae"})
    if (ext == known) return true;
  return false;
}

core::Result<ModelFormat> detectModelFormat(const std::filesystem::path& path, std::span<const std::uint8_t> head) {
  const std::string ext = lowerExtension(path);
  const std::string name = path.string();
  if (head.empty()) return core::fail(name + ": the file is empty (0 bytes)");
  auto mismatch = [&](const char* expected) {
    return core::fail(name + ": the extension says " + std::string(expected) +
                      " but the content does not look like one (refused)");
  };
  if (ext == ".glb") {
    if (!startsWith(head, "glTF")) return mismatch("binary glTF (GLB, magic \"glTF\")");
    return ModelFormat::Glb;
  }
  if (ext == ".gltf") {
    if (skipSpaceAndBom(asText(head, 4096)).substr(0, 1) != "{") return mismatch("glTF JSON");
    return ModelFormat::Gltf;
  }
  // Text formats may be saved as UTF-16; their start is judged as the UTF-8 the parser will get.
  std::vector<std::uint8_t> utf8Head;
  if (ext == ".obj" || ext == ".dae")
    if (auto converted = utf16ToUtf8(head.first(std::min<std::size_t>(head.size(), 8192)))) {
      utf8Head = std::move(*converted);
      head = utf8Head;
      if (head.empty()) return core::fail(name + ": the file holds no text");
    }
  if (ext == ".obj") return looksLikeObj(head) ? core::Result<ModelFormat>(ModelFormat::Obj) : mismatch("OBJ text");
  if (ext == ".stl") return looksLikeStl(head) ? core::Result<ModelFormat>(ModelFormat::Stl) : mismatch("STL");
  if (ext == ".ply") {
    if (!startsWith(head, "ply\n") && !startsWith(head, "ply\r\n")) return mismatch("PLY (header \"ply\")");
    return ModelFormat::Ply;
  }
  if (ext == ".fbx") {
    if (startsWith(head, std::string_view("Kaydara FBX Binary  \0", 21))) return ModelFormat::Fbx;
    if (looksLikeText(head) && asText(head, 4096).find("FBXHeaderExtension") != std::string_view::npos)
      return ModelFormat::Fbx;
    return mismatch("FBX");
  }
  if (ext == ".dae") {
    const std::string_view text = asText(head, 4096);
    if (!looksLikeText(head) || text.find("<COLLADA") == std::string_view::npos) return mismatch("COLLADA (<COLLADA>)");
    return ModelFormat::Dae;
  }
  return core::fail(name + ": unsupported model format \"" + ext + "\" (supported: " + kModelExtensionList + ")");
}

}  // namespace spineview::io
