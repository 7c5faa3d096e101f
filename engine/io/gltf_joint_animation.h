// Writes a JointAnimation into a tinygltf model whose nodes 0 … joints−1 are the skeleton's
// joints (as exportGlb lays them out): one shared time accessor, and per joint a translation
// and a rotation channel of its local transform (parent joint frame → joint frame), LINEAR.
#pragma once

#include <tiny_gltf.h>

#include "core/result.h"
#include "io/gltf_export.h"
#include "mesh/mesh_data.h"

namespace spineview::io {

// Fails, naming the problem, on mismatched sizes, times not increasing, non-finite or
// non-rigid transforms. `metresPerUnit` scales translations as the mesh is scaled.
core::Status appendJointAnimation(tinygltf::Model& model, const std::vector<mesh::Joint>& skeleton,
                                  const JointAnimation& animation, float metresPerUnit);

}  // namespace spineview::io
