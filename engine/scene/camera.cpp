#include "scene/camera.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace spineview::scene {

glm::vec3 OrbitCamera::position() const {
  const float yaw = glm::radians(yawDegrees);
  const float pitch = glm::radians(pitchDegrees);
  const glm::vec3 offset{std::sin(yaw) * std::cos(pitch), std::sin(pitch), std::cos(yaw) * std::cos(pitch)};
  return target + distance * offset;
}

glm::mat4 OrbitCamera::view() const {
  // Straight down (superior view) needs a different up vector to stay defined.
  const glm::vec3 up = std::abs(pitchDegrees) > 89.0f ? glm::vec3(0, 0, -1) : glm::vec3(0, 1, 0);
  return glm::lookAt(position(), target, up);
}

glm::mat4 OrbitCamera::projection(float aspect) const {
  const float nearPlane = std::max(0.5f, distance * 0.02f);
  const float farPlane = distance * 4.0f + 500.0f;
  return glm::perspective(glm::radians(fovYDegrees), aspect, nearPlane, farPlane);
}

void OrbitCamera::orbit(float deltaYawDegrees, float deltaPitchDegrees) {
  yawDegrees = std::fmod(yawDegrees + deltaYawDegrees, 360.0f);
  pitchDegrees = std::clamp(pitchDegrees + deltaPitchDegrees, -89.5f, 89.5f);
}

void OrbitCamera::zoom(float wheelSteps) { distance = std::clamp(distance * std::pow(0.88f, wheelSteps), 20.0f, 3000.0f); }

void OrbitCamera::pan(float dxPixels, float dyPixels, float viewportHeightPixels) {
  const glm::mat4 v = view();
  const glm::vec3 right{v[0][0], v[1][0], v[2][0]};
  const glm::vec3 up{v[0][1], v[1][1], v[2][1]};
  const float mmPerPixel = 2.0f * distance * std::tan(glm::radians(fovYDegrees) * 0.5f) / std::max(1.0f, viewportHeightPixels);
  target += (-dxPixels * right + dyPixels * up) * mmPerPixel;
}

void OrbitCamera::setView(StandardView v) {
  switch (v) {
    case StandardView::Anterior: yawDegrees = 0; pitchDegrees = 0; break;
    case StandardView::Posterior: yawDegrees = 180; pitchDegrees = 0; break;
    case StandardView::LeftLateral: yawDegrees = 90; pitchDegrees = 0; break;
    case StandardView::RightLateral: yawDegrees = -90; pitchDegrees = 0; break;
    case StandardView::Superior: yawDegrees = 0; pitchDegrees = 89.9f; break;
  }
}

std::string_view viewName(StandardView v) {
  switch (v) {
    case StandardView::Anterior: return "anterior";
    case StandardView::Posterior: return "posterior";
    case StandardView::LeftLateral: return "left";
    case StandardView::RightLateral: return "right";
    case StandardView::Superior: return "superior";
  }
  return "anterior";
}

bool parseView(std::string_view text, StandardView& out) {
  if (text == "anterior" || text == "front") { out = StandardView::Anterior; return true; }
  if (text == "posterior" || text == "back") { out = StandardView::Posterior; return true; }
  if (text == "left" || text == "lateral" || text == "left-lateral") { out = StandardView::LeftLateral; return true; }
  if (text == "right" || text == "right-lateral") { out = StandardView::RightLateral; return true; }
  if (text == "superior" || text == "top") { out = StandardView::Superior; return true; }
  return false;
}

}  // namespace spineview::scene
