#include "io/gltf_import.h"

#include <cstring>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>
#include <tiny_gltf.h>

#include "io/gltf_convert.h"
#include "io/import_guard.h"
#include "core/json_file.h"
#include "io/resource_uri.h"
#include "io/texture_decode.h"

namespace spineview::io {

namespace {

constexpr int kMaxJsonDepth = 64;

std::uint32_t readU32(const std::uint8_t* p) {
  return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
         (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

struct GlbChunks {
  std::string_view json;
  std::uint64_t binSize = 0;
  bool hasBin = false;
};

core::Result<GlbChunks> splitGlb(std::span<const std::uint8_t> b) {
  if (b.size() < 20) return core::fail("truncated GLB: " + std::to_string(b.size()) + " bytes, shorter than its header");
  if (std::memcmp(b.data(), "glTF", 4) != 0) return core::fail("not a GLB file (bad magic)");
  if (readU32(b.data() + 4) != 2) return core::fail("GLB version " + std::to_string(readU32(b.data() + 4)) + " (only 2 is supported)");
  const std::uint64_t length = readU32(b.data() + 8);
  if (length != b.size())
    return core::fail("GLB header says " + std::to_string(length) + " bytes but the file has " + std::to_string(b.size()) +
                      " (truncated or padded)");
  const std::uint64_t jsonLength = readU32(b.data() + 12);
  if (readU32(b.data() + 16) != 0x4E4F534Au) return core::fail("GLB: the first chunk is not JSON");
  if (jsonLength == 0 || jsonLength % 4 != 0 || 20 + jsonLength > length)
    return core::fail("GLB: JSON chunk length " + std::to_string(jsonLength) + " is invalid for a " +
                      std::to_string(length) + "-byte file");
  GlbChunks out;
  out.json = {reinterpret_cast<const char*>(b.data() + 20), static_cast<std::size_t>(jsonLength)};
  const std::uint64_t next = 20 + jsonLength;
  if (next == length) return out;
  if (next + 8 > length) return core::fail("GLB: truncated chunk header after the JSON chunk");
  const std::uint64_t binLength = readU32(b.data() + next);
  if (readU32(b.data() + next + 4) != 0x004E4942u) return core::fail("GLB: the second chunk is not BIN");
  if (next + 8 + binLength > length) return core::fail("GLB: BIN chunk runs past the end of the file (truncated)");
  out.hasBin = true;
  out.binSize = binLength;
  return out;
}

// An image's bufferView must lie inside its buffer's declared byteLength (which tinygltf
// does enforce against the real data).
core::Status checkImageView(const nlohmann::json& doc, const nlohmann::json& viewIndex, const std::string& what) {
  const auto bad = [&](const std::string& why) { return core::fail(what + ": bufferView " + viewIndex.dump() + " " + why); };
  const auto views = doc.find("bufferViews");
  const auto buffers = doc.find("buffers");
  if (!viewIndex.is_number_unsigned() || views == doc.end() || !views->is_array() ||
      viewIndex.get<std::uint64_t>() >= views->size())
    return bad("does not exist");
  const auto& view = (*views)[viewIndex.get<std::size_t>()];
  if (!view.is_object()) return bad("is not an object");
  const auto num = [&](const nlohmann::json& o, const char* key, std::uint64_t fallback) -> std::optional<std::uint64_t> {
    auto it = o.find(key);
    if (it == o.end()) return fallback;
    if (!it->is_number_unsigned()) return std::nullopt;
    return it->get<std::uint64_t>();
  };
  const auto buffer = num(view, "buffer", ~0ull), offset = num(view, "byteOffset", 0), length = num(view, "byteLength", 0);
  if (!buffer || !offset || !length || *length == 0) return bad("has an invalid buffer, byteOffset or byteLength");
  if (buffers == doc.end() || !buffers->is_array() || *buffer >= buffers->size() || !(*buffers)[*buffer].is_object())
    return bad("names a buffer that does not exist");
  const auto bufferLength = num((*buffers)[*buffer], "byteLength", 0);
  if (!bufferLength || *offset > *bufferLength || *length > *bufferLength - *offset)
    return bad("runs past the end of its buffer");
  return core::Ok{};
}

// Checks that need the raw JSON: URIs (before tinygltf could touch a path), embedded
// buffer sizes, extensions we cannot honour, and array sizes against the limits.
core::Status precheckJson(std::string_view text, const GlbChunks* glb, const LoadLimits& limits) {
  if (!core::jsonNestingWithin(text, kMaxJsonDepth))
    return core::fail("JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
  nlohmann::json doc = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded()) return core::fail("not valid JSON");
  if (!doc.is_object()) return core::fail("the glTF JSON is not an object");
  const auto asset = doc.find("asset");
  if (asset == doc.end() || !asset->is_object() || !asset->contains("version") || !(*asset)["version"].is_string())
    return core::fail("missing asset.version (not a glTF 2.0 file?)");
  if ((*asset)["version"].get<std::string>().rfind("2.", 0) != 0)
    return core::fail("glTF version \"" + (*asset)["version"].get<std::string>() + "\" (only 2.x is supported)");
  if (auto req = doc.find("extensionsRequired"); req != doc.end() && req->is_array() && !req->empty())
    return core::fail("requires extension " + req->front().dump() + ", which spineview does not support");
  const std::pair<const char*, std::uint64_t> caps[] = {
      {"nodes", limits.maxNodes}, {"meshes", limits.maxMeshes}, {"accessors", limits.maxAccessors},
      {"animations", limits.maxAnimations}, {"bufferViews", limits.maxAccessors}, {"buffers", 1024},
      {"images", 1024}, {"materials", 65536}, {"skins", 4096}, {"textures", 4096}};
  for (const auto& [key, cap] : caps)
    if (auto it = doc.find(key); it != doc.end() && it->is_array() && it->size() > cap)
      return core::fail(std::string(key) + ": " + std::to_string(it->size()) + " entries, more than the limit of " +
                        std::to_string(cap));
  for (const char* key : {"buffers", "images"}) {
    const auto arr = doc.find(key);
    if (arr == doc.end() || !arr->is_array()) continue;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const auto& item = (*arr)[i];
      const std::string what = std::string(key).substr(0, std::strlen(key) - 1) + " " + std::to_string(i);
      if (!item.is_object()) return core::fail(what + " is not an object");
      if (auto uri = item.find("uri"); uri != item.end()) {
        if (!uri->is_string()) return core::fail(what + ": uri is not a string");
        auto kind = checkResourceUri(uri->get<std::string>(), what, limits.maxResourceBytes);
        if (!kind) return kind.error();
      } else if (std::string(key) == "buffers") {
        if (!glb || i != 0) return core::fail(what + " has no uri");
        const auto len = item.find("byteLength");
        if (len == item.end() || !len->is_number_unsigned() || len->get<std::uint64_t>() == 0)
          return core::fail(what + ": the GLB-stored buffer needs a positive byteLength");
        if (!glb->hasBin || len->get<std::uint64_t>() > glb->binSize)
          return core::fail(what + ": byteLength " + std::to_string(len->get<std::uint64_t>()) +
                            " is larger than the GLB's BIN chunk (" + std::to_string(glb->binSize) + " bytes)");
      }
      if (auto view = item.find("bufferView"); view != item.end()) {
        // tinygltf 2.7.0 hands &buffer.data[byteOffset] to the image callback without a
        // range check, so the view must be proven inside its buffer first.
        if (auto ok = checkImageView(doc, *view, what); !ok) return ok.error();
      }
      if (auto mime = item.find("mimeType"); mime != item.end() && mime->is_string() && *mime != "image/png" &&
                                             *mime != "image/jpeg")
        return core::fail(what + ": image type " + mime->dump() + " is not supported (PNG or JPEG only)");
    }
  }
  return core::Ok{};
}

// tinygltf file-system callbacks: everything goes through the ConfinedFolder.
std::string expandIdentity(const std::string& path, void*) { return path; }
bool fileExists(const std::string& path, void* user) {
  return static_cast<ConfinedFolder*>(user)->resolve(path).ok();
}
bool readWholeFile(std::vector<unsigned char>* out, std::string* err, const std::string& path, void* user) {
  auto bytes = static_cast<ConfinedFolder*>(user)->read(path);
  if (!bytes) {
    if (err) *err += path + ": " + bytes.message();
    return false;
  }
  *out = std::move(*bytes);
  return true;
}
bool refuseWrite(std::string* err, const std::string&, const std::vector<unsigned char>&, void*) {
  if (err) *err += "writing files while loading is not allowed";
  return false;
}

// Images are checked here (PNG/JPEG magic, header dimensions) and kept encoded: only those a
// material uses as its base-colour texture are decoded, later (gltf_material.cpp).
bool checkImage(tinygltf::Image* image, const int index, std::string* err, std::string*, int, int,
                const unsigned char* bytes, int size, void* user) {
  const std::span<const std::uint8_t> encoded(bytes, size > 0 ? static_cast<std::size_t>(size) : 0);
  auto header = checkImageHeader(encoded, *static_cast<const LoadLimits*>(user));
  if (!header) {
    if (err) *err += "image " + std::to_string(index) + ": " + header.message() + "\n";
    return false;
  }
  image->width = header->width;
  image->height = header->height;
  image->component = 4;
  image->bits = 8;
  image->pixel_type = TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE;
  image->image.assign(encoded.begin(), encoded.end());
  return true;
}

}  // namespace

core::Result<ImportedModel> importGltf(std::span<const std::uint8_t> bytes, bool binary, ConfinedFolder& folder,
                                       const LoadLimits& limits, const glm::mat4& toBody) {
  return guardImport<ImportedModel>([&]() -> core::Result<ImportedModel> {
    GlbChunks glb;
    std::string_view json(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    if (binary) {
      auto chunks = splitGlb(bytes);
      if (!chunks) return chunks.error();
      glb = *chunks;
      json = glb.json;
    }
    if (auto ok = precheckJson(json, binary ? &glb : nullptr, limits); !ok) return ok.error();

    tinygltf::TinyGLTF loader;
    loader.SetFsCallbacks(tinygltf::FsCallbacks{&fileExists, &expandIdentity, &readWholeFile, &refuseWrite, &folder});
    loader.SetImageLoader(&checkImage, const_cast<LoadLimits*>(&limits));
    tinygltf::Model model;
    std::string err, warn;
    const std::string baseDir = folder.root().string();
    const bool ok = binary ? loader.LoadBinaryFromMemory(&model, &err, &warn, bytes.data(),
                                                         static_cast<unsigned int>(bytes.size()), baseDir)
                           : loader.LoadASCIIFromString(&model, &err, &warn, json.data(),
                                                        static_cast<unsigned int>(json.size()), baseDir);
    if (!ok || !err.empty()) {
      while (!err.empty() && (err.back() == '\n' || err.back() == ' ')) err.pop_back();
      if (auto nl = err.find('\n'); nl != std::string::npos) err = err.substr(0, nl) + " (and more)";
      return core::fail(err.empty() ? "tinygltf could not parse it" : err);
    }
    return gltf::convertModel(model, limits, toBody);
  });
}

}  // namespace spineview::io
