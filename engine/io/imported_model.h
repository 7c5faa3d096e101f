// What an importer hands back: CPU data only (MeshData in the body frame: mm, +Y up,
// +Z anterior), the rest pose, animation clips, per-part materials and the bounds the
// camera frames. No GPU types.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "io/animation_clip.h"
#include "mesh/mesh_data.h"

namespace spineview::io {

struct Bounds {
  glm::vec3 min{0.0f};
  glm::vec3 max{0.0f};
  glm::vec3 centre() const { return 0.5f * (min + max); }
  float radius() const { return 0.5f * glm::length(max - min); }
};

// Where a part came from in the source file; the anatomy mapping matches on these names.
struct PartSource {
  std::string nodeName;
  std::string meshName;
};

struct PartMaterial {
  glm::vec4 baseColor{0.8f, 0.8f, 0.8f, 1.0f};  // linear RGBA
  float roughness = 0.6f;
  float metallic = 0.0f;
  bool blend = false;                           // alpha-blended (translucent)
};

enum class ModelFormat : std::uint8_t { Gltf, Glb, Obj, Stl, Fbx, Dae, Ply };

struct ImportedModel {
  mesh::MeshData mesh;                 // parts, vertices, skeleton (joint parents precede children)
  std::vector<PartSource> partSources; // parallel to mesh.parts
  std::vector<PartMaterial> materials; // parallel to mesh.parts
  std::vector<Trs> restPose;           // local transform of each joint at rest, in file units
  glm::mat4 rootTransform{1.0f};       // file units/axes → body frame; applied above root joints
  std::vector<AnimationClip> animations;
  Bounds bounds;                       // of the rest pose, body frame
  ModelFormat format = ModelFormat::Glb;
  std::filesystem::path source;
  std::vector<std::string> warnings;   // accepted but noteworthy (ignored primitives, ...)
};

const char* formatName(ModelFormat format);

// Joint world matrices (body frame) for the given joint local transforms.
std::vector<glm::mat4> jointWorldMatrices(const ImportedModel& model, const std::vector<Trs>& locals);
// What the renderer uploads: world(j) * inverse(bindWorld(j)).
std::vector<glm::mat4> skinningMatrices(const ImportedModel& model, const std::vector<Trs>& locals);

}  // namespace spineview::io
