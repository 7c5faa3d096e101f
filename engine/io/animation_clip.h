// Keyframed joint animation read from glTF: per-joint translation/rotation/scale channels
// and a sampler that turns a clip and a time into joint local transforms.
#pragma once

#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

namespace spineview::io {

struct Trs {
  glm::vec3 translation{0.0f};
  glm::quat rotation{1.0f, 0.0f, 0.0f, 0.0f};
  glm::vec3 scale{1.0f};
  glm::mat4 matrix() const;
};

enum class ChannelPath : std::uint8_t { Translation, Rotation, Scale };
enum class Interpolation : std::uint8_t { Step, Linear, CubicSpline };

struct AnimationChannel {
  int joint = 0;                      // index into the model's skeleton
  ChannelPath path = ChannelPath::Translation;
  Interpolation interpolation = Interpolation::Linear;
  std::vector<float> times;           // seconds, >= 0, strictly increasing
  // xyz (translation/scale) or xyzw (rotation); CUBICSPLINE stores in-tangent, value,
  // out-tangent for each key (3 entries per time), as glTF does.
  std::vector<glm::vec4> values;
};

struct AnimationClip {
  std::string name;
  float duration = 0.0f;              // seconds: the last key time of any channel
  std::vector<AnimationChannel> channels;
};

// Joint local transforms at time t (clamped to [0, duration]); joints without a channel
// keep their rest transform. restPose.size() is the joint count.
std::vector<Trs> sample(const AnimationClip& clip, const std::vector<Trs>& restPose, float t);

}  // namespace spineview::io
