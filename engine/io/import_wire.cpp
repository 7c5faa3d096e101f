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
    if (n == 0) return true;  // an empty vector's data() may be null, which memcpy must not get
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
bool finite(const glm::vec4& v) { return finite(glm::vec3(v)) && std::isfinite(v.w); }
bool finite(const glm::mat4& m) { return finite(m[0]) && finite(m[1]) && finite(m[2]) && finite(m[3]); }

// Skeleton, weights, rest pose and clips, each checked as the glTF importer checks them.
bool decodeRig(Reader& r, const LoadLimits& limits, ImportedModel& m) {
  auto& mesh = m.mesh;
  if (!r.array(mesh.joints, limits.maxVertices) || !r.array(mesh.weights, limits.maxVertices)) return false;
  if (mesh.joints.size() != mesh.weights.size() || (!mesh.joints.empty() && mesh.joints.size() != mesh.positions.size()))
    return false;
  std::uint64_t n = 0;
  if (!r.pod(n) || n > limits.maxJoints) return false;
  for (std::uint64_t j = 0; j < n; ++j) {
    mesh::Joint joint;
    std::int32_t parent = 0;
    Trs rest;
    if (!r.str(joint.name) || !r.pod(parent) || !r.pod(joint.bindWorld) || !r.pod(rest)) return false;
    if (parent < -1 || parent >= static_cast<std::int64_t>(j) || !finite(joint.bindWorld) || !finite(rest.translation) ||
        !finite(rest.scale) || !finite(glm::vec4(rest.rotation.x, rest.rotation.y, rest.rotation.z, rest.rotation.w)))
      return false;
    const float len = glm::length(rest.rotation);
    if (!(len > 1e-6f)) return false;
    rest.rotation /= len;
    joint.parent = parent;
    mesh.skeleton.push_back(std::move(joint));
    m.restPose.push_back(rest);
  }
  if (!mesh.joints.empty() && mesh.skeleton.empty()) return false;
  for (std::size_t v = 0; v < mesh.joints.size(); ++v) {
    glm::vec4& w = mesh.weights[v];
    if (!finite(w) || w.x < 0.0f || w.y < 0.0f || w.z < 0.0f || w.w < 0.0f) return false;
    const float sum = w.x + w.y + w.z + w.w;
    if (!(sum > 1e-6f)) return false;
    w /= sum;
    for (int c = 0; c < 4; ++c)
      if (mesh.joints[v][c] >= mesh.skeleton.size()) return false;
  }
  if (!r.pod(m.rootTransform) || !finite(m.rootTransform)) return false;
  if (!r.pod(n) || n > limits.maxAnimations) return false;
  std::uint64_t keys = 0;
  for (std::uint64_t a = 0; a < n; ++a) {
    AnimationClip clip;
    std::uint64_t channels = 0;
    if (!r.str(clip.name) || !r.pod(clip.duration) || !std::isfinite(clip.duration) || clip.duration < 0.0f ||
        !r.pod(channels) || channels > 3ull * limits.maxJoints)
      return false;
    for (std::uint64_t c = 0; c < channels; ++c) {
      AnimationChannel ch;
      std::int32_t joint = 0;
      std::uint8_t path = 0, interpolation = 0;
      if (!r.pod(joint) || !r.pod(path) || !r.pod(interpolation) || joint < 0 ||
          static_cast<std::uint64_t>(joint) >= mesh.skeleton.size() || path > 2 || interpolation > 2)
        return false;
      if (!r.array(ch.times, limits.maxKeyframes - keys) || !r.array(ch.values, 3 * limits.maxKeyframes)) return false;
      keys += ch.times.size();
      ch.joint = joint;
      ch.path = static_cast<ChannelPath>(path);
      ch.interpolation = static_cast<Interpolation>(interpolation);
      const std::size_t perKey = ch.interpolation == Interpolation::CubicSpline ? 3 : 1;
      if (ch.times.empty() || ch.values.size() != perKey * ch.times.size()) return false;
      for (std::size_t k = 0; k < ch.times.size(); ++k)
        if (!std::isfinite(ch.times[k]) || ch.times[k] < 0.0f || (k > 0 && ch.times[k] <= ch.times[k - 1])) return false;
      for (const auto& v : ch.values)
        if (!finite(v)) return false;
      clip.channels.push_back(std::move(ch));
    }
    m.animations.push_back(std::move(clip));
  }
  return true;
}

// Decoded textures, each within the limits the decoder applies (texture_decode.h).
bool decodeTextures(Reader& r, const LoadLimits& limits, std::vector<mesh::TextureImage>& textures) {
  std::uint64_t n = 0, total = 0;
  if (!r.pod(n) || n > limits.maxPrimitives) return false;
  for (std::uint64_t t = 0; t < n; ++t) {
    mesh::TextureImage image;
    if (!r.pod(image.width) || !r.pod(image.height) || !r.pod(image.wrapU) || !r.pod(image.wrapV) ||
        static_cast<std::uint8_t>(image.wrapU) > 2 || static_cast<std::uint8_t>(image.wrapV) > 2)
      return false;
    if (image.width == 0 || image.height == 0 || image.width > limits.maxTextureSide || image.height > limits.maxTextureSide)
      return false;
    const std::uint64_t bytes = 4ull * image.width * image.height;
    if (bytes > limits.maxTextureBytes - total || !r.array(image.rgba, bytes) || image.rgba.size() != bytes) return false;
    total += bytes;
    textures.push_back(std::move(image));
  }
  return true;
}

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
  w.array(m.mesh.texCoords);
  w.pod<std::uint64_t>(m.mesh.textures.size());
  for (const auto& t : m.mesh.textures) {
    w.pod(t.width);
    w.pod(t.height);
    w.pod(t.wrapU);
    w.pod(t.wrapV);
    w.array(t.rgba);
  }
  w.pod<std::uint64_t>(m.mesh.parts.size());
  for (std::size_t p = 0; p < m.mesh.parts.size(); ++p) {
    w.str(m.mesh.parts[p].name);
    w.pod(m.mesh.parts[p].firstIndex);
    w.pod(m.mesh.parts[p].indexCount);
    w.pod(m.mesh.parts[p].topology);
    w.pod(m.mesh.parts[p].texture);
    w.pod<std::uint8_t>(m.mesh.parts[p].fileColour ? 1 : 0);
    w.pod(m.mesh.parts[p].fileColour.value_or(glm::vec4(0.0f)));
    w.str(m.partSources[p].nodeName);
    w.str(m.partSources[p].meshName);
    const PartMaterial& mat = m.materials[p];
    for (float f : {mat.baseColor.r, mat.baseColor.g, mat.baseColor.b, mat.baseColor.a, mat.roughness, mat.metallic})
      w.pod(f);
    w.pod<std::uint8_t>(mat.blend ? 1 : 0);
  }
  w.pod<std::uint64_t>(m.warnings.size());
  for (const auto& s : m.warnings) w.str(s);
  // The rig (empty for a static model).
  w.array(m.mesh.joints);
  w.array(m.mesh.weights);
  w.pod<std::uint64_t>(m.mesh.skeleton.size());
  for (std::size_t j = 0; j < m.mesh.skeleton.size(); ++j) {
    w.str(m.mesh.skeleton[j].name);
    w.pod<std::int32_t>(m.mesh.skeleton[j].parent);
    w.pod(m.mesh.skeleton[j].bindWorld);
    w.pod(m.restPose[j]);
  }
  w.pod(m.rootTransform);
  w.pod<std::uint64_t>(m.animations.size());
  for (const auto& clip : m.animations) {
    w.str(clip.name);
    w.pod(clip.duration);
    w.pod<std::uint64_t>(clip.channels.size());
    for (const auto& ch : clip.channels) {
      w.pod<std::int32_t>(ch.joint);
      w.pod<std::uint8_t>(static_cast<std::uint8_t>(ch.path));
      w.pod<std::uint8_t>(static_cast<std::uint8_t>(ch.interpolation));
      w.array(ch.times);
      w.array(ch.values);
    }
  }
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
  if (!r.array(m.mesh.texCoords, limits.maxVertices) ||
      (!m.mesh.texCoords.empty() && m.mesh.texCoords.size() != m.mesh.positions.size()))
    return bad;
  for (auto& uv : m.mesh.texCoords)
    if (!std::isfinite(uv.x) || !std::isfinite(uv.y)) uv = glm::vec2(0.0f);
  if (!decodeTextures(r, limits, m.mesh.textures)) return bad;
  if (!r.pod(n) || n == 0 || n > limits.maxPrimitives) return bad;
  for (std::uint64_t p = 0; p < n; ++p) {
    mesh::MeshPart part;
    PartSource src;
    PartMaterial mat;
    std::uint8_t blend = 0, hasFileColour = 0;
    glm::vec4 fileColour{0.0f};
    if (!r.str(part.name) || !r.pod(part.firstIndex) || !r.pod(part.indexCount) || !r.pod(part.topology) ||
        !r.pod(part.texture) || !r.pod(hasFileColour) || !r.pod(fileColour) || !r.str(src.nodeName) ||
        !r.str(src.meshName) || !r.pod(mat.baseColor.r) || !r.pod(mat.baseColor.g) || !r.pod(mat.baseColor.b) ||
        !r.pod(mat.baseColor.a) || !r.pod(mat.roughness) || !r.pod(mat.metallic) || !r.pod(blend))
      return bad;
    mat.blend = blend != 0;
    const auto topology = static_cast<std::uint8_t>(part.topology);
    const std::uint32_t corners = topology == 0 ? 3 : topology == 1 ? 2 : 1;
    if (topology > 2 || part.indexCount == 0 || part.indexCount % corners != 0 ||
        static_cast<std::uint64_t>(part.firstIndex) + part.indexCount > m.mesh.indices.size())
      return bad;
    if (part.texture < -1 || part.texture >= static_cast<std::int64_t>(m.mesh.textures.size()) ||
        (part.texture >= 0 && m.mesh.texCoords.empty()))
      return bad;
    if (hasFileColour) part.fileColour = finite(fileColour) ? glm::clamp(fileColour, 0.0f, 1.0f) : glm::vec4(0.8f);
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
  if (!decodeRig(r, limits, m)) return bad;
  if (!r.done()) return bad;
  return m;
}

}  // namespace spineview::io
