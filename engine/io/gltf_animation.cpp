#include <cmath>
#include <set>
#include <utility>

#include "io/gltf_accessor.h"
#include "io/gltf_convert.h"

namespace spineview::io::gltf {

core::Result<std::vector<AnimationClip>> convertAnimations(const tinygltf::Model& model, const LoadLimits& limits,
                                                           const std::vector<int>& nodeToJoint,
                                                           const std::vector<bool>& nodeHasMatrix,
                                                           std::vector<std::string>& warnings) {
  if (model.animations.size() > limits.maxAnimations)
    return core::fail(std::to_string(model.animations.size()) + " animations, more than the limit of " +
                      std::to_string(limits.maxAnimations));
  std::vector<AnimationClip> clips;
  std::uint64_t keyframes = 0;
  for (std::size_t a = 0; a < model.animations.size(); ++a) {
    const auto& anim = model.animations[a];
    AnimationClip clip;
    clip.name = anim.name.empty() ? "animation " + std::to_string(a) : anim.name;
    std::set<std::pair<int, std::string>> targets;
    for (std::size_t c = 0; c < anim.channels.size(); ++c) {
      const auto& ch = anim.channels[c];
      const std::string at = "animation " + std::to_string(a) + " channel " + std::to_string(c) + ": ";
      if (ch.target_node < 0 || static_cast<std::size_t>(ch.target_node) >= model.nodes.size())
        return core::fail(at + "target node " + std::to_string(ch.target_node) + " does not exist");
      if (ch.sampler < 0 || static_cast<std::size_t>(ch.sampler) >= anim.samplers.size())
        return core::fail(at + "sampler " + std::to_string(ch.sampler) + " does not exist");
      if (!targets.insert({ch.target_node, ch.target_path}).second)
        return core::fail(at + "node " + std::to_string(ch.target_node) + " " + ch.target_path +
                          " is animated twice in the same animation");
      AnimationChannel out;
      int type = TINYGLTF_TYPE_VEC3;
      if (ch.target_path == "translation") out.path = ChannelPath::Translation;
      else if (ch.target_path == "scale") out.path = ChannelPath::Scale;
      else if (ch.target_path == "rotation") { out.path = ChannelPath::Rotation; type = TINYGLTF_TYPE_VEC4; }
      else if (ch.target_path == "weights") { warnings.push_back(at + "morph-target weights are not supported; ignored"); continue; }
      else return core::fail(at + "unknown target path \"" + ch.target_path + "\"");
      if (nodeHasMatrix[static_cast<std::size_t>(ch.target_node)])
        return core::fail(at + "animates node " + std::to_string(ch.target_node) + ", which is given as a matrix");
      const int joint = nodeToJoint[static_cast<std::size_t>(ch.target_node)];
      if (joint < 0) { warnings.push_back(at + "animates a node outside the shown scene; ignored"); continue; }
      out.joint = joint;
      const auto& sampler = anim.samplers[static_cast<std::size_t>(ch.sampler)];
      if (sampler.interpolation == "STEP") out.interpolation = Interpolation::Step;
      else if (sampler.interpolation == "CUBICSPLINE") out.interpolation = Interpolation::CubicSpline;
      else if (sampler.interpolation.empty() || sampler.interpolation == "LINEAR") out.interpolation = Interpolation::Linear;
      else return core::fail(at + "unknown interpolation \"" + sampler.interpolation + "\"");

      if (sampler.input >= 0 && static_cast<std::size_t>(sampler.input) < model.accessors.size() &&
          model.accessors[static_cast<std::size_t>(sampler.input)].count > limits.maxKeyframes - keyframes)
        return core::fail(at + "more than " + std::to_string(limits.maxKeyframes) + " keyframes in total");
      auto times = readFloats(model, sampler.input, TINYGLTF_TYPE_SCALAR, false, at + "input");
      if (!times) return times.error();
      for (std::size_t k = 0; k < times->size(); ++k) {
        if ((*times)[k] < 0.0f) return core::fail(at + "input time " + std::to_string(k) + " is negative");
        if (k > 0 && !((*times)[k] > (*times)[k - 1]))
          return core::fail(at + "input times are not strictly increasing at key " + std::to_string(k));
      }
      const std::size_t perKey = out.interpolation == Interpolation::CubicSpline ? 3 : 1;
      auto values = readFloats(model, sampler.output, type, type == TINYGLTF_TYPE_VEC4, at + "output");
      if (!values) return values.error();
      const std::size_t width = type == TINYGLTF_TYPE_VEC4 ? 4 : 3;
      if (values->size() / width != times->size() * perKey)
        return core::fail(at + "output has " + std::to_string(values->size() / width) + " values for " +
                          std::to_string(times->size()) + " keys (expected " + std::to_string(times->size() * perKey) + ")");
      keyframes += times->size();
      out.values.resize(values->size() / width);
      for (std::size_t k = 0; k < out.values.size(); ++k) {
        glm::vec4 v(0.0f);
        for (std::size_t c = 0; c < width; ++c) v[static_cast<int>(c)] = (*values)[k * width + c];
        const bool isValue = perKey == 1 || k % 3 == 1;  // tangents need not be unit length
        if (out.path == ChannelPath::Rotation && isValue) {
          const float len = glm::length(v);
          if (!(len > 1e-6f)) return core::fail(at + "rotation key " + std::to_string(k / perKey) + " has zero length");
          v /= len;
        }
        out.values[k] = v;
      }
      out.times = std::move(*times);
      clip.duration = std::max(clip.duration, out.times.back());
      clip.channels.push_back(std::move(out));
    }
    clips.push_back(std::move(clip));
  }
  return clips;
}

}  // namespace spineview::io::gltf
