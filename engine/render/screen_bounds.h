// Where in the target a world-space box can appear: the bounding rectangle of its projected
// corners. The post anti-aliasing pass runs only there (edges exist only where the model is;
// on a CPU device every shaded pixel costs, whatever the shader decides).
#pragma once

#include <glm/glm.hpp>
#include <vulkan/vulkan.h>

namespace spineview::render {

struct WorldBox {
  glm::vec3 min{1e30f};
  glm::vec3 max{-1e30f};
  bool empty() const { return min.x > max.x; }
  void add(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
  }
};

// The rectangle of `viewRect` (target pixels, origin top-left; the renderer's viewport flips Y)
// that `box` covers under `viewProj`, grown by `margin` pixels and clamped to `viewRect`.
// The whole `viewRect` when a corner lies behind the camera; empty for an empty box.
VkRect2D projectedRect(const WorldBox& box, const glm::mat4& viewProj, VkRect2D viewRect, int margin);

// The smallest rectangle holding both (an empty one adds nothing).
VkRect2D unionRect(VkRect2D a, VkRect2D b);

}  // namespace spineview::render
