#include "io/gltf_convert.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "anatomy/levels.h"
#include "io/gltf_accessor.h"
#include "io/gltf_material.h"
#include "io/gltf_nodes.h"
#include "io/mesh_assembly.h"
#include "io/primitive_assembly.h"

namespace spineview::io::gltf {

namespace {

struct Budget {
  std::uint64_t vertices = 0, indices = 0, primitives = 0;
};

// Our exporter writes {"level": "C5", "kind": "bone", "side": "left"}; honour it on import.
void readPartExtras(const tinygltf::Value& extras, mesh::MeshPart& part) {
  if (!extras.IsObject()) return;
  if (extras.Has("level") && extras.Get("level").IsString())
    part.level = anatomy::parseVertebra(extras.Get("level").Get<std::string>());
  if (extras.Has("side") && extras.Get("side").IsString()) {
    const auto& s = extras.Get("side").Get<std::string>();
    if (s == "left") part.side = anatomy::Side::Left;
    if (s == "right") part.side = anatomy::Side::Right;
  }
  if (extras.Has("kind") && extras.Get("kind").IsString()) {
    if (auto k = partKindFromName(extras.Get("kind").Get<std::string>())) part.kind = *k;
  }
}

}  // namespace

core::Result<ImportedModel> convertModel(const tinygltf::Model& model, const LoadLimits& limits, const glm::mat4& toBody) {
  if (model.accessors.size() > limits.maxAccessors)
    return core::fail(std::to_string(model.accessors.size()) + " accessors, more than the limit of " +
                      std::to_string(limits.maxAccessors));
  if (model.meshes.size() > limits.maxMeshes)
    return core::fail(std::to_string(model.meshes.size()) + " meshes, more than the limit of " +
                      std::to_string(limits.maxMeshes));
  auto graph = buildNodeGraph(model, limits);
  if (!graph) return graph.error();
  const std::size_t nodeCount = model.nodes.size();

  // Skins: valid joints and inverse bind matrices, checked before anything uses them.
  std::vector<std::vector<glm::mat4>> inverseBind(model.skins.size());
  for (std::size_t s = 0; s < model.skins.size(); ++s) {
    const auto& skin = model.skins[s];
    const std::string at = "skin " + std::to_string(s) + ": ";
    if (skin.joints.empty()) return core::fail(at + "has no joints");
    if (skin.joints.size() > limits.maxJoints)
      return core::fail(at + std::to_string(skin.joints.size()) + " joints, more than the limit of " +
                        std::to_string(limits.maxJoints));
    for (int j : skin.joints)
      if (j < 0 || static_cast<std::size_t>(j) >= nodeCount)
        return core::fail(at + "joint node " + std::to_string(j) + " does not exist");
    inverseBind[s].assign(skin.joints.size(), glm::mat4(1.0f));
    if (skin.inverseBindMatrices >= 0) {
      auto m = readFloats(model, skin.inverseBindMatrices, TINYGLTF_TYPE_MAT4, false, at + "inverseBindMatrices");
      if (!m) return m.error();
      if (m->size() != 16 * skin.joints.size())
        return core::fail(at + "inverseBindMatrices has " + std::to_string(m->size() / 16) + " matrices for " +
                          std::to_string(skin.joints.size()) + " joints");
      for (std::size_t j = 0; j < skin.joints.size(); ++j) {
        glm::mat4 ibm;
        for (int k = 0; k < 16; ++k) ibm[k / 4][k % 4] = (*m)[16 * j + static_cast<std::size_t>(k)];
        const float det = glm::determinant(ibm);
        if (!std::isfinite(det) || std::fabs(det) < 1e-12f)
          return core::fail(at + "inverse bind matrix " + std::to_string(j) + " cannot be inverted");
        inverseBind[s][j] = ibm;
      }
    }
  }

  // Skeletal when anything moves: skinned meshes or animations. The skeleton then holds
  // every skin joint and mesh node of the scene, plus their ancestors, parents first.
  bool skeletal = !model.animations.empty();
  for (int i : graph->order)
    if (model.nodes[static_cast<std::size_t>(i)].skin >= 0) skeletal = true;

  ImportedModel out;
  std::vector<int> nodeToJoint(nodeCount, -1);
  if (skeletal) {
    std::vector<bool> wanted(nodeCount, false);
    std::vector<bool> reachable(nodeCount, false);
    for (int i : graph->order) reachable[static_cast<std::size_t>(i)] = true;
    for (int i : graph->order) {
      const auto& node = model.nodes[static_cast<std::size_t>(i)];
      if (node.mesh >= 0) wanted[static_cast<std::size_t>(i)] = true;
      if (node.skin >= 0)
        for (int j : model.skins[static_cast<std::size_t>(node.skin)].joints) {
          if (!reachable[static_cast<std::size_t>(j)])
            return core::fail("skin " + std::to_string(node.skin) + ": joint node " + std::to_string(j) +
                              " is not part of the shown scene");
          wanted[static_cast<std::size_t>(j)] = true;
        }
    }
    for (int i : graph->order)  // ancestors of wanted nodes (walk up once per node, marking)
      if (wanted[static_cast<std::size_t>(i)])
        for (int p = graph->parent[static_cast<std::size_t>(i)]; p >= 0 && !wanted[static_cast<std::size_t>(p)];
             p = graph->parent[static_cast<std::size_t>(p)])
          wanted[static_cast<std::size_t>(p)] = true;
    for (int i : graph->order) {
      if (!wanted[static_cast<std::size_t>(i)]) continue;
      if (out.mesh.skeleton.size() >= limits.maxJoints)
        return core::fail("the animated hierarchy needs more than " + std::to_string(limits.maxJoints) + " joints");
      const auto& node = model.nodes[static_cast<std::size_t>(i)];
      mesh::Joint joint;
      joint.name = node.name.empty() ? "node " + std::to_string(i) : node.name;
      const int p = graph->parent[static_cast<std::size_t>(i)];
      joint.parent = p < 0 ? -1 : nodeToJoint[static_cast<std::size_t>(p)];
      joint.bindWorld = toBody * graph->global[static_cast<std::size_t>(i)];
      nodeToJoint[static_cast<std::size_t>(i)] = static_cast<int>(out.mesh.skeleton.size());
      out.mesh.skeleton.push_back(joint);
      out.restPose.push_back(graph->local[static_cast<std::size_t>(i)]);
    }
    // A skin joint binds where its inverse bind matrix says; one node in two skins must agree.
    std::vector<int> bindSkin(nodeCount, -1);
    for (std::size_t s = 0; s < model.skins.size(); ++s) {
      bool used = false;
      for (int i : graph->order) used = used || model.nodes[static_cast<std::size_t>(i)].skin == static_cast<int>(s);
      if (!used) continue;
      for (std::size_t j = 0; j < model.skins[s].joints.size(); ++j) {
        const auto node = static_cast<std::size_t>(model.skins[s].joints[j]);
        const glm::mat4 bind = toBody * glm::inverse(inverseBind[s][j]);
        auto& joint = out.mesh.skeleton[static_cast<std::size_t>(nodeToJoint[node])];
        if (bindSkin[node] >= 0 && bindSkin[node] != static_cast<int>(s)) {
          for (int c = 0; c < 4; ++c)
            if (glm::length(joint.bindWorld[c] - bind[c]) > 1e-3f * (1.0f + glm::length(bind[c])))
              return core::fail("node " + std::to_string(node) + " is a joint of skins " + std::to_string(bindSkin[node]) +
                                " and " + std::to_string(s) + " with different bind poses (not supported)");
        }
        bindSkin[node] = static_cast<int>(s);
        joint.bindWorld = bind;
      }
    }
    out.rootTransform = toBody;
  }

  Budget budget;
  MaterialReader materials(model, limits, out.mesh.textures, out.warnings);
  for (int i : graph->order) {
    const auto& node = model.nodes[static_cast<std::size_t>(i)];
    if (node.mesh < 0) continue;
    const auto& gmesh = model.meshes[static_cast<std::size_t>(node.mesh)];
    const glm::mat4 place = skeletal && node.skin >= 0 ? toBody : toBody * graph->global[static_cast<std::size_t>(i)];
    for (std::size_t p = 0; p < gmesh.primitives.size(); ++p) {
      const auto& prim = gmesh.primitives[p];
      const std::string at = "mesh " + std::to_string(node.mesh) + " primitive " + std::to_string(p);
      if (++budget.primitives > limits.maxPrimitives)
        return core::fail("more than " + std::to_string(limits.maxPrimitives) + " primitives");
      if (prim.mode < -1 || prim.mode > TINYGLTF_MODE_TRIANGLE_FAN)
        return core::fail(at + ": mode " + std::to_string(prim.mode) + " is not a glTF primitive mode (0 to 6)");
      PrimitiveInput in;
      const auto find = [&](const char* name) {
        auto it = prim.attributes.find(name);
        return it == prim.attributes.end() ? -1 : it->second;
      };
      const int posAcc = find("POSITION");
      if (posAcc < 0) return core::fail(at + ": has no POSITION attribute");
      if (static_cast<std::size_t>(posAcc) < model.accessors.size() &&
          model.accessors[static_cast<std::size_t>(posAcc)].count > limits.maxVertices - budget.vertices)
        return core::fail(at + ": the model has more than " + std::to_string(limits.maxVertices) + " vertices");
      auto positions = readVec3(model, posAcc, at + " POSITION");
      if (!positions) return positions.error();
      in.positions = std::move(*positions);
      budget.vertices += in.positions.size();
      if (const int a = find("NORMAL"); a >= 0) {
        auto normals = readVec3(model, a, at + " NORMAL");
        if (!normals) return normals.error();
        if (normals->size() != in.positions.size()) return core::fail(at + ": NORMAL and POSITION counts differ");
        in.normals = std::move(*normals);
      }
      if (prim.indices >= 0) {
        if (static_cast<std::size_t>(prim.indices) >= model.accessors.size())
          return core::fail(at + ": indices accessor " + std::to_string(prim.indices) + " does not exist");
        const auto& ia = model.accessors[static_cast<std::size_t>(prim.indices)];
        if (ia.count > limits.maxIndices - budget.indices)
          return core::fail(at + ": the model has more than " + std::to_string(limits.maxIndices) + " indices");
        if (ia.bufferView >= 0 && static_cast<std::size_t>(ia.bufferView) < model.bufferViews.size() &&
            model.bufferViews[static_cast<std::size_t>(ia.bufferView)].byteStride != 0)
          return core::fail(at + ": the index bufferView must not have a byteStride");
        auto indices = readUints(model, prim.indices, TINYGLTF_TYPE_SCALAR, true, at + " indices");
        if (!indices) return indices.error();
        const std::uint32_t restart = ia.componentType == TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE    ? 0xFFu
                                      : ia.componentType == TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT ? 0xFFFFu
                                                                                                   : 0xFFFFFFFFu;
        for (std::size_t k = 0; k < indices->size(); ++k) {
          if ((*indices)[k] >= in.positions.size())
            return core::fail(at + ": index " + std::to_string(k) + " is " + std::to_string((*indices)[k]) +
                              ", past the " + std::to_string(in.positions.size()) + " vertices");
          if ((*indices)[k] == restart) return core::fail(at + ": index " + std::to_string(k) + " is the primitive-restart value");
        }
        in.indices = std::move(*indices);
      } else {
        in.indices.resize(in.positions.size());
        for (std::size_t k = 0; k < in.indices.size(); ++k) in.indices[k] = static_cast<std::uint32_t>(k);
      }
      // Strips and fans become triangle lists, line strips and loops line lists (the viewer
      // draws triangles, lines and points).
      auto assembled = assemblePrimitive(prim.mode == -1 ? TINYGLTF_MODE_TRIANGLES : prim.mode, in.indices, at);
      if (!assembled) return assembled.error();
      if (assembled->indices.empty()) {
        out.warnings.push_back(at + ": every triangle is degenerate; ignored");
        continue;
      }
      if (assembled->indices.size() > limits.maxIndices - budget.indices)
        return core::fail(at + ": the model has more than " + std::to_string(limits.maxIndices) + " indices");
      in.indices = std::move(assembled->indices);
      in.topology = assembled->topology;
      budget.indices += in.indices.size();

      // The base-colour texture, drawn with the texture coordinates its material names.
      auto texture = materials.baseColourTexture(prim.material);
      if (texture.texture >= 0) {
        const int uvAccessor = find(("TEXCOORD_" + std::to_string(texture.texCoordSet)).c_str());
        if (uvAccessor < 0) {
          out.warnings.push_back(at + ": no TEXCOORD_" + std::to_string(texture.texCoordSet) +
                                 " for its base-colour texture; shown without it");
          texture.texture = -1;
        } else {
          auto uvs = readFloats(model, uvAccessor, TINYGLTF_TYPE_VEC2, true, at + " TEXCOORD_" + std::to_string(texture.texCoordSet));
          if (!uvs) return uvs.error();
          if (uvs->size() != 2 * in.positions.size()) return core::fail(at + ": TEXCOORD and POSITION counts differ");
          in.texCoords.resize(in.positions.size());
          for (std::size_t v = 0; v < in.positions.size(); ++v) in.texCoords[v] = {(*uvs)[2 * v], (*uvs)[2 * v + 1]};
        }
      }

      int jointSets = 0, weightSets = 0;
      for (const auto& [name, acc] : prim.attributes) {
        (void)acc;
        if (name.rfind("JOINTS_", 0) == 0) ++jointSets;
        if (name.rfind("WEIGHTS_", 0) == 0) ++weightSets;
      }
      if (jointSets != weightSets) return core::fail(at + ": JOINTS_n and WEIGHTS_n sets do not match");
      if (jointSets > 1) out.warnings.push_back(at + ": only the first 4 joint influences are used");
      if (node.skin >= 0) {
        if (jointSets == 0) return core::fail(at + ": node " + std::to_string(i) + " has a skin but the mesh has no JOINTS_0");
        const auto& skin = model.skins[static_cast<std::size_t>(node.skin)];
        auto joints = readUints(model, find("JOINTS_0"), TINYGLTF_TYPE_VEC4, false, at + " JOINTS_0");
        if (!joints) return joints.error();
        auto weights = readFloats(model, find("WEIGHTS_0"), TINYGLTF_TYPE_VEC4, true, at + " WEIGHTS_0");
        if (!weights) return weights.error();
        if (joints->size() != 4 * in.positions.size() || weights->size() != 4 * in.positions.size())
          return core::fail(at + ": JOINTS_0/WEIGHTS_0 and POSITION counts differ");
        in.joints.resize(in.positions.size());
        in.weights.resize(in.positions.size());
        for (std::size_t v = 0; v < in.positions.size(); ++v) {
          float sum = 0.0f;
          for (int c = 0; c < 4; ++c) {
            const std::uint32_t j = (*joints)[4 * v + static_cast<std::size_t>(c)];
            const float w = (*weights)[4 * v + static_cast<std::size_t>(c)];
            if (w < 0.0f) return core::fail(at + ": vertex " + std::to_string(v) + " has a negative weight");
            if (w > 0.0f && j >= skin.joints.size())
              return core::fail(at + ": vertex " + std::to_string(v) + " uses joint " + std::to_string(j) +
                                " but the skin has " + std::to_string(skin.joints.size()));
            const int target = w > 0.0f ? nodeToJoint[static_cast<std::size_t>(skin.joints[j])] : 0;
            in.joints[v][c] = static_cast<std::uint16_t>(target);
            in.weights[v][c] = w;
            sum += w;
          }
          if (!(sum > 1e-6f)) return core::fail(at + ": vertex " + std::to_string(v) + " has all-zero weights");
          in.weights[v] /= sum;
        }
      } else if (skeletal) {
        in.joints.assign(in.positions.size(), glm::u16vec4(static_cast<std::uint16_t>(nodeToJoint[static_cast<std::size_t>(i)]), 0, 0, 0));
        in.weights.assign(in.positions.size(), glm::vec4(1.0f, 0.0f, 0.0f, 0.0f));
      }

      mesh::MeshPart part;
      part.name = !node.name.empty() ? node.name : !gmesh.name.empty() ? gmesh.name : "mesh " + std::to_string(node.mesh);
      if (gmesh.primitives.size() > 1) part.name += " #" + std::to_string(p);
      readPartExtras(gmesh.extras, part);
      readPartExtras(node.extras, part);
      const PartMaterial material = materials.material(prim.material);
      if (prim.material >= 0) part.fileColour = material.baseColor;
      part.texture = texture.texture;
      appendPart(out.mesh, std::move(part), in, place);
      out.partSources.push_back({node.name, gmesh.name});
      out.materials.push_back(material);
    }
  }
  if (out.mesh.parts.empty()) return core::fail("the scene contains no meshes (no triangles, lines or points)");

  std::vector<bool> hasMatrix(graph->hasMatrix.begin(), graph->hasMatrix.end());
  auto clips = convertAnimations(model, limits, nodeToJoint, hasMatrix, out.warnings);
  if (!clips) return clips.error();
  out.animations = std::move(*clips);
  return out;
}

}  // namespace spineview::io::gltf
