#include "scene_builder.h"

#include <algorithm>
#include <cmath>

#include "scene/scene_look.h"

namespace spineview::app {

LayerSettings::LayerSettings() {
  visible.fill(true);
  opacity.fill(1.0f);
  opacity[static_cast<int>(mesh::PartKind::BodySurface)] = 0.22f;
}

glm::vec3 partColor(mesh::PartKind kind) { return look::tissueColour(kind); }

scene::Material partMaterial(mesh::PartKind kind) { return look::tissueMaterial(kind); }

scene::Primitive drawPrimitive(mesh::Topology topology) {
  switch (topology) {
    case mesh::Topology::Lines: return scene::Primitive::Lines;
    case mesh::Topology::Points: return scene::Primitive::Points;
    default: return scene::Primitive::Triangles;
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

bool frameNeckAbovePanels(scene::OrbitCamera& camera, const mesh::MeshData& mesh, float visibleTopFraction) {
  ModelBounds neck;
  bool any = false;
  for (const auto& part : mesh.parts) {
    if (part.kind != mesh::PartKind::Bone || !part.level || *part.level > anatomy::Vertebra::C7) continue;
    for (std::uint32_t i = part.firstIndex; i < part.firstIndex + part.indexCount && i < mesh.indices.size(); ++i) {
      const glm::vec3& p = mesh.positions[mesh.indices[i]];
      neck.min = any ? glm::min(neck.min, p) : p;
      neck.max = any ? glm::max(neck.max, p) : p;
      any = true;
    }
  }
  if (!any) return false;
  const float tanHalf = std::tan(glm::radians(camera.fovYDegrees) * 0.5f);
  const float height = std::max(neck.max.y - neck.min.y, 1.0f);
  // The neck fills most of the free band; the target moves down so the neck sits in that band.
  camera.distance = std::max(50.0f, height / (0.8f * visibleTopFraction * 2.0f * tanHalf));
  const float visibleHeight = 2.0f * camera.distance * tanHalf;
  camera.target = neck.centre() - glm::vec3(0.0f, (0.5f - 0.5f * visibleTopFraction) * visibleHeight, 0.0f);
  return true;
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
    item.primitive = drawPrimitive(part.topology);
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
