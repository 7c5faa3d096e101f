#include "test_models.h"

#include <cstring>
#include <fstream>

#include <glm/gtc/matrix_transform.hpp>
#include <stb/stb_image_write.h>
#include <unistd.h>

namespace spineview::io::test {

namespace {
void addBox(mesh::MeshData& m, const std::string& name, mesh::PartKind kind, glm::vec3 centre, glm::vec3 half,
            std::uint16_t joint, std::optional<anatomy::Vertebra> level) {
  const auto first = static_cast<std::uint32_t>(m.indices.size());
  // Six faces, four vertices each (flat normals), two CCW triangles per face.
  const glm::vec3 axes[3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  for (int a = 0; a < 3; ++a) {
    for (float s : {1.0f, -1.0f}) {
      const glm::vec3 n = axes[a] * s;
      const glm::vec3 u = axes[(a + 1) % 3] * s, v = axes[(a + 2) % 3];
      const auto base = static_cast<std::uint32_t>(m.positions.size());
      for (auto [du, dv] : {std::pair{-1.f, -1.f}, {1.f, -1.f}, {1.f, 1.f}, {-1.f, 1.f}}) {
        m.positions.push_back(centre + half * (n + du * u + dv * v));
        m.normals.push_back(n);
        m.joints.push_back({joint, 0, 0, 0});
        m.weights.push_back({1, 0, 0, 0});
      }
      for (std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) m.indices.push_back(base + i);
    }
  }
  mesh::MeshPart part;
  part.name = name;
  part.kind = kind;
  part.level = level;
  part.firstIndex = first;
  part.indexCount = static_cast<std::uint32_t>(m.indices.size()) - first;
  m.parts.push_back(part);
}

template <typename T>
void append(std::vector<std::uint8_t>& bin, const std::vector<T>& items) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(items.data());
  bin.insert(bin.end(), p, p + items.size() * sizeof(T));
  while (bin.size() % 4) bin.push_back(0);
}
}  // namespace

mesh::MeshData makeSyntheticSpine() {
  using anatomy::Vertebra;
  mesh::MeshData m;
  m.name = "synthetic C5-C7";
  m.skeleton = {
      {"C5 vertebra", 1, glm::translate(glm::mat4(1.0f), glm::vec3(0, 40, 0))},
      {"C6 vertebra", 2, glm::translate(glm::mat4(1.0f), glm::vec3(0, 25, 0))},
      {"C7 vertebra", -1, glm::translate(glm::mat4(1.0f), glm::vec3(0, 10, 0))},
  };
  addBox(m, "C5 vertebra", mesh::PartKind::Bone, {0, 40, 0}, {10, 5, 8}, 0, Vertebra::C5);
  addBox(m, "C6 vertebra", mesh::PartKind::Bone, {0, 25, 0}, {10, 5, 8}, 1, Vertebra::C6);
  addBox(m, "Neck skin", mesh::PartKind::BodySurface, {0, 25, 0}, {40, 30, 40}, 1, std::nullopt);
  return m;
}

TestGltf makeValidGltf() {
  TestGltf g;
  const std::vector<float> positions{0, 0, 0, 1, 0, 0, 0, 1, 0};
  const std::vector<std::uint16_t> indices{0, 1, 2};
  const std::vector<std::uint16_t> joints{0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};
  const std::vector<float> weights{1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0};
  // Joint 0 at the origin, joint 1 at y = 1: inverse binds are the inverse translations.
  std::vector<float> ibm(32, 0.0f);
  for (int k = 0; k < 2; ++k)
    for (int d = 0; d < 4; ++d) ibm[16 * k + 5 * d] = 1.0f;
  ibm[16 + 13] = -1.0f;
  const std::vector<float> times{0.0f, 1.0f};
  const float h = std::sqrt(0.5f);
  const std::vector<float> rotations{0, 0, 0, 1, 0, 0, h, h};  // 0 → 90° about +Z
  append(g.bin, positions);  // 0, 36
  append(g.bin, indices);    // 36, 6 (+2)
  append(g.bin, joints);     // 44, 24
  append(g.bin, weights);    // 68, 48
  append(g.bin, ibm);        // 116, 128
  append(g.bin, times);      // 244, 8
  append(g.bin, rotations);  // 252, 32
  using nlohmann::json;
  auto view = [](int offset, int length) { return json{{"buffer", 0}, {"byteOffset", offset}, {"byteLength", length}}; };
  g.doc = {
      {"asset", {{"version", "2.0"}, {"generator", "spineview io tests"}}},
      {"scene", 0},
      {"scenes", json::array({{{"nodes", {0, 2}}}})},
      {"nodes", json::array({{{"name", "root joint"}, {"children", {1}}},
                             {{"name", "tip joint"}, {"translation", {0, 1, 0}}},
                             {{"name", "triangle node"}, {"mesh", 0}, {"skin", 0}}})},
      {"meshes", json::array({{{"name", "triangle"},
                               {"primitives", json::array({{{"attributes", {{"POSITION", 0}, {"JOINTS_0", 2}, {"WEIGHTS_0", 3}}},
                                                            {"indices", 1}}})}}})},
      {"skins", json::array({{{"joints", {0, 1}}, {"inverseBindMatrices", 4}}})},
      {"animations", json::array({{{"name", "bend"},
                                   {"samplers", json::array({{{"input", 5}, {"output", 6}, {"interpolation", "LINEAR"}}})},
                                   {"channels", json::array({{{"sampler", 0}, {"target", {{"node", 1}, {"path", "rotation"}}}}})}}})},
      {"accessors", json::array({
                        {{"bufferView", 0}, {"componentType", 5126}, {"count", 3}, {"type", "VEC3"},
                         {"min", {0, 0, 0}}, {"max", {1, 1, 0}}},
                        {{"bufferView", 1}, {"componentType", 5123}, {"count", 3}, {"type", "SCALAR"}},
                        {{"bufferView", 2}, {"componentType", 5123}, {"count", 3}, {"type", "VEC4"}},
                        {{"bufferView", 3}, {"componentType", 5126}, {"count", 3}, {"type", "VEC4"}},
                        {{"bufferView", 4}, {"componentType", 5126}, {"count", 2}, {"type", "MAT4"}},
                        {{"bufferView", 5}, {"componentType", 5126}, {"count", 2}, {"type", "SCALAR"},
                         {"min", {0.0}}, {"max", {1.0}}},
                        {{"bufferView", 6}, {"componentType", 5126}, {"count", 2}, {"type", "VEC4"}},
                    })},
      {"bufferViews", json::array({view(0, 36), view(36, 6), view(44, 24), view(68, 48), view(116, 128), view(244, 8),
                                   view(252, 32)})},
      {"buffers", json::array({{{"byteLength", g.bin.size()}}})},
  };
  return g;
}

TestGltf makeSimpleGltf(const SimpleMesh& m) {
  using nlohmann::json;
  TestGltf g;
  std::vector<float> positions;
  for (const auto& p : m.positions) positions.insert(positions.end(), {p.x, p.y, p.z});
  json views = json::array(), accessors = json::array();
  auto add = [&](const auto& items, int componentType, const char* type, std::size_t count) {
    const auto offset = g.bin.size();
    append(g.bin, items);
    views.push_back({{"buffer", 0}, {"byteOffset", offset}, {"byteLength", items.size() * sizeof(items[0])}});
    accessors.push_back({{"bufferView", views.size() - 1}, {"componentType", componentType}, {"count", count}, {"type", type}});
    return static_cast<int>(accessors.size() - 1);
  };
  json primitive = {{"mode", m.mode}, {"attributes", {{"POSITION", add(positions, 5126, "VEC3", m.positions.size())}}}};
  glm::vec3 lo(1e30f), hi(-1e30f);
  for (const auto& p : m.positions) lo = glm::min(lo, p), hi = glm::max(hi, p);
  accessors[0]["min"] = {lo.x, lo.y, lo.z};
  accessors[0]["max"] = {hi.x, hi.y, hi.z};
  if (!m.uvs.empty()) {
    std::vector<float> uvs;
    for (const auto& uv : m.uvs) uvs.insert(uvs.end(), {uv.x, uv.y});
    primitive["attributes"]["TEXCOORD_0"] = add(uvs, 5126, "VEC2", m.uvs.size());
  }
  if (!m.indices.empty()) primitive["indices"] = add(m.indices, 5125, "SCALAR", m.indices.size());
  g.doc = {{"asset", {{"version", "2.0"}}}, {"scene", 0}, {"scenes", json::array({{{"nodes", {0}}}})},
           {"nodes", json::array({{{"name", "model"}, {"mesh", 0}}})}};
  if (!m.textureImage.empty()) {
    json image = {{"mimeType", m.mimeType}};
    if (m.textureUri.empty()) {
      const auto offset = g.bin.size();
      append(g.bin, m.textureImage);
      views.push_back({{"buffer", 0}, {"byteOffset", offset}, {"byteLength", m.textureImage.size()}});
      image["bufferView"] = views.size() - 1;
    } else {
      image = {{"uri", m.textureUri}};
    }
    g.doc["images"] = json::array({image});
    g.doc["samplers"] = json::array({{{"wrapS", 33071}, {"wrapT", 10497}}});
    g.doc["textures"] = json::array({{{"source", 0}, {"sampler", 0}}});
    g.doc["materials"] = json::array(
        {{{"pbrMetallicRoughness", {{"baseColorFactor", {1.0, 1.0, 1.0, 1.0}}, {"baseColorTexture", {{"index", 0}}}}}}});
    primitive["material"] = 0;
  }
  g.doc["meshes"] = json::array({{{"name", "model"}, {"primitives", json::array({primitive})}}});
  g.doc["accessors"] = accessors;
  g.doc["bufferViews"] = views;
  g.doc["buffers"] = json::array({{{"byteLength", g.bin.size()}}});
  return g;
}

namespace {
void appendBytes(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  out->insert(out->end(), static_cast<std::uint8_t*>(data), static_cast<std::uint8_t*>(data) + size);
}
}  // namespace

std::vector<std::uint8_t> pngBytes(int width, int height, const std::vector<std::uint8_t>& rgba) {
  std::vector<std::uint8_t> out;
  stbi_write_png_to_func(&appendBytes, &out, width, height, 4, rgba.data(), width * 4);
  return out;
}

std::vector<std::uint8_t> jpegBytes(int width, int height, const std::vector<std::uint8_t>& rgba) {
  std::vector<std::uint8_t> out;
  stbi_write_jpg_to_func(&appendBytes, &out, width, height, 4, rgba.data(), 95);
  return out;
}

std::vector<std::uint8_t> quadrantImage(int width, int height) {
  std::vector<std::uint8_t> rgba(static_cast<std::size_t>(width * height * 4));
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const bool right = x >= width / 2, bottom = y >= height / 2;
      const std::uint8_t r = !bottom && !right ? 255 : bottom && right ? 255 : 0;
      const std::uint8_t gch = !bottom && right ? 255 : bottom && right ? 255 : 0;
      const std::uint8_t b = bottom ? 255 : 0;
      std::uint8_t* p = &rgba[static_cast<std::size_t>((y * width + x) * 4)];
      p[0] = r, p[1] = gch, p[2] = b, p[3] = 255;
    }
  return rgba;
}

std::string base64(const std::vector<std::uint8_t>& bytes) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::uint32_t n = (std::uint32_t(bytes[i]) << 16) | (i + 1 < bytes.size() ? bytes[i + 1] << 8 : 0) |
                            (i + 2 < bytes.size() ? bytes[i + 2] : 0);
    out += table[(n >> 18) & 63];
    out += table[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? table[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? table[n & 63] : '=';
  }
  return out;
}

void writeBytes(const std::filesystem::path& file, const std::vector<std::uint8_t>& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

void writeText(const std::filesystem::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
}

std::filesystem::path writeGltf(const TestGltf& g, const std::filesystem::path& file, const std::string& externalBin) {
  nlohmann::json doc = g.doc;
  if (doc.contains("buffers") && doc["buffers"].is_array() && !doc["buffers"].empty() &&
      !doc["buffers"][0].contains("uri")) {
    if (externalBin.empty()) {
      doc["buffers"][0]["uri"] = "data:application/octet-stream;base64," + base64(g.bin);
    } else {
      doc["buffers"][0]["uri"] = externalBin;
      writeBytes(file.parent_path() / externalBin, g.bin);
    }
  }
  writeText(file, doc.dump());
  return file;
}

std::vector<std::uint8_t> glbBytes(const TestGltf& g) {
  std::string json = g.doc.dump();
  while (json.size() % 4) json += ' ';
  std::vector<std::uint8_t> bin = g.bin;
  while (bin.size() % 4) bin.push_back(0);
  std::vector<std::uint8_t> out;
  auto u32 = [&](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
  };
  const bool hasBin = !bin.empty();
  out.insert(out.end(), {'g', 'l', 'T', 'F'});
  u32(2);
  u32(static_cast<std::uint32_t>(12 + 8 + json.size() + (hasBin ? 8 + bin.size() : 0)));
  u32(static_cast<std::uint32_t>(json.size()));
  u32(0x4E4F534Au);
  out.insert(out.end(), json.begin(), json.end());
  if (hasBin) {
    u32(static_cast<std::uint32_t>(bin.size()));
    u32(0x004E4942u);
    out.insert(out.end(), bin.begin(), bin.end());
  }
  return out;
}

std::filesystem::path writeGlb(const TestGltf& g, const std::filesystem::path& file) {
  writeBytes(file, glbBytes(g));
  return file;
}

std::filesystem::path freshFolder(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("spineview-io-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace spineview::io::test

// LeakSanitizer hook (used only in sanitizer builds): Assimp 5.2.5 leaks small objects on
// some failed imports inside libassimp itself, which we cannot fix; report everything else.
extern "C" const char* __lsan_default_suppressions() { return "leak:libassimp.so\n"; }
