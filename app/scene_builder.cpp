#include "scene_builder.h"

#include <algorithm>
#include <cmath>

namespace spineview::app {

LayerSettings::LayerSettings() {
  visible.fill(true);
  opacity.fill(1.0f);
  opacity[static_cast<int>(mesh::PartKind::BodySurface)] = 0.22f;
}

glm::vec3 partColor(mesh::PartKind kind) {
  switch (kind) {
    case mesh::PartKind::Bone: return {0.80f, 0.70f, 0.52f};        // warm ivory
    case mesh::PartKind::Disc: return {0.50f, 0.60f, 0.68f};        // bluish fibrocartilage
    case mesh::PartKind::Facet: return {0.55f, 0.72f, 0.85f};       // articular cartilage
    case mesh::PartKind::Artery: return {0.62f, 0.03f, 0.03f};      // arterial red
    case mesh::PartKind::Cord: return {0.86f, 0.66f, 0.10f};        // neural yellow
    case mesh::PartKind::Nerve: return {0.90f, 0.72f, 0.12f};
    case mesh::PartKind::RibCage: return {0.76f, 0.66f, 0.50f};
    case mesh::PartKind::Scapula: return {0.74f, 0.64f, 0.48f};
    case mesh::PartKind::BodySurface: return {0.80f, 0.52f, 0.40f};
    case mesh::PartKind::Other: return {0.70f, 0.70f, 0.70f};
  }
  return {0.7f, 0.7f, 0.7f};
}

scene::Material partMaterial(mesh::PartKind kind) {
  switch (kind) {
    case mesh::PartKind::Bone:
    case mesh::PartKind::RibCage:
    case mesh::PartKind::Scapula: return scene::Material::Bone;
    case mesh::PartKind::Artery: return scene::Material::Vessel;
    case mesh::PartKind::BodySurface: return scene::Material::Skin;
    default: return scene::Material::Soft;
  }
}

ModelBounds computeBounds(const mesh::MeshData& mesh) {
  ModelBounds b;
  if (mesh.positions.empty()) return b;
  b.min = b.max = mesh.positions.front();
  for (const auto& p : mesh.positions) {
    b.min = glm::min(b.min, p);
    b.max = glm::max(b.max, p);
  }
  return b;
}

void frameModel(scene::OrbitCamera& camera, const ModelBounds& bounds) {
  camera.target = bounds.centre();
  const float halfFov = glm::radians(camera.fovYDegrees) * 0.5f;
  camera.distance = std::max(50.0f, bounds.radius() / std::sin(halfFov) * 1.02f);
}

scene::FrameView buildFrameView(const mesh::MeshData& mesh, const std::vector<glm::mat4>& jointWorld,
                                const scene::OrbitCamera& camera, float aspect, const LayerSettings& layers) {
  scene::FrameView view;
  view.view = camera.view();
  view.projection = camera.projection(aspect);
  view.cameraPosition = camera.position();
  view.lighting = scene::cameraRelativeLighting(view.view);

  const std::size_t joints = std::max<std::size_t>(1, mesh.skeleton.size());
  view.skinMatrices.assign(joints, glm::mat4(1.0f));
  if (jointWorld.size() == mesh.skeleton.size())
    for (std::size_t j = 0; j < mesh.skeleton.size(); ++j)
      view.skinMatrices[j] = jointWorld[j] * glm::inverse(mesh.skeleton[j].bindWorld);

  std::vector<scene::DrawItem> translucent;
  for (std::uint32_t i = 0; i < mesh.parts.size(); ++i) {
    const auto& part = mesh.parts[i];
    const int kind = static_cast<int>(part.kind);
    if (!layers.visible[kind] || layers.opacity[kind] <= 0.0f) continue;
    scene::DrawItem item;
    item.firstIndex = part.firstIndex;
    item.indexCount = part.indexCount;
    item.color = glm::vec4(partColor(part.kind), layers.opacity[kind]);
    item.material = partMaterial(part.kind);
    item.partId = i + 1;  // 0 means "nothing" for picking
    (item.color.a < 0.999f || item.material == scene::Material::Skin ? translucent : view.items).push_back(item);
  }
  // Translucent layers last; the body surface (outermost) after everything inside it.
  std::stable_sort(translucent.begin(), translucent.end(), [](const auto& a, const auto& b) {
    return (a.material == scene::Material::Skin) < (b.material == scene::Material::Skin);
  });
  view.items.insert(view.items.end(), translucent.begin(), translucent.end());
  return view;
}

}  // namespace spineview::app
