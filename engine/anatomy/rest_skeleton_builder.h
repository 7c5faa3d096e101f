// Builds the rest-pose skeleton (anatomy/rest_skeleton.h) from the morphometry: stacks the
// vertebrae by body and disc heights along the sagittal curve and places the landmarks.
#pragma once

#include <filesystem>

#include "anatomy/morphometry.h"
#include "anatomy/rest_skeleton.h"
#include "core/result.h"

namespace spineview::anatomy {

// Model space: the C7 body centre is the origin and the occiput (C0) frame is level, so the
// head looks straight ahead; the thoracic spine leans as the curve dictates.
RestSkeleton buildRestSkeleton(const SpineMorphometry& morphometry);

// Loads assetDir/"anatomy" and builds the skeleton (assetDir is normally core::assetDir()).
core::Result<RestSkeleton> loadRestSkeleton(const std::filesystem::path& assetDir);

// Shared stacking rules, also used by the mesh generator so bones and landmarks agree.
// Height of the frame origin above the body's mean-height mid-plane is zero for C2…T12.
float bodyHalfHeightMm(const SpineMorphometry& m, Vertebra v);
// Rim-to-rim spacing of a disc segment (middle height minus both endplate concavities).
float discRimGapMm(const SpineMorphometry& m, int segment);
// Upper vertebra frame → lower vertebra frame at rest, for segment s (upper = s, lower = s + 1).
glm::mat4 upperInLowerFrame(const SpineMorphometry& m, int segment);
// Unit normal of a lower vertebra's superior facet for segment s on one side, lower frame.
glm::vec3 superiorFacetNormal(const SpineMorphometry& m, int segment, Side side);

}  // namespace spineview::anatomy
