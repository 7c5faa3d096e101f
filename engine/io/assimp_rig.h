// Skeleton, skin weights and animation clips of an Assimp scene (FBX, COLLADA), converted to
// the same form the glTF importer produces: joints parent-first with bindWorld in the body
// frame, local rest transforms in file units under rootTransform, clips in seconds. Every
// count, index, weight, matrix and key time is checked before use.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include <assimp/scene.h>
#include <glm/glm.hpp>

#include "core/result.h"
#include "io/imported_model.h"
#include "io/load_limits.h"
#include "io/mesh_assembly.h"

namespace spineview::io::assimp {

glm::mat4 toGlm(const aiMatrix4x4& m);

// The scene's node tree, flattened parents first, with validated transforms (file space).
struct NodeEntry {
  const aiNode* node = nullptr;
  int parent = -1;
  glm::mat4 global{1.0f};
};
struct NodeTable {
  std::vector<NodeEntry> nodes;
  std::unordered_map<std::string, int> byName;  // first node of each name (bones, channels)
  int find(const aiString& name) const;
};
core::Result<NodeTable> flattenNodes(const aiScene& scene, const LoadLimits& limits);

// True when anything moves: a mesh with bones, or an animation.
bool isSkeletal(const aiScene& scene, const NodeTable& nodes);

// Fills out.mesh.skeleton, out.restPose and out.rootTransform (= toBody) from the nodes that
// carry meshes or bones or are animated, plus their ancestors. Returns node index → joint
// index (-1 for a node that is not a joint).
core::Result<std::vector<int>> buildSkeleton(const aiScene& scene, const NodeTable& nodes,
                                             const glm::mat4& toBody, const LoadLimits& limits, ImportedModel& out);

// Joints and weights for one mesh placed at node `nodeIndex`: its bones' weights (up to
// four per vertex, normalised), or weight 1 on the node's own joint for a rigid mesh.
core::Status readSkinWeights(const aiMesh& mesh, std::size_t nodeIndex, const NodeTable& nodes,
                             const std::vector<int>& nodeToJoint, PrimitiveInput& in, std::vector<std::string>& warnings);

core::Result<std::vector<AnimationClip>> convertAnimations(const aiScene& scene, const NodeTable& nodes,
                                                           const std::vector<int>& nodeToJoint, const LoadLimits& limits,
                                                           std::vector<std::string>& warnings);

}  // namespace spineview::io::assimp
