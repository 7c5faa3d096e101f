#include "io/gltf_joint_animation.h"

#include <cmath>
#include <cstdint>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/gtx/matrix_decompose.hpp>

namespace spineview::io {

namespace {

// A joint whose scale leaves 1 by more than this is not moved rigidly (float round-off of
// composed rotations stays far below it).
constexpr float kRigidScaleTolerance = 1e-3f;

template <typename T>
int addAccessor(tinygltf::Model& model, const std::vector<T>& items, int componentType, int type,
                std::vector<double> minValues = {}, std::vector<double> maxValues = {}) {
  auto& buffer = model.buffers[0].data;
  while (buffer.size() % 4 != 0) buffer.push_back(0);
  tinygltf::BufferView view;
  view.buffer = 0;
  view.byteOffset = buffer.size();
  view.byteLength = items.size() * sizeof(T);
  const auto* p = reinterpret_cast<const std::uint8_t*>(items.data());
  buffer.insert(buffer.end(), p, p + view.byteLength);
  model.bufferViews.push_back(view);
  tinygltf::Accessor acc;
  acc.bufferView = static_cast<int>(model.bufferViews.size() - 1);
  acc.componentType = componentType;
  acc.count = items.size();
  acc.type = type;
  acc.minValues = std::move(minValues);
  acc.maxValues = std::move(maxValues);
  model.accessors.push_back(acc);
  return static_cast<int>(model.accessors.size() - 1);
}

bool finite(const glm::mat4& m) {
  for (int c = 0; c < 4; ++c)
    for (int r = 0; r < 4; ++r)
      if (!std::isfinite(m[c][r])) return false;
  return true;
}

core::Status checkAnimation(const std::vector<mesh::Joint>& skeleton, const JointAnimation& a) {
  if (a.name.empty()) return core::fail("the animation has no name");
  if (skeleton.empty()) return core::fail("the animation needs a skeleton to move");
  if (a.timesS.empty()) return core::fail("animation \"" + a.name + "\" has no samples");
  if (a.jointWorld.size() != a.timesS.size())
    return core::fail("animation \"" + a.name + "\" has " + std::to_string(a.timesS.size()) + " times but " +
                      std::to_string(a.jointWorld.size()) + " poses");
  for (std::size_t i = 0; i < a.timesS.size(); ++i) {
    if (!std::isfinite(a.timesS[i]) || a.timesS[i] < 0.0f || (i > 0 && !(a.timesS[i] > a.timesS[i - 1])))
      return core::fail("animation \"" + a.name + "\": sample times must start at 0 or later and increase");
    if (a.jointWorld[i].size() != skeleton.size())
      return core::fail("animation \"" + a.name + "\": a pose does not have one transform per joint");
    for (const auto& m : a.jointWorld[i])
      if (!finite(m)) return core::fail("animation \"" + a.name + "\": a joint transform is not finite");
  }
  return core::Ok{};
}

}  // namespace

core::Status appendJointAnimation(tinygltf::Model& model, const std::vector<mesh::Joint>& skeleton,
                                  const JointAnimation& animation, float metresPerUnit) {
  if (auto ok = checkAnimation(skeleton, animation); !ok) return ok;
  if (model.nodes.size() < skeleton.size() || model.buffers.empty())
    return core::fail("the model has no joint nodes to animate");
  const glm::mat4 toMetres = glm::scale(glm::mat4(1.0f), glm::vec3(metresPerUnit));
  const glm::mat4 fromMetres = glm::scale(glm::mat4(1.0f), glm::vec3(1.0f / metresPerUnit));
  const std::size_t samples = animation.timesS.size();

  tinygltf::Animation clip;
  clip.name = animation.name;
  const int input = addAccessor(model, animation.timesS, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_SCALAR,
                                {animation.timesS.front()}, {animation.timesS.back()});
  for (std::size_t j = 0; j < skeleton.size(); ++j) {
    const int parent = skeleton[j].parent;
    std::vector<glm::vec3> translations;
    std::vector<glm::vec4> rotations;  // x, y, z, w as glTF stores them
    glm::quat previous(1.0f, 0.0f, 0.0f, 0.0f);
    for (std::size_t s = 0; s < samples; ++s) {
      const auto& world = animation.jointWorld[s];
      const glm::mat4 parentWorld = parent < 0 ? glm::mat4(1.0f) : world[static_cast<std::size_t>(parent)];
      const glm::mat4 local = toMetres * glm::inverse(parentWorld) * world[j] * fromMetres;
      glm::vec3 scale, translation, skew;
      glm::quat rotation;
      glm::vec4 perspective;
      if (!glm::decompose(local, scale, rotation, translation, skew, perspective) ||
          glm::length(scale - glm::vec3(1.0f)) > kRigidScaleTolerance)
        return core::fail("animation \"" + animation.name + "\": joint \"" + skeleton[j].name + "\" does not move rigidly");
      rotation = glm::normalize(rotation);
      // Keep neighbouring keys on the same hemisphere so interpolation takes the short way.
      if (s > 0 && glm::dot(rotation, previous) < 0.0f) rotation = -rotation;
      previous = rotation;
      translations.push_back(translation);
      rotations.emplace_back(rotation.x, rotation.y, rotation.z, rotation.w);
    }
    const int jointNode = static_cast<int>(j);
    const std::pair<const char*, int> outputs[] = {
        {"translation", addAccessor(model, translations, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_VEC3)},
        {"rotation", addAccessor(model, rotations, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_VEC4)}};
    for (const auto& [path, output] : outputs) {
      tinygltf::AnimationSampler sampler;
      sampler.input = input;
      sampler.output = output;
      sampler.interpolation = "LINEAR";
      clip.samplers.push_back(sampler);
      tinygltf::AnimationChannel channel;
      channel.sampler = static_cast<int>(clip.samplers.size() - 1);
      channel.target_node = jointNode;
      channel.target_path = path;
      clip.channels.push_back(channel);
    }
  }
  model.animations.push_back(clip);
  return core::Ok{};
}

}  // namespace spineview::io
