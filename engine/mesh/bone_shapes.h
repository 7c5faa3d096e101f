// Signed-distance descriptions of the bones, each in its own vertebra frame (see
// anatomy/rest_skeleton.h), built from the morphometry and the rest-pose landmarks.
#pragma once

#include <vector>

#include "anatomy/morphometry.h"
#include "anatomy/rest_skeleton.h"
#include "mesh/sdf.h"

namespace spineview::mesh {

// A soft structure (artery, nerve root) that bone must leave room for: a centreline in
// model space and the clearance radius to carve around it.
struct Tunnel {
  std::vector<glm::vec3> centreline;
  float radius = 2.0f;
};

// C0 (the skull, see skull_shapes.h), C1 (atlas), C2 (axis with the dens) and the typical C3…T12.
Shape vertebraShape(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, anatomy::Vertebra v,
                    const std::vector<Tunnel>& tunnels);

}  // namespace spineview::mesh
