// Smooth camera moves: an ease-in-out blend between two orbit cameras (target, distance on a
// log scale, yaw the short way round, pitch, field of view).
#pragma once

#include "scene/camera.h"

namespace spineview::scene {

inline constexpr double kCameraTransitionS = 0.4;

// 0 → 0, 1 → 1, zero slope at both ends (smoothstep).
double easeInOut(double s);
// s in [0, 1]: 0 gives `from`, 1 gives `to`.
OrbitCamera blendCameras(const OrbitCamera& from, const OrbitCamera& to, double s);

}  // namespace spineview::scene
