#include "io/gltf_export.h"

#include <cmath>
#include <cstring>
#include <exception>
#include <limits>
#include <sstream>
#include <unordered_map>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/gtx/matrix_decompose.hpp>
#include <tiny_gltf.h>

#include "anatomy/levels.h"
#include "core/file_io.h"
#include "io/gltf_joint_animation.h"
#include "io/mesh_assembly.h"

namespace spineview::io {

namespace {

// Display colours per part kind (linear RGBA) and roughness. Presentation choices, not
// measurements; the renderer's own palette may differ.
struct KindLook {
  glm::vec4 color;
  float roughness;
};
constexpr KindLook kLooks[mesh::kPartKindCount] = {
    {{0.89f, 0.85f, 0.74f, 1.0f}, 0.55f},  // Bone
    {{0.55f, 0.70f, 0.85f, 1.0f}, 0.40f},  // Disc
    {{0.60f, 0.80f, 0.95f, 1.0f}, 0.30f},  // Facet
    {{0.78f, 0.10f, 0.12f, 1.0f}, 0.35f},  // Artery
    {{0.95f, 0.90f, 0.60f, 1.0f}, 0.50f},  // Cord
    {{0.98f, 0.85f, 0.30f, 1.0f}, 0.50f},  // Nerve
    {{0.89f, 0.85f, 0.74f, 1.0f}, 0.55f},  // RibCage
    {{0.89f, 0.85f, 0.74f, 1.0f}, 0.55f},  // Scapula
    {{0.93f, 0.76f, 0.65f, 0.25f}, 0.70f}, // BodySurface: translucent
    {{0.70f, 0.70f, 0.70f, 1.0f}, 0.60f},  // Other
};

class GlbBuilder {
 public:
  explicit GlbBuilder(tinygltf::Model& model) : model_(model) { model_.buffers.emplace_back(); }

  int addView(const void* data, std::size_t bytes, int target) {
    auto& buffer = model_.buffers[0].data;
    while (buffer.size() % 4 != 0) buffer.push_back(0);
    tinygltf::BufferView view;
    view.buffer = 0;
    view.byteOffset = buffer.size();
    view.byteLength = bytes;
    view.target = target;
    const auto* p = static_cast<const std::uint8_t*>(data);
    buffer.insert(buffer.end(), p, p + bytes);
    model_.bufferViews.push_back(view);
    return static_cast<int>(model_.bufferViews.size() - 1);
  }

  template <typename T>
  int addAccessor(const std::vector<T>& items, int componentType, int type, int target,
                  std::vector<double> minValues = {}, std::vector<double> maxValues = {}) {
    tinygltf::Accessor acc;
    acc.bufferView = addView(items.data(), items.size() * sizeof(T), target);
    acc.componentType = componentType;
    acc.count = items.size();
    acc.type = type;
    acc.minValues = std::move(minValues);
    acc.maxValues = std::move(maxValues);
    model_.accessors.push_back(acc);
    return static_cast<int>(model_.accessors.size() - 1);
  }

 private:
  tinygltf::Model& model_;
};

core::Status checkMesh(const mesh::MeshData& m) {
  const std::size_t n = m.positions.size();
  if (n == 0 || m.parts.empty()) return core::fail("the mesh is empty");
  if (m.normals.size() != n) return core::fail("normals and positions differ in count");
  for (const auto& p : m.positions)
    if (!std::isfinite(p.x + p.y + p.z)) return core::fail("a vertex position is not finite");
  for (std::uint32_t i : m.indices)
    if (i >= n) return core::fail("an index is past the last vertex");
  for (const auto& part : m.parts) {
    if (part.indexCount % 3 != 0 || part.indexCount == 0 ||
        static_cast<std::uint64_t>(part.firstIndex) + part.indexCount > m.indices.size())
      return core::fail("part \"" + part.name + "\" has an invalid index range");
  }
  if (!m.skeleton.empty()) {
    if (m.joints.size() != n || m.weights.size() != n) return core::fail("joints/weights do not match the vertices");
    if (!parentFirstOrder(m.skeleton)) return core::fail("the skeleton's parent links are invalid or form a cycle");
    for (std::size_t j = 0; j < m.skeleton.size(); ++j) {
      if (std::fabs(glm::determinant(m.skeleton[j].bindWorld)) < 1e-12f)
        return core::fail("joint \"" + m.skeleton[j].name + "\" has a singular bind matrix");
    }
    for (const auto& jv : m.joints)
      for (int c = 0; c < 4; ++c)
        if (jv[c] >= m.skeleton.size()) return core::fail("a vertex uses a joint that does not exist");
  }
  return core::Ok{};
}

void setTrs(tinygltf::Node& node, const glm::mat4& local) {
  glm::vec3 scale, translation, skew;
  glm::quat rotation;
  glm::vec4 perspective;
  if (!glm::decompose(local, scale, rotation, translation, skew, perspective)) return;
  rotation = glm::normalize(rotation);
  if (glm::length(translation) > 0.0f) node.translation = {translation.x, translation.y, translation.z};
  if (std::fabs(rotation.w) < 1.0f - 1e-7f) node.rotation = {rotation.x, rotation.y, rotation.z, rotation.w};
  if (glm::length(scale - glm::vec3(1.0f)) > 1e-6f) node.scale = {scale.x, scale.y, scale.z};
}

tinygltf::Value partExtras(const mesh::MeshPart& part) {
  tinygltf::Value::Object extras;
  extras["kind"] = tinygltf::Value(std::string(partKindName(part.kind)));
  if (part.level) extras["level"] = tinygltf::Value(std::string(anatomy::vertebraName(*part.level)));
  if (part.side) extras["side"] = tinygltf::Value(std::string(anatomy::sideName(*part.side)));
  return tinygltf::Value(extras);
}

core::Result<std::vector<std::uint8_t>> encode(const mesh::MeshData& m, const ExportOptions& options) {
  if (auto ok = checkMesh(m); !ok) return ok.error();
  const float unit = static_cast<float>(options.metresPerUnit);
  const glm::mat4 toMetres = glm::scale(glm::mat4(1.0f), glm::vec3(unit));
  const glm::mat4 fromMetres = glm::scale(glm::mat4(1.0f), glm::vec3(1.0f / unit));
  const bool skinned = options.includeSkin && !m.skeleton.empty();

  tinygltf::Model model;
  model.asset.version = "2.0";
  model.asset.generator = options.generator;
  GlbBuilder builder(model);
  tinygltf::Scene scene;
  scene.name = m.name.empty() ? "spineview model" : m.name;

  if (skinned) {
    tinygltf::Skin skin;
    skin.name = "spine skeleton";
    std::vector<glm::mat4> inverseBind;
    for (std::size_t j = 0; j < m.skeleton.size(); ++j) {
      const auto& joint = m.skeleton[j];
      const glm::mat4 bind = toMetres * joint.bindWorld * fromMetres;
      const glm::mat4 parentBind =
          joint.parent < 0 ? glm::mat4(1.0f)
                           : toMetres * m.skeleton[static_cast<std::size_t>(joint.parent)].bindWorld * fromMetres;
      tinygltf::Node node;
      node.name = joint.name;
      setTrs(node, glm::inverse(parentBind) * bind);
      model.nodes.push_back(node);
      skin.joints.push_back(static_cast<int>(j));
      glm::mat4 ibm = glm::inverse(bind);
      ibm[0][3] = ibm[1][3] = ibm[2][3] = 0.0f;  // exactly affine, as the validator requires
      ibm[3][3] = 1.0f;
      inverseBind.push_back(ibm);
    }
    for (std::size_t j = 0; j < m.skeleton.size(); ++j) {
      const int parent = m.skeleton[j].parent;
      if (parent < 0) scene.nodes.push_back(static_cast<int>(j));
      else model.nodes[static_cast<std::size_t>(parent)].children.push_back(static_cast<int>(j));
    }
    skin.inverseBindMatrices = builder.addAccessor(inverseBind, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_MAT4, 0);
    model.skins.push_back(skin);
  }
  if (options.animation && !skinned) return core::fail("an animation needs the skeleton and skin");

  std::vector<int> materialOfKind(mesh::kPartKindCount, -1);
  for (const auto& part : m.parts) {
    // The part's own vertices, in order of first use.
    std::unordered_map<std::uint32_t, std::uint32_t> remap;
    std::vector<std::uint32_t> local;
    std::vector<std::uint32_t> order;
    for (std::uint32_t k = 0; k < part.indexCount; ++k) {
      const std::uint32_t v = m.indices[part.firstIndex + k];
      auto [it, inserted] = remap.try_emplace(v, static_cast<std::uint32_t>(order.size()));
      if (inserted) order.push_back(v);
      local.push_back(it->second);
    }
    std::vector<glm::vec3> positions, normals;
    glm::vec3 lo(std::numeric_limits<float>::max()), hi(std::numeric_limits<float>::lowest());
    for (std::uint32_t v : order) {
      const glm::vec3 p = m.positions[v] * unit;
      positions.push_back(p);
      lo = glm::min(lo, p);
      hi = glm::max(hi, p);
      const glm::vec3 n = m.normals[v];
      const float len = glm::length(n);
      normals.push_back(std::isfinite(len) && len > 1e-12f ? n / len : glm::vec3(0.0f, 1.0f, 0.0f));
    }
    tinygltf::Primitive prim;
    prim.mode = TINYGLTF_MODE_TRIANGLES;
    prim.attributes["POSITION"] =
        builder.addAccessor(positions, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_VEC3, TINYGLTF_TARGET_ARRAY_BUFFER,
                            {lo.x, lo.y, lo.z}, {hi.x, hi.y, hi.z});
    prim.attributes["NORMAL"] =
        builder.addAccessor(normals, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_VEC3, TINYGLTF_TARGET_ARRAY_BUFFER);
    if (skinned) {
      std::vector<glm::u16vec4> joints;
      std::vector<glm::vec4> weights;
      for (std::uint32_t v : order) {
        glm::vec4 w = glm::max(m.weights[v], glm::vec4(0.0f));
        glm::u16vec4 j = m.joints[v];
        const float sum = w.x + w.y + w.z + w.w;
        if (!(sum > 0.0f) || !std::isfinite(sum)) { w = {1, 0, 0, 0}; j = {j.x, 0, 0, 0}; }
        else w /= sum;
        for (int c = 0; c < 4; ++c)
          if (w[c] == 0.0f) j[c] = 0;  // unused slots: joint 0, weight 0
        joints.push_back(j);
        weights.push_back(w);
      }
      prim.attributes["JOINTS_0"] = builder.addAccessor(joints, TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT,
                                                        TINYGLTF_TYPE_VEC4, TINYGLTF_TARGET_ARRAY_BUFFER);
      prim.attributes["WEIGHTS_0"] = builder.addAccessor(weights, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_VEC4,
                                                         TINYGLTF_TARGET_ARRAY_BUFFER);
    }
    if (order.size() < 65535) {
      std::vector<std::uint16_t> small(local.begin(), local.end());
      prim.indices = builder.addAccessor(small, TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT, TINYGLTF_TYPE_SCALAR,
                                         TINYGLTF_TARGET_ELEMENT_ARRAY_BUFFER);
    } else {
      prim.indices = builder.addAccessor(local, TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT, TINYGLTF_TYPE_SCALAR,
                                         TINYGLTF_TARGET_ELEMENT_ARRAY_BUFFER);
    }
    const auto kind = static_cast<std::size_t>(part.kind);
    if (materialOfKind[kind] < 0) {
      tinygltf::Material mat;
      mat.name = std::string(partKindName(part.kind));
      const KindLook& look = kLooks[kind];
      mat.pbrMetallicRoughness.baseColorFactor = {look.color.r, look.color.g, look.color.b, look.color.a};
      mat.pbrMetallicRoughness.metallicFactor = 0.0;
      mat.pbrMetallicRoughness.roughnessFactor = look.roughness;
      if (look.color.a < 1.0f) {
        mat.alphaMode = "BLEND";
        mat.doubleSided = true;
      }
      materialOfKind[kind] = static_cast<int>(model.materials.size());
      model.materials.push_back(mat);
    }
    prim.material = materialOfKind[kind];

    tinygltf::Mesh gmesh;
    gmesh.name = part.name;
    gmesh.primitives.push_back(prim);
    model.meshes.push_back(gmesh);
    tinygltf::Node node;
    node.name = part.name;
    node.mesh = static_cast<int>(model.meshes.size() - 1);
    if (skinned) node.skin = 0;
    node.extras = partExtras(part);
    model.nodes.push_back(node);
    scene.nodes.push_back(static_cast<int>(model.nodes.size() - 1));
  }
  if (options.animation)
    if (auto animated = appendJointAnimation(model, m.skeleton, *options.animation, unit); !animated) return animated.error();
  model.buffers[0].data.resize((model.buffers[0].data.size() + 3) / 4 * 4, 0);
  model.scenes.push_back(scene);
  model.defaultScene = 0;

  tinygltf::TinyGLTF writer;
  std::ostringstream stream;
  if (!writer.WriteGltfSceneToStream(&model, stream, false, true)) return core::fail("tinygltf could not serialise the model");
  const std::string bytes = stream.str();
  return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
}

}  // namespace

core::Result<std::vector<std::uint8_t>> encodeGlb(const mesh::MeshData& mesh, const ExportOptions& options) {
  try {
    if (!(options.metresPerUnit > 0.0) || !std::isfinite(options.metresPerUnit))
      return core::fail("metresPerUnit must be a positive number");
    return encode(mesh, options);
  } catch (const std::exception& e) {
    return core::fail(std::string("cannot encode glTF: ") + e.what());
  }
}

core::Status exportGlb(const mesh::MeshData& mesh, const std::filesystem::path& out, const ExportOptions& options) {
  auto bytes = encodeGlb(mesh, options);
  if (!bytes) return core::fail(out.string() + ": " + bytes.message());
  return core::writeFileAtomic(out, std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()));
}

}  // namespace spineview::io
