// Parametric tubes for vessels, cord, nerves and ribs: a smooth centreline through
// control points, swept with a circle whose radius may vary; ends are capped so each
// tube is a closed surface.
#pragma once

#include <vector>

#include <glm/glm.hpp>

#include "mesh/surface_extraction.h"

namespace spineview::mesh {

// Centripetal-free uniform Catmull–Rom through the points, `perSpan` samples per span.
std::vector<glm::vec3> smoothCurve(const std::vector<glm::vec3>& points, int perSpan);

// radii has one entry per centreline point (or one for all).
TriangleMesh sweepTube(const std::vector<glm::vec3>& centreline, const std::vector<float>& radii, int sides);

}  // namespace spineview::mesh
