#include "io/animation_clip.h"

#include <algorithm>

#include <glm/gtc/matrix_transform.hpp>

namespace spineview::io {

glm::mat4 Trs::matrix() const {
  return glm::translate(glm::mat4(1.0f), translation) * glm::mat4_cast(rotation) *
         glm::scale(glm::mat4(1.0f), scale);
}

namespace {

// Cubic Hermite spline as glTF defines it; tangents are scaled by the key interval.
glm::vec4 hermite(const glm::vec4& v0, const glm::vec4& out0, const glm::vec4& in1, const glm::vec4& v1,
                  float dt, float s) {
  const float s2 = s * s, s3 = s2 * s;
  return (2 * s3 - 3 * s2 + 1) * v0 + (s3 - 2 * s2 + s) * dt * out0 + (-2 * s3 + 3 * s2) * v1 +
         (s3 - s2) * dt * in1;
}

glm::vec4 sampleChannel(const AnimationChannel& ch, float t) {
  const auto& times = ch.times;
  const bool cubic = ch.interpolation == Interpolation::CubicSpline;
  auto value = [&](std::size_t key) { return cubic ? ch.values[3 * key + 1] : ch.values[key]; };
  if (t <= times.front()) return value(0);
  if (t >= times.back()) return value(times.size() - 1);
  const auto upper = std::upper_bound(times.begin(), times.end(), t);
  const std::size_t k1 = static_cast<std::size_t>(upper - times.begin());
  const std::size_t k0 = k1 - 1;
  const float dt = times[k1] - times[k0];
  const float s = dt > 0.0f ? (t - times[k0]) / dt : 0.0f;
  switch (ch.interpolation) {
    case Interpolation::Step:
      return value(k0);
    case Interpolation::CubicSpline:
      return hermite(ch.values[3 * k0 + 1], ch.values[3 * k0 + 2], ch.values[3 * k1], ch.values[3 * k1 + 1], dt, s);
    case Interpolation::Linear:
      break;
  }
  if (ch.path == ChannelPath::Rotation) {
    const glm::vec4 a = ch.values[k0], b = ch.values[k1];
    const glm::quat q = glm::slerp(glm::quat(a.w, a.x, a.y, a.z), glm::quat(b.w, b.x, b.y, b.z), s);
    return {q.x, q.y, q.z, q.w};
  }
  return glm::mix(ch.values[k0], ch.values[k1], s);
}

}  // namespace

std::vector<Trs> sample(const AnimationClip& clip, const std::vector<Trs>& restPose, float t) {
  std::vector<Trs> pose = restPose;
  t = std::clamp(t, 0.0f, clip.duration);
  for (const auto& ch : clip.channels) {
    if (ch.joint < 0 || static_cast<std::size_t>(ch.joint) >= pose.size() || ch.times.empty()) continue;
    const glm::vec4 v = sampleChannel(ch, t);
    Trs& trs = pose[static_cast<std::size_t>(ch.joint)];
    switch (ch.path) {
      case ChannelPath::Translation: trs.translation = glm::vec3(v); break;
      case ChannelPath::Scale: trs.scale = glm::vec3(v); break;
      case ChannelPath::Rotation: {
        const glm::quat q(v.w, v.x, v.y, v.z);
        const float len = glm::length(q);
        if (len > 1e-12f) trs.rotation = q / len;  // cubic interpolation leaves it non-unit
        break;
      }
    }
  }
  return pose;
}

}  // namespace spineview::io
