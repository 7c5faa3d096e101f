#include "io/import_wire.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace spineview::io {

namespace {

class Writer {
 public:
  template <typename T>
  void pod(const T& v) {
    const auto* p = reinterpret_cast<const std::uint8_t*>(&v);
    out.insert(out.end(), p, p + sizeof v);
  }
  template <typename T>
  void array(const std::vector<T>& v) {
    pod<std::uint64_t>(v.size());
    const auto* p = reinterpret_cast<const std::uint8_t*>(v.data());
    out.insert(out.end(), p, p + v.size() * sizeof(T));
  }
  void str(const std::string& s) {
    pod<std::uint64_t>(s.size());
    out.insert(out.end(), s.begin(), s.end());
  }
  std::vector<std::uint8_t> out;
};

class Reader {
 public:
  explicit Reader(std::span<const std::uint8_t> b) : bytes_(b) {}
  template <typename T>
  bool pod(T& v) {
    if (bytes_.size() - pos_ < sizeof v) return false;
    std::memcpy(&v, bytes_.data() + pos_, sizeof v);
    pos_ += sizeof v;
    return true;
  }
  template <typename T>
  bool array(std::vector<T>& v, std::uint64_t maxCount) {
    std::uint64_t n = 0;
    if (!pod(n) || n > maxCount || n > (bytes_.size() - pos_) / sizeof(T)) return false;
    v.resize(static_cast<std::size_t>(n));
    std::memcpy(v.data(), bytes_.data() + pos_, static_cast<std::size_t>(n) * sizeof(T));
    pos_ += static_cast<std::size_t>(n) * sizeof(T);
    return true;
  }
  bool str(std::string& s) {
    std::uint64_t n = 0;
    if (!pod(n) || n > 4096 || n > bytes_.size() - pos_) return false;
    s.assign(reinterpret_cast<const char*>(bytes_.data() + pos_), static_cast<std::size_t>(n));
    pos_ += static_cast<std::size_t>(n);
    return true;
  }
  bool done() const { return pos_ == bytes_.size(); }

 private:
  std::span<const std::uint8_t> bytes_;
  std::size_t pos_ = 0;
};

bool finite(const glm::vec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

}  // namespace

std::vector<std::uint8_t> encodeImport(const core::Result<ImportedModel>& result, const FileAccessLog& log) {
  Writer w;
  w.pod<std::uint64_t>(log.opened.size());
  for (const auto& p : log.opened) w.str(p.string());
  w.pod<std::uint64_t>(log.refused.size());
  for (const auto& r : log.refused) w.str(r);
  w.pod<std::uint8_t>(result.ok() ? 1 : 0);
  if (!result.ok()) {
    w.str(result.message());
    return w.out;
  }
  const ImportedModel& m = *result;
  w.array(m.mesh.positions);
  w.array(m.mesh.normals);
  w.array(m.mesh.indices);
  w.pod<std::uint64_t>(m.mesh.parts.size());
  for (std::size_t p = 0; p < m.mesh.parts.size(); ++p) {
    w.str(m.mesh.parts[p].name);
    w.pod(m.mesh.parts[p].firstIndex);
    w.pod(m.mesh.parts[p].indexCount);
    w.str(m.partSources[p].nodeName);
    w.str(m.partSources[p].meshName);
    const PartMaterial& mat = m.materials[p];
    for (float f : {mat.baseColor.r, mat.baseColor.g, mat.baseColor.b, mat.baseColor.a, mat.roughness, mat.metallic})
      w.pod(f);
    w.pod<std::uint8_t>(mat.blend ? 1 : 0);
  }
  w.pod<std::uint64_t>(m.warnings.size());
  for (const auto& s : m.warnings) w.str(s);
  return w.out;
}

core::Result<ImportedModel> decodeImport(std::span<const std::uint8_t> bytes, const LoadLimits& limits,
                                         FileAccessLog* log) {
  const auto bad = core::fail("the importer's reply is malformed");
  Reader r(bytes);
  std::uint64_t n = 0;
  std::string s;
  for (int list = 0; list < 2; ++list) {
    if (!r.pod(n) || n > 4096) return bad;
    for (std::uint64_t i = 0; i < n; ++i) {
      if (!r.str(s)) return bad;
      if (log && list == 0) log->opened.emplace_back(s);
      if (log && list == 1) log->refused.push_back(s);
    }
  }
  std::uint8_t ok = 0;
  if (!r.pod(ok)) return bad;
  if (!ok) {
    if (!r.str(s) || !r.done()) return bad;
    return core::fail(s);
  }
  ImportedModel m;
  if (!r.array(m.mesh.positions, limits.maxVertices) || !r.array(m.mesh.normals, limits.maxVertices) ||
      !r.array(m.mesh.indices, limits.maxIndices) || m.mesh.normals.size() != m.mesh.positions.size())
    return bad;
  for (const auto& p : m.mesh.positions)
    if (!finite(p)) return bad;
  for (auto& nrm : m.mesh.normals)
    if (!finite(nrm)) nrm = glm::vec3(0.0f, 1.0f, 0.0f);
  for (std::uint32_t i : m.mesh.indices)
    if (i >= m.mesh.positions.size()) return bad;
  if (!r.pod(n) || n == 0 || n > limits.maxPrimitives) return bad;
  for (std::uint64_t p = 0; p < n; ++p) {
    mesh::MeshPart part;
    PartSource src;
    PartMaterial mat;
    std::uint8_t blend = 0;
    if (!r.str(part.name) || !r.pod(part.firstIndex) || !r.pod(part.indexCount) || !r.str(src.nodeName) ||
        !r.str(src.meshName) || !r.pod(mat.baseColor.r) || !r.pod(mat.baseColor.g) || !r.pod(mat.baseColor.b) ||
        !r.pod(mat.baseColor.a) || !r.pod(mat.roughness) || !r.pod(mat.metallic) || !r.pod(blend))
      return bad;
    mat.blend = blend != 0;
    if (part.indexCount % 3 != 0 || static_cast<std::uint64_t>(part.firstIndex) + part.indexCount > m.mesh.indices.size())
      return bad;
    mat.baseColor = glm::clamp(mat.baseColor, 0.0f, 1.0f);
    if (!std::isfinite(mat.baseColor.r + mat.baseColor.g + mat.baseColor.b + mat.baseColor.a)) mat.baseColor = glm::vec4(0.8f);
    mat.roughness = std::isfinite(mat.roughness) ? std::clamp(mat.roughness, 0.0f, 1.0f) : 0.6f;
    mat.metallic = std::isfinite(mat.metallic) ? std::clamp(mat.metallic, 0.0f, 1.0f) : 0.0f;
    m.mesh.parts.push_back(std::move(part));
    m.partSources.push_back(std::move(src));
    m.materials.push_back(mat);
  }
  if (!r.pod(n) || n > 4096) return bad;
  for (std::uint64_t i = 0; i < n; ++i) {
    if (!r.str(s)) return bad;
    m.warnings.push_back(s);
  }
  if (!r.done()) return bad;
  return m;
}

}  // namespace spineview::io
