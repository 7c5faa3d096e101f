// The glTF node graph, validated: a forest (no cycles, one parent per node, bounded depth),
// finite transforms that decompose into translation/rotation/scale, valid mesh and skin
// references, and a traversal order in which every parent precedes its children. Built
// iteratively, so a deep hierarchy cannot overflow the stack.
#pragma once

#include <vector>

#include <glm/glm.hpp>
#include <tiny_gltf.h>

#include "core/result.h"
#include "io/animation_clip.h"
#include "io/load_limits.h"

namespace spineview::io::gltf {

struct NodeGraph {
  std::vector<int> parent;          // per node; -1 for a root
  std::vector<Trs> local;           // per node, rest pose
  std::vector<bool> hasMatrix;      // the node gave `matrix` rather than TRS
  std::vector<glm::mat4> global;    // per node, rest pose, file space (identity if unreachable)
  std::vector<int> order;           // nodes of the chosen scene, parents before children
};

core::Result<NodeGraph> buildNodeGraph(const tinygltf::Model& model, const LoadLimits& limits);

}  // namespace spineview::io::gltf
