#include "scene_fixture.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include <glm/gtc/matrix_transform.hpp>

#include "anatomy/levels.h"
#include "mesh/spine_model.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"

namespace spineview::test {

const mesh::MeshData& lowDetailSpine() {
  static const mesh::MeshData model = [] {
    auto generated = mesh::generateSpineModel(SPINEVIEW_TEST_ASSET_DIR, mesh::Detail::Low);
    if (!generated) {
      ADD_FAILURE() << "cannot generate the built-in spine: " << generated.message();
      return mesh::MeshData{};
    }
    return std::move(generated.value());
  }();
  return model;
}

std::vector<glm::mat4> bendPose(const mesh::MeshData& model, float flexionDeg, float rotationDeg) {
  std::vector<glm::mat4> world(model.skeleton.size());
  // Joints 0..19 are C0..T12 (mesh_data.h); the bend grows from T12 (none) to C0 (all) about
  // T12's origin, so the column curves instead of kinking. Ribs and scapulae stay put.
  const std::size_t vertebrae = std::min<std::size_t>(world.size(), anatomy::kVertebraCount);
  const glm::vec3 pivot = vertebrae ? glm::vec3(model.skeleton[vertebrae - 1].bindWorld[3]) : glm::vec3(0.0f);
  for (std::size_t j = 0; j < world.size(); ++j) {
    const float share = j < vertebrae ? 1.0f - static_cast<float>(j) / static_cast<float>(vertebrae) : 0.0f;
    glm::mat4 turn = glm::translate(glm::mat4(1.0f), pivot);
    turn = glm::rotate(turn, glm::radians(flexionDeg * share), glm::vec3(1, 0, 0));
    turn = glm::rotate(turn, glm::radians(rotationDeg * share), glm::vec3(0, 1, 0));
    turn = glm::translate(turn, -pivot);
    world[j] = turn * model.skeleton[j].bindWorld;
  }
  return world;
}

scene::FrameView makeView(const mesh::MeshData& model, scene::StandardView dir, float aspect,
                          const std::vector<glm::mat4>& jointWorld, const app::LayerSettings& layers, float neckZoom) {
  scene::OrbitCamera camera;
  camera.setView(dir);
  app::frameModel(camera, app::computeBounds(model));
  if (neckZoom > 1.0f && model.skeleton.size() > 4) {
    camera.target = glm::vec3(model.skeleton[4].bindWorld[3]);
    camera.distance /= neckZoom;
  }
  scene::FrameView view = app::buildFrameView(model, jointWorld, camera, aspect, layers);
  for (auto& item : view.items) {
    if (item.sortCentre != glm::vec3(0.0f)) continue;
    glm::vec3 sum(0.0f);
    for (std::uint32_t i = 0; i < item.indexCount; i += 3) sum += model.positions[model.indices[item.firstIndex + i]];
    item.sortCentre = sum / std::max(1.0f, float(item.indexCount / 3));
  }
  return view;
}

app::LayerSettings xrayLayers(float boneAlpha) {
  app::LayerSettings layers;
  for (auto kind : {mesh::PartKind::Bone, mesh::PartKind::RibCage, mesh::PartKind::Scapula, mesh::PartKind::Disc,
                    mesh::PartKind::Facet})
    layers.opacity[static_cast<int>(kind)] = boneAlpha;
  return layers;
}

std::uint32_t partIdNamed(const mesh::MeshData& model, const std::string& name) {
  for (std::size_t i = 0; i < model.parts.size(); ++i)
    if (model.parts[i].name == name) return static_cast<std::uint32_t>(i + 1);
  return 0;
}

int firstPartOfKind(const mesh::MeshData& model, mesh::PartKind kind) {
  for (std::size_t i = 0; i < model.parts.size(); ++i)
    if (model.parts[i].kind == kind) return static_cast<int>(i);
  return -1;
}

core::RgbaImage renderViews(app::GpuContext& gpu, render::SceneRenderer& renderer, VkExtent2D extent,
                            std::span<const scene::FrameView> views) {
  render::HeadlessTarget target(gpu.device, *gpu.passes, extent);
  return target.renderAndRead([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
    render::recordFramePasses(cmd, slot, *gpu.passes, t, {views, &renderer, nullptr});
  });
}

std::size_t countNonBackground(const core::RgbaImage& img, int x0, int y0, int x1, int y1) {
  const std::uint8_t* bg = img.pixels.data() + (std::size_t(img.height - 1) * img.width + img.width - 1) * 4;
  std::size_t n = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) {
      const std::uint8_t* p = img.pixels.data() + (std::size_t(y) * img.width + x) * 4;
      if (std::abs(p[0] - bg[0]) + std::abs(p[1] - bg[1]) + std::abs(p[2] - bg[2]) > 30) ++n;
    }
  return n;
}

}  // namespace spineview::test
