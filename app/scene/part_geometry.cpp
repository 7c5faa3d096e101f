#include "scene/part_geometry.h"

#include <algorithm>
#include <map>

namespace spineview::app::look {

std::vector<PartGeometry> computePartGeometry(const mesh::MeshData& mesh) {
  std::vector<PartGeometry> out(mesh.parts.size());
  std::vector<std::uint32_t> seen(mesh.positions.size(), 0);
  const bool skinned = !mesh.skeleton.empty() && mesh.joints.size() == mesh.positions.size() &&
                       mesh.weights.size() == mesh.positions.size();
  for (std::size_t p = 0; p < mesh.parts.size(); ++p) {
    const auto& part = mesh.parts[p];
    const auto stamp = static_cast<std::uint32_t>(p + 1);
    glm::dvec3 sum{0.0};
    std::size_t count = 0;
    glm::vec3 lo{0.0f}, hi{0.0f};
    std::map<int, double> jointWeight;
    const std::size_t end = std::min<std::size_t>(mesh.indices.size(), std::size_t{part.firstIndex} + part.indexCount);
    for (std::size_t i = part.firstIndex; i < end; ++i) {
      const std::uint32_t v = mesh.indices[i];
      if (v >= mesh.positions.size() || seen[v] == stamp) continue;
      seen[v] = stamp;
      const glm::vec3 pos = mesh.positions[v];
      lo = count == 0 ? pos : glm::min(lo, pos);
      hi = count == 0 ? pos : glm::max(hi, pos);
      sum += glm::dvec3(pos);
      ++count;
      if (skinned)
        for (int k = 0; k < 4; ++k)
          if (mesh.weights[v][k] > 0.0f) jointWeight[mesh.joints[v][k]] += mesh.weights[v][k];
    }
    auto& g = out[p];
    g.restCentre = count ? glm::vec3(sum / static_cast<double>(count)) : glm::vec3(0.0f);
    g.restMin = lo;
    g.restMax = hi;
    float nearest = 3.4e38f;
    for (std::size_t i = part.firstIndex; i < end; ++i) {
      const std::uint32_t v = mesh.indices[i];
      if (v >= mesh.positions.size()) continue;
      const glm::vec3 d = mesh.positions[v] - g.restCentre;
      if (const float d2 = glm::dot(d, d); d2 < nearest) nearest = d2, g.restAnchor = mesh.positions[v];
    }
    double best = 0.0;
    for (const auto& [joint, weight] : jointWeight)
      if (weight > best) best = weight, g.dominantJoint = joint;
  }
  return out;
}

glm::mat4 partSkin(const PartGeometry& part, const std::vector<glm::mat4>& skinMatrices) {
  if (part.dominantJoint < 0 || static_cast<std::size_t>(part.dominantJoint) >= skinMatrices.size()) return glm::mat4(1.0f);
  return skinMatrices[static_cast<std::size_t>(part.dominantJoint)];
}

glm::vec3 posedAnchor(const PartGeometry& part, const std::vector<glm::mat4>& skinMatrices) {
  return glm::vec3(partSkin(part, skinMatrices) * glm::vec4(part.restAnchor, 1.0f));
}

glm::vec3 posedCentre(const PartGeometry& part, const std::vector<glm::mat4>& skinMatrices) {
  return glm::vec3(partSkin(part, skinMatrices) * glm::vec4(part.restCentre, 1.0f));
}

void posedBounds(const PartGeometry& part, const std::vector<glm::mat4>& skinMatrices, glm::vec3& min, glm::vec3& max) {
  const glm::mat4 m = partSkin(part, skinMatrices);
  for (int c = 0; c < 8; ++c) {
    const glm::vec3 corner{(c & 1) ? part.restMax.x : part.restMin.x, (c & 2) ? part.restMax.y : part.restMin.y,
                           (c & 4) ? part.restMax.z : part.restMin.z};
    const glm::vec3 p = glm::vec3(m * glm::vec4(corner, 1.0f));
    min = c == 0 ? p : glm::min(min, p);
    max = c == 0 ? p : glm::max(max, p);
  }
}

}  // namespace spineview::app::look
