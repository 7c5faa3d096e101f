// Soft and context structures around the spine: discs, facet joint spaces, rib cage with
// shoulder girdle, and the translucent body surface.
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
// Ribs T1–T12 (one joint each, parented to their vertebra), sternum, clavicles, scapulae.
void addRibCage(MeshData& data, const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, int sides,
                int perSpan);
// Head, neck, shoulders and upper torso as one smooth closed shell, in model space.
TriangleMesh bodySurfaceMesh(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, float cell,
                             std::size_t targetTriangles);

// Signed volume of a closed mesh (positive when triangles wind outward).
double signedVolume(const TriangleMesh& mesh);

}  // namespace spineview::mesh
