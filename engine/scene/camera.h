// An orbit camera around a target point, in the body frame (mm; +Y up, +Z anterior).
// Plain values; the renderer only sees the matrices it produces.
#pragma once

#include <string_view>

#include <glm/glm.hpp>

namespace spineview::scene {

enum class StandardView { Anterior, Posterior, LeftLateral, RightLateral, Superior };

struct OrbitCamera {
  glm::vec3 target{0.0f, 0.0f, 0.0f};
  float distance = 400.0f;   // mm from target
  float yawDegrees = 0.0f;   // 0: camera in front of the patient (+Z), 90: at the patient's left (+X)
  float pitchDegrees = 0.0f; // positive: looking down from above
  float fovYDegrees = 35.0f;

  glm::vec3 position() const;
  glm::mat4 view() const;
  // Near/far follow the distance so both whole-spine views and facet close-ups keep depth precision.
  glm::mat4 projection(float aspect) const;

  void orbit(float deltaYawDegrees, float deltaPitchDegrees);
  void zoom(float wheelSteps);                        // positive: closer
  void pan(float dxPixels, float dyPixels, float viewportHeightPixels);
  void setView(StandardView v);
};

std::string_view viewName(StandardView v);
bool parseView(std::string_view text, StandardView& out);

}  // namespace spineview::scene
