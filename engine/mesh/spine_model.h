// The built-in procedural model: the skull (C0) with mandible and hyoid, vertebrae C1–T12, discs, facet joints, ribs with costal
// cartilages, sternum, scapulae, clavicles, spinal cord, nerve roots, vertebral and basilar
// arteries and a translucent body surface (head, neck, shoulders, upper torso).
//
// Skeleton (MeshData::skeleton), in this order:
//   0 … 19   the vertebrae C0 … T12, each parented to the one below (T12 is the root);
//   20 … 43  "Left 1st rib", "Right 1st rib", … "Right 12th rib", parented to their vertebra,
//            origin at the rib head (costovertebral joint);
//   44, 45   "Left scapula", "Right scapula", parented to T3.
// Scapula joints: bindWorld has NO rotation (axes = body frame: +X left, +Y up, +Z anterior)
// and its origin at the root of the scapular spine on the medial border. Drive it with
// biomech::scapulaRetraction(pose.scapula[side], side) as
//   world = parentWorld · inverse(parentBindWorld) · bindWorld · scapulaRetraction(...),
// i.e. retraction is a translation along the joint's X axis toward the spine (−X for the
// left scapula, +X for the right; millimetres, ScapulaPose::retractionMm) plus a rotation
// about the joint's +Y axis turning the glenoid backward (ScapulaPose::retractionDeg).
// Clavicles are skinned from the sternum (T4 joint) at their medial end to the scapula at
// their lateral end, so they follow retraction without a joint of their own.
#pragma once

#include <filesystem>

#include "anatomy/morphometry.h"
#include "anatomy/rest_skeleton.h"
#include "core/result.h"
#include "mesh/mesh_data.h"

namespace spineview::mesh {

// Minimal: for CPU rasterizers (lavapipe), where every triangle costs frame time.
enum class Detail { Low, Default, Minimal };

// Triangle budgets for the whole model.
inline constexpr std::size_t kDefaultTriangleBudget = 180000;
inline constexpr std::size_t kLowTriangleBudget = 60000;
inline constexpr std::size_t kMinimalTriangleBudget = 30000;

// Deterministic: the same data and detail give the same mesh, bit for bit.
MeshData generateSpineModel(const anatomy::SpineMorphometry& morphometry, const anatomy::RestSkeleton& rest,
                            Detail detail);

// Loads assetDir/"anatomy" and generates.
core::Result<MeshData> generateSpineModel(const std::filesystem::path& assetDir, Detail detail);

}  // namespace spineview::mesh
