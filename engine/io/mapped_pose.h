// Drives a model whose parts an anatomy mapping assigned to levels (applyAnatomyMapping)
// with the kinematics computed for the built-in rest skeleton. Each level's motion relative
// to the level below is taken from the built-in spine and applied about the mapped level's
// own pivot, so the user's bones follow wherever the model sits and whatever its curvature.
#pragma once

#include <array>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/levels.h"
#include "mesh/mesh_data.h"

namespace spineview::io {

using VertebraMatrices = std::array<glm::mat4, anatomy::kVertebraCount>;

// Joint world matrices for `skeleton` (the one applyAnatomyMapping built: joints 0..19 are
// C0..T12 with bindWorld = translate(pivot), an optional joint 20 holds unmapped parts still).
// restWorld: anatomy::RestSkeleton::restWorld; posedWorld: biomech::Pose::world (vertebra
// frame → body frame). Feed the result to the usual skinning, world(j) · inverse(bindWorld(j)).
// posedWorld == restWorld gives the rest pose (world = bindWorld). A skeleton that is not a
// mapped one (fewer than 20 joints) is returned at rest.
std::vector<glm::mat4> mappedJointWorld(const std::vector<mesh::Joint>& skeleton, const VertebraMatrices& restWorld,
                                        const VertebraMatrices& posedWorld);

}  // namespace spineview::io
