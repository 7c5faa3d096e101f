// Writes a MeshData as glTF 2.0 binary (.glb) through tinygltf: one named node + mesh per
// MeshPart, a skin with inverse bind matrices and one named node per Joint, PBR materials
// per PartKind (the body surface translucent, BLEND), and each part's level, side and kind
// in `extras`. Units become metres as glTF requires. The file is written atomically.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"
#include "mesh/mesh_data.h"

namespace spineview::io {

struct ExportOptions {
  std::string generator = "spineview";
  bool includeSkin = true;         // write the skeleton and skin when the mesh has one
  double metresPerUnit = 0.001;    // MeshData is in millimetres
};

core::Status exportGlb(const mesh::MeshData& mesh, const std::filesystem::path& out, const ExportOptions& options = {});

// The same bytes without writing a file (tests, fuzzing, in-memory round trips).
core::Result<std::vector<std::uint8_t>> encodeGlb(const mesh::MeshData& mesh, const ExportOptions& options = {});

}  // namespace spineview::io
