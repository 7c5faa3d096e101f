// Signed-distance descriptions of the skull (the C0 segment), the mandible and the hyoid, built
// from skull.json and craniovertebral.json. All in the occiput (C0) frame except the hyoid,
// which is in the C3 frame (it lies in front of C3).
#pragma once

#include <glm/glm.hpp>

#include "anatomy/morphometry.h"
#include "anatomy/rest_skeleton.h"
#include "mesh/sdf.h"

namespace spineview::mesh {

// Where the skull's landmarks lie in the C0 frame, derived from the data (shared by the shapes
// and by tests that measure them).
struct SkullLandmarks {
  float frankfortY;        // porion and orbitale
  glm::vec3 basion, nasion, glabella, opisthocranion;
  glm::vec3 vaultCentre;   // centre of the vault's widest section (euryon level)
  glm::vec3 bregma;
  glm::vec3 condyleMandible;  // left mandibular condyle centre (the right mirrors x)
  glm::vec3 pogonion;
};
SkullLandmarks skullLandmarks(const anatomy::SpineMorphometry& m);

// Cranium: vault, face, cranial base with the occipital condyles, foramen magnum and clivus.
void addSkull(Shape& shape, const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest);
// Mandible with its condyles in the temporomandibular fossae and the lower tooth row.
Shape mandibleShape(const anatomy::SpineMorphometry& m);
// Hyoid body with greater and lesser horns, in the C3 frame.
Shape hyoidShape(const anatomy::SpineMorphometry& m);

}  // namespace spineview::mesh
