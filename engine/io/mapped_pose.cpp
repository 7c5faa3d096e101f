#include "io/mapped_pose.h"

#include <glm/gtc/matrix_transform.hpp>

namespace spineview::io {

namespace {

glm::vec3 origin(const glm::mat4& m) { return glm::vec3(m[3]); }

// The same rigid motion, but turning about `to` instead of `from` (its rotation unchanged,
// the translation it adds at `from` now added at `to`).
glm::mat4 moveCentre(const glm::mat4& motion, const glm::vec3& from, const glm::vec3& to) {
  const glm::mat4 aboutFrom = glm::translate(glm::mat4(1.0f), -from) * motion * glm::translate(glm::mat4(1.0f), from);
  return glm::translate(glm::mat4(1.0f), to) * aboutFrom * glm::translate(glm::mat4(1.0f), -to);
}

}  // namespace

std::vector<glm::mat4> mappedJointWorld(const std::vector<mesh::Joint>& skeleton, const VertebraMatrices& restWorld,
                                        const VertebraMatrices& posedWorld) {
  std::vector<glm::mat4> world(skeleton.size());
  for (std::size_t j = 0; j < skeleton.size(); ++j) world[j] = skeleton[j].bindWorld;
  constexpr int kLevels = anatomy::kVertebraCount;
  if (skeleton.size() < static_cast<std::size_t>(kLevels)) return world;

  // delta(j): where the built-in vertebra j went, as a motion of the body frame.
  VertebraMatrices delta{};
  for (int j = 0; j < kLevels; ++j)
    delta[static_cast<std::size_t>(j)] = posedWorld[static_cast<std::size_t>(j)] * glm::inverse(restWorld[static_cast<std::size_t>(j)]);
  // Walk from the root (T12) up; each level moves relative to the one below: delta(parent)⁻¹ ·
  // delta(j), centred on the built-in vertebra's origin, re-centred on the mapped pivot.
  std::array<glm::mat4, anatomy::kVertebraCount> motion{};
  for (int j = kLevels - 1; j >= 0; --j) {
    const auto uj = static_cast<std::size_t>(j);
    const bool root = j + 1 >= kLevels;
    const glm::mat4 relative = root ? delta[uj] : glm::inverse(delta[uj + 1]) * delta[uj];
    const glm::mat4 local = moveCentre(relative, origin(restWorld[uj]), origin(skeleton[uj].bindWorld));
    motion[uj] = root ? local : motion[uj + 1] * local;
    world[uj] = motion[uj] * skeleton[uj].bindWorld;
  }
  return world;
}

}  // namespace spineview::io
