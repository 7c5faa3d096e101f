#include "scene/camera_transition.h"

#include <algorithm>
#include <cmath>

namespace spineview::scene {

double easeInOut(double s) {
  s = std::clamp(s, 0.0, 1.0);
  return s * s * (3.0 - 2.0 * s);
}

OrbitCamera blendCameras(const OrbitCamera& from, const OrbitCamera& to, double s) {
  const float t = static_cast<float>(std::clamp(s, 0.0, 1.0));
  OrbitCamera c = to;
  c.target = glm::mix(from.target, to.target, t);
  // Log-space distance: zooming from 1 m to 5 cm feels even instead of rushing at the end.
  c.distance = std::exp(glm::mix(std::log(std::max(1e-3f, from.distance)), std::log(std::max(1e-3f, to.distance)), t));
  float dYaw = std::fmod(to.yawDegrees - from.yawDegrees, 360.0f);
  if (dYaw > 180.0f) dYaw -= 360.0f;
  if (dYaw < -180.0f) dYaw += 360.0f;
  c.yawDegrees = from.yawDegrees + dYaw * t;
  c.pitchDegrees = glm::mix(from.pitchDegrees, to.pitchDegrees, t);
  c.fovYDegrees = glm::mix(from.fovYDegrees, to.fovYDegrees, t);
  if (t >= 1.0f) c = to;
  return c;
}

}  // namespace spineview::scene
