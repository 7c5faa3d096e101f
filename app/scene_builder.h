// Turns the model and the view settings into the renderer's FrameView: one draw item per
// visible part, coloured by what it is, plus camera matrices and lights.
#pragma once

#include <array>
#include <vector>

#include <glm/glm.hpp>

#include "mesh/mesh_data.h"
#include "scene/camera.h"
#include "scene/frame_view.h"

namespace spineview::app {

struct LayerSettings {
  std::array<bool, mesh::kPartKindCount> visible{};
  std::array<float, mesh::kPartKindCount> opacity{};
  LayerSettings();
};

struct ModelBounds {
  glm::vec3 min{0.0f}, max{0.0f};
  glm::vec3 centre() const { return 0.5f * (min + max); }
  float radius() const { return 0.5f * glm::length(max - min); }
};

ModelBounds computeBounds(const mesh::MeshData& mesh);
// Places the camera so the whole model fits the view from its current direction.
void frameModel(scene::OrbitCamera& camera, const ModelBounds& bounds);

// `jointWorld` empty: rest pose (skin matrices = identity).
scene::FrameView buildFrameView(const mesh::MeshData& mesh, const std::vector<glm::mat4>& jointWorld,
                                const scene::OrbitCamera& camera, float aspect, const LayerSettings& layers);

// Linear RGB base colour and material for each kind of part.
glm::vec3 partColor(mesh::PartKind kind);
scene::Material partMaterial(mesh::PartKind kind);

}  // namespace spineview::app
