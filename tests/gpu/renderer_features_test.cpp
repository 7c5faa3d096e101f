// The renderer's features on the real built-in spine (Low detail), lavapipe + validation:
// split view, x-ray translucency, clip plane, selection highlight, picking probes, CPU and
// GPU skinning agreeing, GPU timestamps. Goldens are 320x240 and were looked at by a person.
#include <gtest/gtest.h>

#include <cmath>

#include "gpu/offscreen_target.h"
#include "gpu_test_support.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
#include "scene_fixture.h"

namespace spineview {
namespace {

constexpr VkExtent2D kSize{320, 240};
constexpr float kAspect = 320.0f / 240.0f;

class RendererFeatures : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(test::lowDetailSpine().positions.empty());
    gpu_ = test::makeValidatedContext();
    ASSERT_TRUE(gpu_);
  }
  void TearDown() override {
    renderer_.reset();
    gpu_.reset();
    test::expectNoValidationMessages();
  }
  render::SceneRenderer& renderer(render::SkinningMode mode = render::SkinningMode::Auto) {
    if (!renderer_ || (mode != render::SkinningMode::Auto && renderer_->skinningMode() != mode)) {
      renderer_ = std::make_unique<render::SceneRenderer>(gpu_->device, *gpu_->passes, mode);
      renderer_->setMesh(test::lowDetailSpine());
    }
    return *renderer_;
  }
  const mesh::MeshData& model() const { return test::lowDetailSpine(); }

  std::unique_ptr<app::GpuContext> gpu_;
  std::unique_ptr<render::SceneRenderer> renderer_;
};

TEST_F(RendererFeatures, SplitViewDrawsBothViewsSideBySide) {
  const float halfAspect = 0.5f * kAspect;
  std::array<scene::FrameView, 2> views{
      test::makeView(model(), scene::StandardView::LeftLateral, halfAspect),
      test::makeView(model(), scene::StandardView::LeftLateral, halfAspect, test::bendPose(model(), 35.0f, 0.0f))};
  views[0].viewport = {0.0f, 0.0f, 0.5f, 1.0f};
  views[1].viewport = {0.5f, 0.0f, 0.5f, 1.0f};
  views[1].clearColor = {0.05f, 0.035f, 0.035f, 1.0f};  // the forceful side gets a warmer background
  const auto image = test::renderViews(*gpu_, renderer(), kSize, views);
  const std::size_t left = test::countNonBackground(image, 0, 0, 160, 240);
  const std::size_t right = test::countNonBackground(image, 160, 0, 320, 240);
  EXPECT_GT(left, 2000u);
  EXPECT_GT(right, 2000u);
  test::expectMatchesGolden(image, "split_view_320x240");
}

TEST_F(RendererFeatures, XrayShowsVesselsThroughTranslucentBone) {
  constexpr float kNeck = 2.6f;
  const auto opaque = test::renderViews(
      *gpu_, renderer(), kSize, std::array{test::makeView(model(), scene::StandardView::LeftLateral, kAspect, {}, {}, kNeck)});
  const auto xray = test::renderViews(
      *gpu_, renderer(), kSize,
      std::array{test::makeView(model(), scene::StandardView::LeftLateral, kAspect, {}, test::xrayLayers(0.25f), kNeck)});
  // Reds (arteries) show through the bones in x-ray: more strongly red pixels than when opaque.
  auto reddish = [](const core::RgbaImage& img) {
    std::size_t n = 0;
    for (std::size_t p = 0; p < img.pixels.size(); p += 4)
      if (img.pixels[p] > img.pixels[p + 1] + 40 && img.pixels[p] > img.pixels[p + 2] + 40) ++n;
    return n;
  };
  EXPECT_GT(reddish(xray), reddish(opaque) * 3 / 2);
  test::expectMatchesGolden(xray, "xray_sorted_320x240");
}

TEST_F(RendererFeatures, ClipPlaneCutsTheModelAway) {
  auto view = test::makeView(model(), scene::StandardView::LeftLateral, kAspect);
  const auto whole = test::renderViews(*gpu_, renderer(), kSize, std::array{view});
  // Discard everything anterior of the vertebral canal's plane: the posterior half remains.
  const glm::vec3 centre = app::computeBounds(model()).centre();
  view.clipEnabled = true;
  view.clipPlane = glm::vec4(0.0f, 0.0f, 1.0f, centre.z);
  const auto clipped = test::renderViews(*gpu_, renderer(), kSize, std::array{view});
  EXPECT_LT(test::countNonBackground(clipped, 0, 0, 320, 240), test::countNonBackground(whole, 0, 0, 320, 240) * 9 / 10);
  test::expectMatchesGolden(clipped, "clip_plane_320x240");
}

TEST_F(RendererFeatures, SelectionHighlightIsClearlyVisibleOnBone) {
  auto view = test::makeView(model(), scene::StandardView::LeftLateral, kAspect, {}, {}, 2.6f);
  const auto plain = test::renderViews(*gpu_, renderer(), kSize, std::array{view});
  const std::uint32_t c5 = test::partIdNamed(model(), "C5 vertebra");
  ASSERT_NE(c5, 0u);
  bool found = false;
  for (auto& item : view.items)
    if (item.partId == c5) {
      item.highlight = {0.25f, 0.75f, 1.0f, 1.0f};  // a cool blue, far from ivory
      found = true;
    }
  ASSERT_TRUE(found);
  const auto selected = test::renderViews(*gpu_, renderer(), kSize, std::array{view});
  std::size_t changed = 0;
  for (std::size_t p = 0; p < plain.pixels.size(); p += 4) {
    int d = 0;
    for (int c = 0; c < 3; ++c) d += std::abs(int(plain.pixels[p + c]) - int(selected.pixels[p + c]));
    if (d > 60) ++changed;
  }
  EXPECT_GT(changed, 150u) << "the selected bone barely changed";
  test::expectMatchesGolden(selected, "selection_highlight_320x240");
}

TEST_F(RendererFeatures, CpuAndGpuSkinningDrawTheSamePicture) {
  const auto view = test::makeView(model(), scene::StandardView::LeftLateral, kAspect, test::bendPose(model(), 30.0f, 25.0f));
  const auto viaGpu = test::renderViews(*gpu_, renderer(render::SkinningMode::Gpu), kSize, std::array{view});
  const auto viaCpu = test::renderViews(*gpu_, renderer(render::SkinningMode::Cpu), kSize, std::array{view});
  ASSERT_EQ(renderer_->skinningMode(), render::SkinningMode::Cpu);
  // Stated tolerance: at most 0.5 % of pixels differ by more than 16/255 in any channel
  // (float rounding differs between the two paths, which can flip single edge samples).
  std::size_t differing = 0;
  for (std::size_t p = 0; p < viaGpu.pixels.size(); p += 4)
    for (int c = 0; c < 3; ++c)
      if (std::abs(int(viaGpu.pixels[p + c]) - int(viaCpu.pixels[p + c])) > 16) {
        ++differing;
        break;
      }
  EXPECT_LE(differing, std::size_t(kSize.width * kSize.height) / 200);
  test::expectMatchesGolden(viaCpu, "skinning_posed_320x240", {16, 0.005});
  test::expectMatchesGolden(viaGpu, "skinning_posed_320x240", {16, 0.005});
}

TEST_F(RendererFeatures, ProbesReportTheVisiblePartAndItsDepth) {
  auto view = test::makeView(model(), scene::StandardView::Anterior, kAspect);  // body surface on by default
  view.probePixels = {{160.0f, 120.0f}, {2.0f, 2.0f}, {-5.0f, 10.0f}};
  render::SceneRenderer& r = renderer();
  render::HeadlessTarget target(gpu_->device, *gpu_->passes, kSize);
  std::uint32_t usedSlot = 0;
  target.render([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
    usedSlot = slot;
    render::recordFramePasses(cmd, slot, *gpu_->passes, t, {std::span(&view, 1), &r, nullptr});
  });
  const auto results = r.probeResults(usedSlot);
  ASSERT_EQ(results.size(), 3u);
  // The centre of the anterior view is on the column; the translucent skin in front of it
  // must not be what is picked.
  ASSERT_TRUE(results[0].inside);
  ASSERT_NE(results[0].partId, 0u);
  const auto& part = model().parts.at(results[0].partId - 1);
  EXPECT_NE(part.kind, mesh::PartKind::BodySurface) << part.name;
  EXPECT_GT(results[0].depth, 0.0f);
  EXPECT_LT(results[0].depth, 1.0f);
  EXPECT_TRUE(results[1].inside);
  EXPECT_EQ(results[1].partId, 0u);  // corner: background
  EXPECT_FALSE(results[2].inside);
  // The same pixel in x-ray mode still picks a structure (translucent bone stays pickable).
  auto xray = test::makeView(model(), scene::StandardView::Anterior, kAspect, {}, test::xrayLayers(0.25f));
  xray.probePixels = {{160.0f, 120.0f}};
  target.render([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
    usedSlot = slot;
    render::recordFramePasses(cmd, slot, *gpu_->passes, t, {std::span(&xray, 1), &r, nullptr});
  });
  const auto xrayResults = r.probeResults(usedSlot);
  ASSERT_EQ(xrayResults.size(), 1u);
  EXPECT_NE(xrayResults[0].partId, 0u);
  // The scene pass was timed.
  const auto gpuMs = r.gpuSceneTimeMs(usedSlot);
  ASSERT_TRUE(gpuMs.has_value());
  EXPECT_GT(*gpuMs, 0.0);
  EXPECT_LT(*gpuMs, 10000.0);
}

}  // namespace
}  // namespace spineview
