#include "scene/frame_view.h"

namespace spineview::scene {

Lighting cameraRelativeLighting(const glm::mat4& view) {
  const glm::mat3 viewToWorld = glm::transpose(glm::mat3(view));
  auto fromView = [&](glm::vec3 d) { return glm::normalize(viewToWorld * glm::normalize(d)); };
  Lighting l;
  l.key = {fromView({-0.55f, 0.65f, 0.55f}), 0.95f};   // upper left, in front
  l.fill = {fromView({0.7f, 0.1f, 0.5f}), 0.35f};      // right, softer
  l.rim = {fromView({0.1f, 0.4f, -1.0f}), 0.55f};      // behind: separates the outline from the background
  return l;
}

}  // namespace spineview::scene
