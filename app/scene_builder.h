// Turns the model and the view settings into the renderer's FrameView: one draw item per
// visible part, coloured by what it is, plus camera matrices and lights.
#pragma once

#include <array>
#include <vector>

#include <glm/glm.hpp>

#include "biomech/pose_solver.h"
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

// Frames the cervical spine (C0–C7 bones) in the top `visibleTopFraction` of the view, for
// layouts whose lower part is covered by panels (the comparison plots). False: no neck bones.
bool frameNeckAbovePanels(scene::OrbitCamera& camera, const mesh::MeshData& mesh, float visibleTopFraction);

// `jointWorld` empty: rest pose (skin matrices = identity).
scene::FrameView buildFrameView(const mesh::MeshData& mesh, const std::vector<glm::mat4>& jointWorld,
                                const scene::OrbitCamera& camera, float aspect, const LayerSettings& layers);

// Linear RGB base colour and material for each kind of part.
glm::vec3 partColor(mesh::PartKind kind);
scene::Material partMaterial(mesh::PartKind kind);
// How the renderer draws a part's indices.
scene::Primitive drawPrimitive(mesh::Topology topology);

}  // namespace spineview::app

namespace spineview::app {
class Session;

// Joint world matrices of the shown model in the session's current pose: vertebrae from the
// biomechanics, other joints (ribs, scapulae…) carried rigidly by their parent. Empty when
// the model is not driven by the spine (a plain imported file at rest).
std::vector<glm::mat4> posedJointWorld(const Session& session, const biomech::Pose& pose);
// The same for the built-in spine's skeleton (joints 0–19 are C0–T12) without a session.
std::vector<glm::mat4> spineJointWorld(const std::vector<mesh::Joint>& skeleton, const biomech::Pose& pose);

// The views of one frame for a target of width × height pixels: one in Explore/Guided, two
// side by side (forceful | controlled) in Compare.
std::vector<scene::FrameView> buildSessionViews(const Session& session, float width, float height);

}  // namespace spineview::app
