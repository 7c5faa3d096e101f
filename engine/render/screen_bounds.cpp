#include "render/screen_bounds.h"

#include <algorithm>
#include <cmath>

namespace spineview::render {

VkRect2D projectedRect(const WorldBox& box, const glm::mat4& viewProj, VkRect2D viewRect, int margin) {
  if (box.empty() || viewRect.extent.width == 0 || viewRect.extent.height == 0) return {{0, 0}, {0, 0}};
  const float w = float(viewRect.extent.width), h = float(viewRect.extent.height);
  float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec3 p((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                      (corner & 4) ? box.max.z : box.min.z);
    const glm::vec4 clip = viewProj * glm::vec4(p, 1.0f);
    if (clip.w <= 1e-6f) return viewRect;  // behind the camera: no useful bound
    const float x = float(viewRect.offset.x) + w * 0.5f * (clip.x / clip.w + 1.0f);
    const float y = float(viewRect.offset.y) + h * 0.5f * (1.0f - clip.y / clip.w);
    x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
  }
  const float left = float(viewRect.offset.x), top = float(viewRect.offset.y);
  const float ix0 = std::clamp(std::floor(x0) - float(margin), left, left + w);
  const float iy0 = std::clamp(std::floor(y0) - float(margin), top, top + h);
  const float ix1 = std::clamp(std::ceil(x1) + float(margin), left, left + w);
  const float iy1 = std::clamp(std::ceil(y1) + float(margin), top, top + h);
  if (ix1 <= ix0 || iy1 <= iy0) return {{0, 0}, {0, 0}};
  return {{int32_t(ix0), int32_t(iy0)}, {uint32_t(ix1 - ix0), uint32_t(iy1 - iy0)}};
}

VkRect2D unionRect(VkRect2D a, VkRect2D b) {
  if (a.extent.width == 0 || a.extent.height == 0) return b;
  if (b.extent.width == 0 || b.extent.height == 0) return a;
  const int32_t x0 = std::min(a.offset.x, b.offset.x), y0 = std::min(a.offset.y, b.offset.y);
  const int32_t x1 = std::max(a.offset.x + int32_t(a.extent.width), b.offset.x + int32_t(b.extent.width));
  const int32_t y1 = std::max(a.offset.y + int32_t(a.extent.height), b.offset.y + int32_t(b.extent.height));
  return {{x0, y0}, {uint32_t(x1 - x0), uint32_t(y1 - y0)}};
}

}  // namespace spineview::render
