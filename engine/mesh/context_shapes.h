// Soft and context structures around the spine: discs, facet joint spaces and the
// translucent body surface (the rib cage and shoulder girdle live in thorax_shapes.h).
#pragma once

#include "anatomy/morphometry.h"
#include "anatomy/rest_skeleton.h"
#include "mesh/mesh_data.h"
#include "mesh/surface_extraction.h"

namespace spineview::mesh {

// Disc of segment s (C2–C3 … T11–T12) between the two endplates, in model space (closed).
TriangleMesh discMesh(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, int segment, int sides);
// A thin pad filling the middle of the joint space of one facet joint, in model space.
TriangleMesh facetJointMesh(const anatomy::RestSkeleton& rest, int segment, anatomy::Side side, int sides);
// Head, neck, shoulders and upper torso as one smooth closed shell, in model space.
// leftAcromion: tip of the left acromion (the right mirrors it), where the shoulders end.
TriangleMesh bodySurfaceMesh(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, glm::vec3 leftAcromion,
                             float cell, std::size_t targetTriangles);

// Signed volume of a closed mesh (positive when triangles wind outward).
double signedVolume(const TriangleMesh& mesh);

}  // namespace spineview::mesh
