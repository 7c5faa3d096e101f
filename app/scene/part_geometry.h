// Per-part rest geometry computed once per model: centroid, bounds and the joint that moves
// most of the part's vertices. Posed, the centre follows that joint's skin matrix: enough
// for sorting translucent parts, anchoring labels and framing the selection.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "mesh/mesh_data.h"

namespace spineview::app::look {

struct PartGeometry {
  glm::vec3 restCentre{0.0f};
  glm::vec3 restAnchor{0.0f};  // the part's vertex nearest its centre: on the surface, for labels
  glm::vec3 restMin{0.0f}, restMax{0.0f};
  int dominantJoint = -1;  // -1: the model has no skeleton
};

std::vector<PartGeometry> computePartGeometry(const mesh::MeshData& mesh);

// Skin matrix of the part's dominant joint (identity without one or out of range).
glm::mat4 partSkin(const PartGeometry& part, const std::vector<glm::mat4>& skinMatrices);
glm::vec3 posedCentre(const PartGeometry& part, const std::vector<glm::mat4>& skinMatrices);
glm::vec3 posedAnchor(const PartGeometry& part, const std::vector<glm::mat4>& skinMatrices);
// Axis-aligned box around the posed corners of the rest box.
void posedBounds(const PartGeometry& part, const std::vector<glm::mat4>& skinMatrices, glm::vec3& min, glm::vec3& max);

}  // namespace spineview::app::look
