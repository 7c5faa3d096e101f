// Headless rendering on lavapipe under the validation layer: the frame is lit, depth-tested
// and matches its reference picture; the interface is drawn into the same image.
#include <gtest/gtest.h>

#include <imgui.h>

#include "gpu_test_support.h"
#include "test_column_model.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
#include "render/imgui_layer.h"
#include "scene_builder.h"
#include "ui/overlay_panel.h"

namespace spineview {
namespace {

struct Rendered {
  core::RgbaImage image;
};

core::RgbaImage renderTestColumn(app::GpuContext& gpu, VkExtent2D extent, scene::StandardView viewDir, bool withUi) {
  const mesh::MeshData model = test::makeTestColumn();
  render::SceneRenderer sceneRenderer(gpu.device, *gpu.passes);
  sceneRenderer.setMesh(model);
  render::ImGuiLayer ui(gpu.device, *gpu.passes, 1.0f);
  render::HeadlessTarget target(gpu.device, *gpu.passes, extent);
  scene::OrbitCamera camera;
  camera.setView(viewDir);
  app::frameModel(camera, app::computeBounds(model));
  const auto view = app::buildFrameView(model, {}, camera, float(extent.width) / float(extent.height), app::LayerSettings{});
  for (int pass = 0; pass < 2; ++pass) {
    ui.newHeadlessFrame(extent, 1.0f / 60.0f);
    if (withUi) app::ui::drawOverlayPanel({"test device", "test column", 16.0, 1234, 20});
    if (pass == 0) ImGui::EndFrame();
  }
  return target.renderAndRead([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
    render::recordFramePasses(cmd, slot, *gpu.passes, t, {std::span(&view, 1), &sceneRenderer, &ui});
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

TEST(HeadlessRender, TestColumnLateralMatchesGolden) {
  auto gpu = test::makeValidatedContext();
  ASSERT_TRUE(gpu);
  const auto image = renderTestColumn(*gpu, {320, 240}, scene::StandardView::LeftLateral, false);
  // Non-blank and lit: the model covers part of the frame and shows a range of shades.
  const std::size_t covered = countNonBackground(image, 0, 0, 320, 240);
  EXPECT_GT(covered, 2000u);
  EXPECT_LT(covered, 320u * 240u / 2);
  test::expectMatchesGolden(image, "test_column_lateral_320x240");
  gpu.reset();
  test::expectNoValidationMessages();
}

TEST(HeadlessRender, InterfaceIsDrawnIntoTheSameImage) {
  auto gpu = test::makeValidatedContext();
  ASSERT_TRUE(gpu);
  const auto withUi = renderTestColumn(*gpu, {480, 320}, scene::StandardView::Anterior, true);
  const auto without = renderTestColumn(*gpu, {480, 320}, scene::StandardView::Anterior, false);
  // The overlay sits in the top-left corner.
  EXPECT_GT(countNonBackground(withUi, 0, 0, 200, 100), 5000u);
  EXPECT_LT(countNonBackground(without, 0, 0, 200, 100), 200u);
  gpu.reset();
  test::expectNoValidationMessages();
}

TEST(HeadlessRender, ResizedTargetsRenderAtTheirOwnSize) {
  auto gpu = test::makeValidatedContext();
  ASSERT_TRUE(gpu);
  for (VkExtent2D size : {VkExtent2D{64, 48}, VkExtent2D{333, 111}, VkExtent2D{96, 200}}) {
    const auto image = renderTestColumn(*gpu, size, scene::StandardView::Posterior, false);
    EXPECT_EQ(image.width, size.width);
    EXPECT_EQ(image.height, size.height);
    EXPECT_GT(countNonBackground(image, 0, 0, int(size.width), int(size.height)), 20u);
  }
  gpu.reset();
  test::expectNoValidationMessages();
}

}  // namespace
}  // namespace spineview
