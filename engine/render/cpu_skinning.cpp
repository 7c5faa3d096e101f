#include "render/cpu_skinning.h"

namespace spineview::render {

void skinVertices(std::span<const GpuVertex> in, std::span<SkinnedVertex> out, std::span<const glm::mat4> matrices,
                  std::uint32_t jointOffset) {
  const glm::mat4 identity(1.0f);
  const std::size_t count = std::min(in.size(), out.size());
  auto joint = [&](std::uint32_t j) -> const glm::mat4& {
    const std::size_t i = std::size_t(jointOffset) + j;
    return i < matrices.size() ? matrices[i] : identity;
  };
  for (std::size_t v = 0; v < count; ++v) {
    const GpuVertex& src = in[v];
    glm::mat4 skin = src.weights.x * joint(src.joints.x);
    if (src.weights.y != 0.0f) skin += src.weights.y * joint(src.joints.y);
    if (src.weights.z != 0.0f) skin += src.weights.z * joint(src.joints.z);
    if (src.weights.w != 0.0f) skin += src.weights.w * joint(src.joints.w);
    out[v].position = glm::vec3(skin * glm::vec4(src.position, 1.0f));
    const glm::vec3 n = glm::mat3(skin) * src.normal;
    const float len = glm::length(n);
    out[v].normal = len > 0.0f ? n / len : src.normal;
  }
}

}  // namespace spineview::render
