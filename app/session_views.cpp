#include <cmath>

#include "io/mapped_pose.h"
#include "scene/clip_plane.h"
#include "scene/label_anchors.h"
#include "scene/scene_look.h"
#include "scene/session_scene.h"
#include "scene_builder.h"
#include "session/session.h"

namespace spineview::app {
namespace {

std::optional<anatomy::Side> scapulaSide(const std::string& jointName) {
  if (jointName == "Left scapula") return anatomy::Side::Left;
  if (jointName == "Right scapula") return anatomy::Side::Right;
  return std::nullopt;
}

// An imported model without a mapping: its first animation clip on the timeline (looping over
// the clip's own length), or its rest pose.
std::vector<glm::mat4> importedJointWorld(const Session& session) {
  const auto& imported = *session.model().imported;
  if (imported.mesh.skeleton.empty()) return {};
  std::vector<io::Trs> locals = imported.restPose;
  if (!imported.animations.empty() && imported.animations.front().duration > 0.0f) {
    const auto& clip = imported.animations.front();
    const double t = std::fmod(std::max(0.0, session.state().playback.timeS), static_cast<double>(clip.duration));
    locals = io::sample(clip, imported.restPose, static_cast<float>(t));
  }
  return io::jointWorldMatrices(imported, locals);
}

}  // namespace

std::vector<glm::mat4> posedJointWorld(const Session& session, const biomech::Pose& pose) {
  const auto& skeleton = session.model().mesh.skeleton;
  if (!session.drivenBySpine()) return session.model().imported ? importedJointWorld(session) : std::vector<glm::mat4>{};
  if (skeleton.size() < static_cast<std::size_t>(anatomy::kVertebraCount)) return {};
  if (session.model().mapping && !session.model().builtInSpine) {
    io::VertebraMatrices rest{}, posed{};
    for (int i = 0; i < anatomy::kVertebraCount; ++i) {
      rest[static_cast<std::size_t>(i)] = session.biomech().rest().restWorld[static_cast<std::size_t>(i)];
      posed[static_cast<std::size_t>(i)] = pose.world[static_cast<std::size_t>(i)];
    }
    return io::mappedJointWorld(skeleton, rest, posed);
  }
  return spineJointWorld(skeleton, pose);
}

std::vector<glm::mat4> spineJointWorld(const std::vector<mesh::Joint>& skeleton, const biomech::Pose& pose) {
  std::vector<glm::mat4> world(skeleton.size());
  for (std::size_t j = 0; j < skeleton.size(); ++j) {
    if (j < static_cast<std::size_t>(anatomy::kVertebraCount)) {
      world[j] = pose.world[j];
      continue;
    }
    // Other joints ride on their parent: world = parentWorld · bindLocal (· scapular retraction).
    const int parent = skeleton[j].parent;
    const bool parentReady = parent >= 0 && static_cast<std::size_t>(parent) < j;
    const glm::mat4 parentWorld = parentReady ? world[static_cast<std::size_t>(parent)] : glm::mat4(1.0f);
    const glm::mat4 parentBind = parentReady ? skeleton[static_cast<std::size_t>(parent)].bindWorld : glm::mat4(1.0f);
    world[j] = parentWorld * glm::inverse(parentBind) * skeleton[j].bindWorld;
    if (auto side = scapulaSide(skeleton[j].name))
      world[j] = world[j] * biomech::scapulaRetraction(pose.scapula[static_cast<std::size_t>(*side)], *side);
  }
  return world;
}

std::vector<scene::FrameView> buildSessionViews(const Session& session, float width, float height) {
  const AppState& state = session.state();
  const auto& mesh = session.model().mesh;
  const auto& geometry = look::modelGeometry(session);
  const auto poses = look::sessionViewPoses(session);
  const auto clip = look::clipPlaneFor(state.view.clipAxis, state.view.clipOffsetMm, geometry.centre());
  const auto anchors = look::sessionLabelAnchors(session, width, height);

  std::vector<scene::FrameView> views;
  for (std::uint32_t v = 0; v < poses.size(); ++v) {
    const auto& pose = poses[v];
    scene::FrameView view;
    view.view = state.view.camera.view();
    view.projection = look::framedProjection(state.view.camera, pose, width, height);
    view.cameraPosition = state.view.camera.position();
    view.lighting = scene::cameraRelativeLighting(view.view);
    view.viewport = pose.viewport;
    view.skinMatrices = pose.skin;
    view.clipEnabled = clip.has_value();
    if (clip) view.clipPlane = *clip;
    if (state.preferences.highContrast) view.clearColor = {0.0f, 0.0f, 0.0f, 1.0f};

    const look::LookContext context = look::lookContext(session, pose.state);
    for (std::uint32_t i = 0; i < mesh.parts.size(); ++i) {
      const auto& part = mesh.parts[i];
      const look::PartLook l = look::partLook(part, i, context);
      if (!l.visible || part.indexCount == 0) continue;
      scene::DrawItem item;
      item.firstIndex = part.firstIndex;
      item.indexCount = part.indexCount;
      item.color = l.colour;
      item.highlight = l.highlight;
      item.material = l.material;
      item.primitive = drawPrimitive(part.topology);
      item.texture = l.texture;
      item.partId = i + 1;  // 0 means "nothing" for picking
      if (i < geometry.parts.size()) item.sortCentre = look::posedCentre(geometry.parts[i], pose.skin);
      view.items.push_back(item);
    }

    // Label anchors are probed for occlusion; picks are added by ProbeFeedback::attach.
    for (const auto& a : anchors)
      if (a.viewIndex == v && a.onScreen && view.probePixels.size() < 120) view.probePixels.push_back(a.pixel);
    views.push_back(std::move(view));
  }
  return views;
}

}  // namespace spineview::app
