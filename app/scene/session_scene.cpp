#include "scene/session_scene.h"

#include <algorithm>

#include "scene_builder.h"
#include "session/session.h"

namespace spineview::app::look {

const ModelGeometry& modelGeometry(const Session& session) {
  // One model at a time is shown; the cache follows it (keyed by the model generation and
  // the mesh's address, so a second session in the same process gets its own).
  static ModelGeometry cache;
  static std::uint64_t cachedGeneration = 0;
  static const mesh::MeshData* cachedMesh = nullptr;
  const auto& mesh = session.model().mesh;
  if (cachedMesh != &mesh || cachedGeneration != session.modelGeneration() || cache.parts.size() != mesh.parts.size()) {
    cache.parts = computePartGeometry(mesh);
    const ModelBounds b = computeBounds(mesh);
    cache.min = b.min;
    cache.max = b.max;
    cachedMesh = &mesh;
    cachedGeneration = session.modelGeneration();
  }
  return cache;
}

namespace {

ViewPose poseFor(const Session& session, const biomech::BiomechState* state, const biomech::Pose& pose) {
  ViewPose v;
  v.state = session.drivenBySpine() ? state : nullptr;
  const auto& skeleton = session.model().mesh.skeleton;
  const auto world = posedJointWorld(session, pose);
  v.skin.assign(std::max<std::size_t>(1, skeleton.size()), glm::mat4(1.0f));
  if (world.size() == skeleton.size())
    for (std::size_t j = 0; j < skeleton.size(); ++j) v.skin[j] = world[j] * glm::inverse(skeleton[j].bindWorld);
  return v;
}

}  // namespace

std::vector<ViewPose> sessionViewPoses(const Session& session) {
  const AppState& state = session.state();
  std::vector<ViewPose> poses;
  if (state.mode == AppMode::Compare && session.forcefulPlayer() && session.controlledPlayer()) {
    const MotionPlayer* players[2] = {session.forcefulPlayer(), session.controlledPlayer()};
    for (int i = 0; i < 2; ++i) {
      const auto& s = players[i]->frame().state;
      poses.push_back(poseFor(session, &s, s.pose));
      poses.back().viewport = {0.5f * static_cast<float>(i), 0.0f, 0.5f, 1.0f};
      poses.back().frameArea = poses.back().viewport;
    }
  } else {
    const auto& s = session.player().frame().state;
    poses.push_back(poseFor(session, &s, s.pose));
    poses.back().frameArea = session.sceneArea();
  }
  return poses;
}

LookContext lookContext(const Session& session, const biomech::BiomechState* state) {
  LookContext c;
  c.view = &session.state().view;
  c.palette = {session.state().preferences.colourBlindSafe, session.state().preferences.highContrast};
  c.selectedPart = session.state().selection.partIndex;
  c.state = state;
  const auto& data = session.biomech().data();
  c.strainStops = {data.arteries.greenBelowPercent(), data.arteries.orangeFromPercent(), data.arteries.redFromPercent()};
  // The deepest narrowing the foramen model can give fills the map.
  c.narrowingFullScalePercent = narrowingFullScalePercent(session.biomech().foramenFullScalePercent());
  return c;
}

glm::mat4 framedProjection(const scene::OrbitCamera& camera, const ViewPose& pose, float width, float height) {
  const glm::vec4 v = pose.viewport, a = pose.frameArea;
  const float aspect = std::max(1.0f, a.z * width) / std::max(1.0f, a.w * height);
  // The projection of the frame area, then a lens shift and scale that put that area where it
  // lies in the view's viewport (the model is drawn over the whole view, centred in the area).
  glm::mat4 shift(1.0f);
  shift[0][0] = a.z / v.z;
  shift[1][1] = a.w / v.w;
  shift[3][0] = (2.0f * (a.x - v.x) + a.z) / v.z - 1.0f;
  shift[3][1] = 1.0f - (2.0f * (a.y - v.y) + a.w) / v.w;
  return shift * camera.projection(aspect);
}

ViewProjection viewProjection(const Session& session, const ViewPose& pose, float width, float height) {
  ViewProjection p;
  p.origin = {pose.viewport.x * width, pose.viewport.y * height};
  p.size = {std::max(1.0f, pose.viewport.z * width), std::max(1.0f, pose.viewport.w * height)};
  const auto& camera = session.state().view.camera;
  p.viewProj = framedProjection(camera, pose, width, height) * camera.view();
  return p;
}

bool projectToPixel(const ViewProjection& projection, glm::vec3 world, glm::vec2& pixel) {
  const glm::vec4 clip = projection.viewProj * glm::vec4(world, 1.0f);
  if (clip.w <= 1e-4f) return false;
  const glm::vec2 ndc = glm::vec2(clip) / clip.w;
  // Vulkan-style projection from GLM (y up in NDC): flip to a top-left pixel origin.
  pixel = projection.origin + glm::vec2(0.5f * (ndc.x + 1.0f), 0.5f * (1.0f - ndc.y)) * projection.size;
  return true;
}

}  // namespace spineview::app::look
