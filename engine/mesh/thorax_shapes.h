// The thorax around the thoracic spine: ribs 1–12 with their costal cartilages, the sternum,
// and the shoulder girdle (scapulae and clavicles). Each rib and each scapula has its own joint.
#pragma once

#include <array>
#include <vector>

#include "anatomy/morphometry.h"
#include "anatomy/rest_skeleton.h"
#include "mesh/mesh_data.h"

namespace spineview::mesh {

// Rib centrelines (model space, head → front end) for the shoulder girdle to sit on.
struct RibCageLayout {
  std::array<std::array<std::vector<glm::vec3>, 2>, 12> ribs;  // [rib - 1][side], bone and cartilage
  std::array<std::array<std::vector<glm::vec3>, 2>, 12> cartilages;  // costal cartilage control points, rib end first; empty for 11–12
  std::array<std::array<int, 2>, 12> cartilageJoints{};             // joint of each rib (its cartilage's lateral end)
  glm::vec3 jugularNotch{0.0f}, sternalAngle{0.0f}, xiphisternalJoint{0.0f};  // on the sternum's midline
  glm::vec3 manubriumTop{0.0f};   // jugular notch
  float manubriumHalfWidth = 0.0f;
  int sternumJoint = 0;           // joint the sternum is bound to
};

struct GirdleDetail {
  float cell = 1.0f;              // SDF grid cell (mm)
  std::size_t scapulaTriangles = 2500;
  int tubeSides = 10, perSpan = 6;
};

// Ribs T1–T12 (one joint each, parented to their vertebra); costal cartilages ("Left 3rd costal
// cartilage") from ribs 1–7 to the sternum and from 8–10 to the cartilage above (the costal arch),
// none on the floating ribs 11–12; the sternum as "Manubrium", "Body of sternum" and "Xiphoid process".
RibCageLayout addRibCage(MeshData& data, const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, int sides,
                         int perSpan);

// Scapulae ("Left scapula"/"Right scapula" joints, parented to T3, bind frame axes parallel to
// the body frame, origin at the root of the scapular spine on the medial border) and clavicles
// (skinned from the sternum to the scapula). See spine_model.h for how to drive the joints.
// Returns the left acromion tip (model space) so the body surface can shape the shoulders.
glm::vec3 addShoulderGirdle(MeshData& data, const anatomy::SpineMorphometry& m,
                       const RibCageLayout& ribs, const GirdleDetail& detail);

}  // namespace spineview::mesh
