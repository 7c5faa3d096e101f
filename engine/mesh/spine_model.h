// The built-in procedural model: vertebrae C0–T12, discs, facet joints, ribs, spinal cord,
// nerve roots, vertebral arteries and a translucent body surface, rigged to the vertebrae.
#pragma once

#include <filesystem>

#include "anatomy/morphometry.h"
#include "anatomy/rest_skeleton.h"
#include "core/result.h"
#include "mesh/mesh_data.h"

namespace spineview::mesh {

enum class Detail { Low, Default };

// Triangle budgets for the whole model.
inline constexpr std::size_t kDefaultTriangleBudget = 150000;
inline constexpr std::size_t kLowTriangleBudget = 50000;

// Deterministic: the same data and detail give the same mesh, bit for bit.
MeshData generateSpineModel(const anatomy::SpineMorphometry& morphometry, const anatomy::RestSkeleton& rest,
                            Detail detail);

// Loads assetDir/"anatomy" and generates.
core::Result<MeshData> generateSpineModel(const std::filesystem::path& assetDir, Detail detail);

}  // namespace spineview::mesh
