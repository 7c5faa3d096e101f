// Bring your own anatomy: a JSON mapping file assigns the meshes of a user's model (by node
// or mesh name) to the levels C0..T12, and applyAnatomyMapping rebuilds the model's
// skeleton so joints 0..19 are those vertebrae, each mapped mesh rigidly bound to its
// level. The kinematics can then drive the user's bones like the built-in ones.
// Format and a worked example: docs/bring-your-own-anatomy.md.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/levels.h"
#include "core/result.h"
#include "io/imported_model.h"

namespace spineview::io {

struct AnatomyMapping {
  // Node or mesh names per level (index = anatomy::index(Vertebra)).
  std::array<std::vector<std::string>, anatomy::kVertebraCount> names;
  // Joint centre per level in the body frame (mm); unset = centre of the mapped meshes'
  // bounds, or interpolated between neighbours for a level with no meshes.
  std::array<std::optional<glm::vec3>, anatomy::kVertebraCount> pivots;
  bool unmappedIsError = false;  // "unmapped": "error" instead of the default "static"
};

core::Result<AnatomyMapping> loadAnatomyMapping(const std::filesystem::path& path);

// Replaces model.mesh.skeleton (and weights, rest pose; clears animations) so joints
// 0..19 are C0..T12 (T12 the root, each vertebra the child of the one below) and, when
// some parts are unmapped, joint 20 "unmapped (static)" holds them still.
core::Status applyAnatomyMapping(ImportedModel& model, const AnatomyMapping& mapping);

}  // namespace spineview::io
