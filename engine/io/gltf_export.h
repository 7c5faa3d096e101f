// Writes a MeshData as glTF 2.0 binary (.glb) through tinygltf: one named node + mesh per
// MeshPart, a skin with inverse bind matrices and one named node per Joint, PBR materials
// per PartKind (the body surface translucent, BLEND), and each part's level, side and kind
// in `extras`. Units become metres as glTF requires. The file is written atomically.
// Optionally one animation clip that moves the joint nodes rigidly (rotation and translation
// channels, linear interpolation), so any glTF viewer can play a motion on the skinned mesh.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/result.h"
#include "mesh/mesh_data.h"

namespace spineview::io {

// Each skeleton joint's pose at each sample time: jointWorld[sample][joint] maps the joint's
// frame to model space (in MeshData units), like MeshData::Joint::bindWorld at rest.
struct JointAnimation {
  std::string name;
  std::vector<float> timesS;  // strictly increasing, from 0
  std::vector<std::vector<glm::mat4>> jointWorld;
};

struct ExportOptions {
  std::string generator = "spineview";
  bool includeSkin = true;         // write the skeleton and skin when the mesh has one
  double metresPerUnit = 0.001;    // MeshData is in millimetres
  std::optional<JointAnimation> animation;  // needs the skin (its joints are the nodes it moves)
};

core::Status exportGlb(const mesh::MeshData& mesh, const std::filesystem::path& out, const ExportOptions& options = {});

// The same bytes without writing a file (tests, fuzzing, in-memory round trips).
core::Result<std::vector<std::uint8_t>> encodeGlb(const mesh::MeshData& mesh, const ExportOptions& options = {});

}  // namespace spineview::io
