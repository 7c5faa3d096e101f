#include "io/assimp_rig.h"

#include <algorithm>
#include <cmath>

namespace spineview::io::assimp {

namespace {

bool finite(const glm::mat4& m) {
  for (int c = 0; c < 4; ++c)
    for (int r = 0; r < 4; ++r)
      if (!std::isfinite(m[c][r])) return false;
  return true;
}

std::string nodeName(const NodeEntry& n, std::size_t index) {
  const std::string name = n.node->mName.C_Str();
  return name.empty() ? "node " + std::to_string(index) : name;
}


Trs decompose(const aiMatrix4x4& m) {
  aiVector3D scale, position;
  aiQuaternion rotation;
  m.Decompose(scale, rotation, position);
  Trs t;
  t.translation = {position.x, position.y, position.z};
  t.scale = {scale.x, scale.y, scale.z};
  const glm::quat q(rotation.w, rotation.x, rotation.y, rotation.z);
  const float len = glm::length(q);
  t.rotation = std::isfinite(len) && len > 1e-12f ? q / len : glm::quat(1.0f, 0.0f, 0.0f, 0.0f);
  return t;
}

bool finite(const Trs& t) {
  return std::isfinite(t.translation.x + t.translation.y + t.translation.z + t.scale.x + t.scale.y + t.scale.z);
}

}  // namespace

int NodeTable::find(const aiString& name) const {
  const auto it = byName.find(std::string(name.C_Str()));
  return it == byName.end() ? -1 : it->second;
}

glm::mat4 toGlm(const aiMatrix4x4& m) {
  return glm::transpose(glm::mat4(m.a1, m.a2, m.a3, m.a4, m.b1, m.b2, m.b3, m.b4, m.c1, m.c2, m.c3, m.c4, m.d1, m.d2,
                                  m.d3, m.d4));
}

core::Result<NodeTable> flattenNodes(const aiScene& scene, const LoadLimits& limits) {
  NodeTable table;
  std::vector<NodeEntry>& nodes = table.nodes;
  struct Pending {
    const aiNode* node;
    int parent;
    unsigned depth;
  };
  std::vector<Pending> stack{{scene.mRootNode, -1, 1}};
  while (!stack.empty()) {
    const Pending at = stack.back();
    stack.pop_back();
    if (nodes.size() >= limits.maxNodes) return core::fail("more than " + std::to_string(limits.maxNodes) + " nodes");
    if (at.depth > limits.maxNodeDepth)
      return core::fail("node hierarchy deeper than " + std::to_string(limits.maxNodeDepth));
    NodeEntry entry;
    entry.node = at.node;
    entry.parent = at.parent;
    const glm::mat4 parentGlobal = at.parent >= 0 ? nodes[static_cast<std::size_t>(at.parent)].global : glm::mat4(1.0f);
    entry.global = parentGlobal * toGlm(at.node->mTransformation);
    if (!finite(entry.global)) return core::fail(std::string("node \"") + at.node->mName.C_Str() + "\" has a non-finite transform");
    const int self = static_cast<int>(nodes.size());
    nodes.push_back(entry);
    table.byName.emplace(at.node->mName.C_Str(), self);
    if (at.node->mNumChildren > 0 && !at.node->mChildren) return core::fail("a node's child list is missing");
    for (unsigned c = at.node->mNumChildren; c-- > 0;)
      if (at.node->mChildren[c]) stack.push_back({at.node->mChildren[c], self, at.depth + 1});
  }
  return table;
}

bool isSkeletal(const aiScene& scene, const NodeTable& table) {
  const auto& nodes = table.nodes;
  if (scene.mNumAnimations > 0 && scene.mAnimations) return true;
  for (const auto& n : nodes)
    for (unsigned k = 0; k < n.node->mNumMeshes; ++k) {
      const unsigned mi = n.node->mMeshes[k];
      if (mi < scene.mNumMeshes && scene.mMeshes[mi] && scene.mMeshes[mi]->HasBones()) return true;
    }
  return false;
}

core::Result<std::vector<int>> buildSkeleton(const aiScene& scene, const NodeTable& table,
                                             const glm::mat4& toBody, const LoadLimits& limits, ImportedModel& out) {
  const auto& nodes = table.nodes;
  std::vector<bool> wanted(nodes.size(), false);
  std::vector<glm::mat4> bind(nodes.size());
  std::vector<bool> hasBind(nodes.size(), false);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const aiNode& node = *nodes[i].node;
    if (node.mNumMeshes > 0) wanted[i] = true;
    for (unsigned k = 0; k < node.mNumMeshes; ++k) {
      const unsigned mi = node.mMeshes[k];
      if (mi >= scene.mNumMeshes || !scene.mMeshes[mi]) return core::fail("node refers to a missing mesh");
      const aiMesh& mesh = *scene.mMeshes[mi];
      if (mesh.mNumBones > 0 && !mesh.mBones) return core::fail(std::string("mesh \"") + mesh.mName.C_Str() + "\": bone list missing");
      for (unsigned b = 0; b < mesh.mNumBones; ++b) {
        const aiBone* bone = mesh.mBones[b];
        if (!bone) return core::fail(std::string("mesh \"") + mesh.mName.C_Str() + "\": bone " + std::to_string(b) + " missing");
        const int target = table.find(bone->mName);
        if (target < 0)
          return core::fail(std::string("bone \"") + bone->mName.C_Str() + "\" has no node in the scene");
        // The offset matrix takes mesh space to bone space at bind time; its inverse is the
        // bone's bind pose (skinned meshes are placed in the scene's space, as in glTF).
        const glm::mat4 offset = toGlm(bone->mOffsetMatrix);
        const float det = glm::determinant(offset);
        if (!finite(offset) || !std::isfinite(det) || std::abs(det) < 1e-12f)
          return core::fail(std::string("bone \"") + bone->mName.C_Str() + "\" has a singular or non-finite offset matrix");
        const glm::mat4 bindWorld = toBody * glm::inverse(offset);
        const auto t = static_cast<std::size_t>(target);
        if (hasBind[t]) {
          for (int c = 0; c < 4; ++c)
            if (glm::length(bind[t][c] - bindWorld[c]) > 1e-3f * (1.0f + glm::length(bindWorld[c])))
              return core::fail(std::string("bone \"") + bone->mName.C_Str() + "\" has different bind poses in two meshes");
        }
        bind[t] = bindWorld;
        hasBind[t] = true;
        wanted[t] = true;
      }
    }
  }
  for (unsigned a = 0; a < scene.mNumAnimations; ++a) {
    const aiAnimation* anim = scene.mAnimations ? scene.mAnimations[a] : nullptr;
    if (!anim || (anim->mNumChannels > 0 && !anim->mChannels)) continue;
    for (unsigned c = 0; c < anim->mNumChannels; ++c)
      if (anim->mChannels[c])
        if (const int n = table.find(anim->mChannels[c]->mNodeName); n >= 0) wanted[static_cast<std::size_t>(n)] = true;
  }
  for (std::size_t i = nodes.size(); i-- > 0;)  // children come after parents: mark ancestors
    if (wanted[i] && nodes[i].parent >= 0) wanted[static_cast<std::size_t>(nodes[i].parent)] = true;

  std::vector<int> nodeToJoint(nodes.size(), -1);
  out.rootTransform = toBody;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (!wanted[i]) continue;
    if (out.mesh.skeleton.size() >= limits.maxJoints)
      return core::fail("the animated hierarchy needs more than " + std::to_string(limits.maxJoints) + " joints");
    mesh::Joint joint;
    joint.name = nodeName(nodes[i], i);
    joint.parent = nodes[i].parent >= 0 ? nodeToJoint[static_cast<std::size_t>(nodes[i].parent)] : -1;
    joint.bindWorld = hasBind[i] ? bind[i] : toBody * nodes[i].global;
    const Trs rest = decompose(nodes[i].node->mTransformation);
    if (!finite(rest)) return core::fail("node \"" + joint.name + "\" has a transform that cannot be decomposed");
    nodeToJoint[i] = static_cast<int>(out.mesh.skeleton.size());
    out.mesh.skeleton.push_back(std::move(joint));
    out.restPose.push_back(rest);
  }
  return nodeToJoint;
}

core::Status readSkinWeights(const aiMesh& mesh, std::size_t nodeIndex, const NodeTable& table,
                             const std::vector<int>& nodeToJoint, PrimitiveInput& in, std::vector<std::string>& warnings) {
  const std::size_t count = in.positions.size();
  const auto own = static_cast<std::uint16_t>(nodeToJoint[nodeIndex]);
  if (!mesh.HasBones()) {
    in.joints.assign(count, glm::u16vec4(own, 0, 0, 0));
    in.weights.assign(count, glm::vec4(1.0f, 0.0f, 0.0f, 0.0f));
    return core::Ok{};
  }
  const std::string at = std::string("mesh \"") + mesh.mName.C_Str() + "\"";
  in.joints.assign(count, glm::u16vec4(0));
  in.weights.assign(count, glm::vec4(0.0f));
  std::vector<std::uint8_t> used(count, 0);
  bool dropped = false;
  for (unsigned b = 0; b < mesh.mNumBones; ++b) {
    const aiBone& bone = *mesh.mBones[b];  // checked by buildSkeleton
    const int joint = nodeToJoint[static_cast<std::size_t>(table.find(bone.mName))];
    if (bone.mNumWeights > 0 && !bone.mWeights) return core::fail(at + ": bone weights missing");
    for (unsigned w = 0; w < bone.mNumWeights; ++w) {
      const aiVertexWeight& vw = bone.mWeights[w];
      if (vw.mVertexId >= count)
        return core::fail(at + ": bone \"" + bone.mName.C_Str() + "\" weights vertex " + std::to_string(vw.mVertexId) +
                          ", which does not exist");
      if (!std::isfinite(vw.mWeight) || vw.mWeight < 0.0f)
        return core::fail(at + ": bone \"" + bone.mName.C_Str() + "\" has an invalid weight");
      if (vw.mWeight == 0.0f) continue;
      std::uint8_t& slot = used[vw.mVertexId];
      if (slot >= 4) {
        dropped = true;
        continue;
      }
      in.joints[vw.mVertexId][slot] = static_cast<std::uint16_t>(joint);
      in.weights[vw.mVertexId][slot] = vw.mWeight;
      ++slot;
    }
  }
  if (dropped) warnings.push_back(at + ": more than 4 bone weights on a vertex; the extra ones are ignored");
  std::size_t unweighted = 0;
  for (std::size_t v = 0; v < count; ++v) {
    const float sum = in.weights[v].x + in.weights[v].y + in.weights[v].z + in.weights[v].w;
    if (sum > 1e-6f) {
      in.weights[v] /= sum;
    } else {  // held by its own node, so it stays where it was drawn
      in.joints[v] = glm::u16vec4(own, 0, 0, 0);
      in.weights[v] = glm::vec4(1.0f, 0.0f, 0.0f, 0.0f);
      ++unweighted;
    }
  }
  if (unweighted > 0) warnings.push_back(at + ": " + std::to_string(unweighted) + " vertices have no bone weights");
  return core::Ok{};
}

core::Result<std::vector<AnimationClip>> convertAnimations(const aiScene& scene, const NodeTable& table,
                                                           const std::vector<int>& nodeToJoint, const LoadLimits& limits,
                                                           std::vector<std::string>& warnings) {
  std::vector<AnimationClip> clips;
  if (scene.mNumAnimations == 0 || !scene.mAnimations) return clips;
  if (scene.mNumAnimations > limits.maxAnimations)
    return core::fail(std::to_string(scene.mNumAnimations) + " animations, more than the limit of " +
                      std::to_string(limits.maxAnimations));
  std::uint64_t keys = 0;
  std::size_t droppedKeys = 0;
  for (unsigned a = 0; a < scene.mNumAnimations; ++a) {
    const aiAnimation* anim = scene.mAnimations[a];
    if (!anim) continue;
    AnimationClip clip;
    clip.name = anim->mName.length > 0 ? anim->mName.C_Str() : "animation " + std::to_string(a);
    const double ticksPerSecond = std::isfinite(anim->mTicksPerSecond) && anim->mTicksPerSecond > 0.0 ? anim->mTicksPerSecond : 25.0;
    if (anim->mNumChannels > 0 && !anim->mChannels) return core::fail("animation \"" + clip.name + "\": channel list missing");
    for (unsigned c = 0; c < anim->mNumChannels; ++c) {
      const aiNodeAnim* ch = anim->mChannels[c];
      if (!ch) continue;
      const int node = table.find(ch->mNodeName);
      if (node < 0 || nodeToJoint[static_cast<std::size_t>(node)] < 0) {
        warnings.push_back("animation \"" + clip.name + "\": node \"" + ch->mNodeName.C_Str() + "\" not found; channel ignored");
        continue;
      }
      const int joint = nodeToJoint[static_cast<std::size_t>(node)];
      // One channel per path; keys must have finite, non-negative, increasing times.
      const auto add = [&](ChannelPath path, unsigned count, auto&& timeOf, auto&& valueOf) -> core::Status {
        if (count == 0) return core::Ok{};
        keys += count;
        if (keys > limits.maxKeyframes)
          return core::fail("more than " + std::to_string(limits.maxKeyframes) + " animation keys");
        AnimationChannel channel;
        channel.joint = joint;
        channel.path = path;
        channel.interpolation = Interpolation::Linear;
        for (unsigned k = 0; k < count; ++k) {
          const double t = timeOf(k) / ticksPerSecond;
          const glm::vec4 v = valueOf(k);
          if (!std::isfinite(t) || t < 0.0 || !std::isfinite(v.x + v.y + v.z + v.w))
            return core::fail("animation \"" + clip.name + "\": a key of node \"" + ch->mNodeName.C_Str() +
                              "\" has a negative or non-finite time or value");
          if (!channel.times.empty() && static_cast<float>(t) <= channel.times.back()) {
            ++droppedKeys;
            continue;
          }
          channel.times.push_back(static_cast<float>(t));
          channel.values.push_back(v);
        }
        clip.duration = std::max(clip.duration, channel.times.back());
        clip.channels.push_back(std::move(channel));
        return core::Ok{};
      };
      if (ch->mNumPositionKeys > 0 && !ch->mPositionKeys) return core::fail("animation \"" + clip.name + "\": keys missing");
      if (ch->mNumRotationKeys > 0 && !ch->mRotationKeys) return core::fail("animation \"" + clip.name + "\": keys missing");
      if (ch->mNumScalingKeys > 0 && !ch->mScalingKeys) return core::fail("animation \"" + clip.name + "\": keys missing");
      const auto vec = [](const aiVector3D& v) { return glm::vec4(v.x, v.y, v.z, 0.0f); };
      if (auto ok = add(ChannelPath::Translation, ch->mNumPositionKeys, [&](unsigned k) { return ch->mPositionKeys[k].mTime; },
                        [&](unsigned k) { return vec(ch->mPositionKeys[k].mValue); });
          !ok)
        return ok.error();
      if (auto ok = add(ChannelPath::Rotation, ch->mNumRotationKeys, [&](unsigned k) { return ch->mRotationKeys[k].mTime; },
                        [&](unsigned k) {
                          const aiQuaternion& q = ch->mRotationKeys[k].mValue;
                          return glm::vec4(q.x, q.y, q.z, q.w);  // glTF order: xyzw
                        });
          !ok)
        return ok.error();
      if (auto ok = add(ChannelPath::Scale, ch->mNumScalingKeys, [&](unsigned k) { return ch->mScalingKeys[k].mTime; },
                        [&](unsigned k) { return vec(ch->mScalingKeys[k].mValue); });
          !ok)
        return ok.error();
    }
    if (!clip.channels.empty()) clips.push_back(std::move(clip));
  }
  if (droppedKeys > 0) warnings.push_back(std::to_string(droppedKeys) + " animation keys out of time order were ignored");
  return clips;
}

}  // namespace spineview::io::assimp
