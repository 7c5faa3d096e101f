#include "mesh/mesh_cache.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <system_error>
#include <type_traits>
#include <vector>

#include "mesh/closed_surface.h"
#include "core/file_io.h"

#ifndef SPINEVIEW_MESH_GENERATOR_FINGERPRINT
#error "engine/mesh/CMakeLists.txt defines SPINEVIEW_MESH_GENERATOR_FINGERPRINT for this file"
#endif

namespace spineview::mesh {

namespace {

namespace fs = std::filesystem;

constexpr std::array<char, 8> kMagic{'S', 'P', 'V', 'M', 'E', 'S', 'H', '\0'};
constexpr std::size_t kHeaderBytes = 8 + 4 + 8 + 8 + 8;  // magic, version, key, payload size, checksum
// Far above any model this generator makes; rejects absurd counts before allocating.
constexpr std::uint64_t kMaxElements = 1ull << 26;
constexpr std::uint32_t kMaxNameBytes = 4096;

static_assert(sizeof(glm::vec3) == 12 && sizeof(glm::vec4) == 16 && sizeof(glm::u16vec4) == 8 && sizeof(glm::mat4) == 64);

// 64-bit FNV-1a: a stable content hash (not cryptographic; collisions only cost a regeneration
// of a model that is then checked against the stored key anyway).
class Fnv1a {
 public:
  void add(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
      hash_ ^= p[i];
      hash_ *= 0x100000001b3ull;
    }
  }
  void add(std::string_view s) {
    const std::uint64_t n = s.size();
    add(&n, sizeof n);
    add(s.data(), s.size());
  }
  std::uint64_t value() const { return hash_; }

 private:
  std::uint64_t hash_ = 0xcbf29ce484222325ull;
};

class Writer {
 public:
  template <typename T>
  void put(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto* p = reinterpret_cast<const char*>(&v);
    bytes.append(p, sizeof(T));
  }
  template <typename T>
  void putArray(const std::vector<T>& v) {
    put<std::uint64_t>(v.size());
    if (!v.empty()) bytes.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void putString(const std::string& s) {
    put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
    bytes.append(s);
  }
  std::string bytes;
};

// Bounds-checked reads; any failure latches `ok` false and reads zeros from then on.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  template <typename T>
  T get() {
    T v{};
    if (!take(sizeof(T))) return v;
    std::memcpy(&v, bytes_.data() + pos_ - sizeof(T), sizeof(T));
    return v;
  }
  template <typename T>
  std::vector<T> getArray() {
    const auto n = get<std::uint64_t>();
    std::vector<T> v;
    if (n > kMaxElements || n * sizeof(T) > remaining()) {
      ok = false;
      return v;
    }
    v.resize(n);
    if (n > 0 && take(n * sizeof(T))) std::memcpy(v.data(), bytes_.data() + pos_ - n * sizeof(T), n * sizeof(T));
    return v;
  }
  std::string getString() {
    const auto n = get<std::uint32_t>();
    if (n > kMaxNameBytes || !take(n)) {
      ok = false;
      return {};
    }
    return std::string(bytes_.substr(pos_ - n, n));
  }
  std::size_t remaining() const { return bytes_.size() - pos_; }
  bool ok = true;

 private:
  bool take(std::size_t n) {
    if (!ok || n > remaining()) {
      ok = false;
      return false;
    }
    pos_ += n;
    return true;
  }
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

std::uint64_t checksum(std::string_view payload) {
  Fnv1a h;
  h.add(payload.data(), payload.size());
  return h.value();
}

bool finite(const glm::vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }
bool finite(const glm::vec4& v) { return finite(glm::vec3(v)) && std::isfinite(v.w); }

// Everything the renderer would index or trust: sizes agree, indices and ranges in bounds.
bool consistent(const MeshData& m) {
  const std::size_t n = m.positions.size();
  if (m.normals.size() != n || m.joints.size() != n || m.weights.size() != n) return false;
  if (m.indices.size() % 3 != 0) return false;
  if (!std::all_of(m.indices.begin(), m.indices.end(), [&](std::uint32_t i) { return i < n; })) return false;
  if (!std::all_of(m.positions.begin(), m.positions.end(), [](const glm::vec3& p) { return finite(p); })) return false;
  if (!std::all_of(m.normals.begin(), m.normals.end(), [](const glm::vec3& p) { return finite(p); })) return false;
  if (!std::all_of(m.weights.begin(), m.weights.end(), [](const glm::vec4& w) { return finite(w); })) return false;
  const std::size_t jointCount = m.skeleton.size();
  for (const auto& j : m.joints) {
    for (int k = 0; k < 4; ++k) {
      if (jointCount > 0 && j[k] >= jointCount) return false;
    }
  }
  for (const MeshPart& p : m.parts) {
    if (p.indexCount % 3 != 0 || p.firstIndex % 3 != 0) return false;
    if (static_cast<std::uint64_t>(p.firstIndex) + p.indexCount > m.indices.size()) return false;
  }
  for (std::size_t i = 0; i < jointCount; ++i) {
    const int parent = m.skeleton[i].parent;
    if (parent < -1 || parent >= static_cast<int>(jointCount) || parent == static_cast<int>(i)) return false;
  }
  return true;
}

std::string detailName(Detail d) {
  switch (d) {
    case Detail::Low: return "low";
    case Detail::Minimal: return "minimal";
    case Detail::Default: break;
  }
  return "default";
}

std::string hex(std::uint64_t v) {
  static const char* digits = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<std::size_t>(i)] = digits[v & 0xf];
  return s;
}

// Older cache files of the same detail are dead weight once a new key is written.
void removeStaleFiles(const fs::path& cacheDir, Detail detail, const fs::path& keep) {
  std::error_code ec;
  const std::string prefix = "spine-" + detailName(detail) + "-";
  for (fs::directory_iterator it(cacheDir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path p = it->path();
    const std::string name = p.filename().string();
    if (p != keep && name.rfind(prefix, 0) == 0 && p.extension() == ".svmesh") {
      std::error_code ignored;
      fs::remove(p, ignored);
    }
  }
}

}  // namespace

std::string_view generatorFingerprint() { return SPINEVIEW_MESH_GENERATOR_FINGERPRINT; }

core::Result<std::uint64_t> spineModelCacheKey(const fs::path& assetDir, Detail detail) {
  const fs::path anatomyDir = assetDir / "anatomy";
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(anatomyDir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".json") files.push_back(it->path());
  }
  if (ec) return core::fail("cannot list the anatomy data folder " + anatomyDir.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  Fnv1a h;
  h.add(generatorFingerprint());
  h.add(std::string_view(detailName(detail)));
  const std::uint32_t version = kMeshCacheFormatVersion;
  h.add(&version, sizeof version);
  for (const auto& file : files) {
    auto text = core::readTextFile(file);
    if (!text) return text.error();
    h.add(file.filename().string());
    h.add(*text);
  }
  return h.value();
}

std::string serializeMeshData(const MeshData& m, std::uint64_t key) {
  Writer payload;
  payload.putString(m.name);
  payload.putArray(m.positions);
  payload.putArray(m.normals);
  payload.putArray(m.joints);
  payload.putArray(m.weights);
  payload.putArray(m.indices);
  payload.put<std::uint32_t>(static_cast<std::uint32_t>(m.parts.size()));
  for (const MeshPart& p : m.parts) {
    payload.putString(p.name);
    payload.put<std::uint8_t>(static_cast<std::uint8_t>(p.kind));
    payload.put<std::uint8_t>(p.level ? 1 : 0);
    payload.put<std::uint8_t>(p.level ? static_cast<std::uint8_t>(*p.level) : 0);
    payload.put<std::uint8_t>(p.side ? 1 : 0);
    payload.put<std::uint8_t>(p.side ? static_cast<std::uint8_t>(*p.side) : 0);
    payload.put<std::uint32_t>(p.firstIndex);
    payload.put<std::uint32_t>(p.indexCount);
    payload.put<std::uint8_t>(p.closedSurface ? (*p.closedSurface ? 2 : 1) : 0);  // 0 unknown, 1 open, 2 closed
  }
  payload.put<std::uint32_t>(static_cast<std::uint32_t>(m.skeleton.size()));
  for (const Joint& j : m.skeleton) {
    payload.putString(j.name);
    payload.put<std::int32_t>(j.parent);
    payload.put(j.bindWorld);
  }
  Writer file;
  file.bytes.append(kMagic.data(), kMagic.size());
  file.put<std::uint32_t>(kMeshCacheFormatVersion);
  file.put<std::uint64_t>(key);
  file.put<std::uint64_t>(payload.bytes.size());
  file.put<std::uint64_t>(checksum(payload.bytes));
  file.bytes += payload.bytes;
  return std::move(file.bytes);
}

std::optional<MeshData> deserializeMeshData(std::string_view bytes, std::uint64_t expectedKey) {
  if (bytes.size() < kHeaderBytes || std::memcmp(bytes.data(), kMagic.data(), kMagic.size()) != 0) return std::nullopt;
  Reader header(bytes.substr(kMagic.size(), kHeaderBytes - kMagic.size()));
  const auto version = header.get<std::uint32_t>();
  const auto key = header.get<std::uint64_t>();
  const auto payloadSize = header.get<std::uint64_t>();
  const auto sum = header.get<std::uint64_t>();
  if (!header.ok || version != kMeshCacheFormatVersion || key != expectedKey) return std::nullopt;
  const std::string_view payload = bytes.substr(kHeaderBytes);
  if (payload.size() != payloadSize || checksum(payload) != sum) return std::nullopt;

  Reader r(payload);
  MeshData m;
  m.name = r.getString();
  m.positions = r.getArray<glm::vec3>();
  m.normals = r.getArray<glm::vec3>();
  m.joints = r.getArray<glm::u16vec4>();
  m.weights = r.getArray<glm::vec4>();
  m.indices = r.getArray<std::uint32_t>();
  const auto partCount = r.get<std::uint32_t>();
  if (partCount > kMaxElements / 64 || partCount > r.remaining()) return std::nullopt;
  for (std::uint32_t i = 0; i < partCount && r.ok; ++i) {
    MeshPart p;
    p.name = r.getString();
    const auto kind = r.get<std::uint8_t>();
    const auto hasLevel = r.get<std::uint8_t>();
    const auto level = r.get<std::uint8_t>();
    const auto hasSide = r.get<std::uint8_t>();
    const auto side = r.get<std::uint8_t>();
    p.firstIndex = r.get<std::uint32_t>();
    p.indexCount = r.get<std::uint32_t>();
    const auto closed = r.get<std::uint8_t>();
    if (kind >= kPartKindCount || hasLevel > 1 || hasSide > 1 || level >= anatomy::kVertebraCount || side > 1 || closed > 2)
      return std::nullopt;
    if (closed > 0) p.closedSurface = closed == 2;
    p.kind = static_cast<PartKind>(kind);
    if (hasLevel) p.level = anatomy::vertebraAt(level);
    if (hasSide) p.side = static_cast<anatomy::Side>(side);
    m.parts.push_back(std::move(p));
  }
  const auto jointCount = r.get<std::uint32_t>();
  if (jointCount > 0xffffu || jointCount > r.remaining()) return std::nullopt;
  for (std::uint32_t i = 0; i < jointCount && r.ok; ++i) {
    Joint j;
    j.name = r.getString();
    j.parent = r.get<std::int32_t>();
    j.bindWorld = r.get<glm::mat4>();
    m.skeleton.push_back(std::move(j));
  }
  if (!r.ok || r.remaining() != 0 || !consistent(m)) return std::nullopt;
  return m;
}

fs::path spineModelCacheFile(const fs::path& cacheDir, Detail detail, std::uint64_t key) {
  return cacheDir / ("spine-" + detailName(detail) + "-" + hex(key) + ".svmesh");
}

core::Result<MeshData> loadOrGenerateSpineModel(const fs::path& assetDir, Detail detail, const fs::path& cacheDir,
                                                bool* fromCache) {
  return loadOrGenerateCached(assetDir, detail, cacheDir, [&] { return generateSpineModel(assetDir, detail); }, fromCache);
}

core::Result<MeshData> loadOrGenerateCached(const fs::path& assetDir, Detail detail, const fs::path& cacheDir,
                                            const ModelGenerator& generate, bool* fromCache) {
  if (fromCache) *fromCache = false;
  auto key = spineModelCacheKey(assetDir, detail);
  if (!key) return key.error();
  const fs::path file = spineModelCacheFile(cacheDir, detail, *key);
  std::error_code ec;
  if (fs::is_regular_file(file, ec)) {
    if (auto bytes = core::readBinaryFile(file)) {
      const std::string_view view(reinterpret_cast<const char*>(bytes->data()), bytes->size());
      if (auto cached = deserializeMeshData(view, *key)) {
        if (fromCache) *fromCache = true;
        return std::move(*cached);
      }
    }
  }
  auto model = generate();
  if (!model) return model.error();
  analyseSurfaces(*model);
  fs::create_directories(cacheDir, ec);
  if (!ec && core::writeFileAtomic(file, serializeMeshData(*model, *key))) removeStaleFiles(cacheDir, detail, file);
  return model;
}

}  // namespace spineview::mesh
