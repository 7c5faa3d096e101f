// Turns a loaded (not yet trusted) tinygltf::Model into an ImportedModel, validating every
// reference, count and number on the way (platform notes §1.5).
#pragma once

#include <glm/glm.hpp>
#include <tiny_gltf.h>

#include "core/result.h"
#include "io/imported_model.h"
#include "io/load_limits.h"

namespace spineview::io::gltf {

// `toBody` maps file space (metres, +Y up) to the body frame (mm).
core::Result<ImportedModel> convertModel(const tinygltf::Model& model, const LoadLimits& limits, const glm::mat4& toBody);

// Animation clips for a model whose skeleton is already built; nodeToJoint maps glTF
// nodes to skeleton joints (-1 for nodes outside it).
core::Result<std::vector<AnimationClip>> convertAnimations(const tinygltf::Model& model, const LoadLimits& limits,
                                                           const std::vector<int>& nodeToJoint,
                                                           const std::vector<bool>& nodeHasMatrix,
                                                           std::vector<std::string>& warnings);

}  // namespace spineview::io::gltf
