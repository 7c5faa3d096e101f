// The session's scene, view by view: which biomechanical state and which skin matrices each
// view shows, where it sits in the target, and the model's per-part geometry (cached per
// model). Shared by the frame builder (app/session_views.cpp), the labels and the commands.
#pragma once

#include <vector>

#include <glm/glm.hpp>

#include "biomech/biomech_model.h"
#include "scene/camera.h"
#include "scene/part_geometry.h"
#include "scene/scene_look.h"

namespace spineview::app {
class Session;
}

namespace spineview::app::look {

struct ModelGeometry {
  std::vector<PartGeometry> parts;
  glm::vec3 min{0.0f}, max{0.0f};  // rest bounds of the whole model
  glm::vec3 centre() const { return 0.5f * (min + max); }
};

// Computed on first use and again when the session's model changes.
const ModelGeometry& modelGeometry(const Session& session);

struct ViewPose {
  const biomech::BiomechState* state = nullptr;  // null: not driven by the spine
  std::vector<glm::mat4> skin;                   // per joint: world · inverse(bind); {I} without a skeleton
  glm::vec4 viewport{0.0f, 0.0f, 1.0f, 1.0f};    // normalized, origin top-left
  glm::vec4 frameArea{0.0f, 0.0f, 1.0f, 1.0f};   // the part of the target the camera frames (normalized)
};

// One view (Explore, Guided) or two side by side (Compare: forceful | controlled).
std::vector<ViewPose> sessionViewPoses(const Session& session);

// Heat-map thresholds and palette from the session's data and preferences.
LookContext lookContext(const Session& session, const biomech::BiomechState* state);

// Projection helpers for a view of a target w × h pixels.
struct ViewProjection {
  glm::mat4 viewProj{1.0f};
  glm::vec2 origin{0.0f}, size{1.0f};  // viewport in target pixels
};
ViewProjection viewProjection(const Session& session, const ViewPose& pose, float width, float height);
// The camera's projection for a view whose camera frames pose.frameArea of a width × height target.
glm::mat4 framedProjection(const scene::OrbitCamera& camera, const ViewPose& pose, float width, float height);
// Target pixel of a world point; false when it is behind the camera.
bool projectToPixel(const ViewProjection& projection, glm::vec3 world, glm::vec2& pixel);

}  // namespace spineview::app::look
