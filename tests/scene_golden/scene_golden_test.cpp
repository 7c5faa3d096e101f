// What the scene shows, rendered headless (no interface) at 320x240 with the built-in spine
// (Low detail), lateral view at the peak of the forceful self-twist: heat maps, x-ray, a
// sagittal cut, C5 isolated, and only arteries + bones. Besides the golden comparison each
// test checks a property of the picture that the feature must produce.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "frontend/headless_session.h"
#include "gpu_test_support.h"
#include "scene_builder.h"
#include "session/session.h"

namespace spineview {
namespace {

constexpr VkExtent2D kSize{320, 240};

class SceneGolden : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gpu_ = test::makeValidatedContext().release();
    model_ = new auto(app::loadBuiltInViewModel(mesh::Detail::Low));
  }
  static void TearDownTestSuite() {
    delete model_;
    delete gpu_;
  }

  // The peak of the forceful self-twist (head at the end of its turn), seen from the left.
  core::RgbaImage render(const std::vector<std::string>& commands) {
    EXPECT_TRUE(gpu_ && *model_) << (*model_ ? "" : model_->message());
    if (!gpu_ || !*model_) return {};
    auto session = app::Session::create(**model_, SPINEVIEW_TEST_ASSET_DIR);
    EXPECT_TRUE(session) << session.message();
    if (!session) return {};
    auto& s = **session;
    for (const char* line : {"view left", "motion forceful_self_twist", "seek 0.3"}) EXPECT_TRUE(s.execute(line)) << line;
    const scene::OrbitCamera left = s.state().view.camera;
    for (const auto& line : commands) {
      auto done = s.execute(line);
      EXPECT_TRUE(done) << line << ": " << done.message();
    }
    // Close on the neck (C4), where the twist happens, so the features fill the small picture;
    // the same camera for every picture (isolating a level would frame it otherwise).
    auto& camera = s.state().view.camera;
    camera = left;
    camera.target = glm::vec3(s.model().mesh.skeleton[4].bindWorld[3]) + glm::vec3(0.0f, -20.0f, 0.0f);
    camera.distance /= 3.2f;
    app::HeadlessSession headless(*gpu_, s, kSize, false);
    auto image = headless.renderFrame(0.0);
    test::expectNoValidationMessages();
    return image;
  }

  // Pixels in the picture whose colour passes `test`.
  template <typename Test>
  static int count(const core::RgbaImage& img, Test test) {
    int n = 0;
    for (std::size_t i = 0; i + 3 < img.pixels.size(); i += 4) n += test(img.pixels[i], img.pixels[i + 1], img.pixels[i + 2]);
    return n;
  }
  // The clear colour (FrameView::clearColor, sRGB ≈ 54, 56, 63).
  static bool background(int r, int g, int b) { return std::abs(r - 54) < 8 && std::abs(g - 57) < 8 && std::abs(b - 63) < 8; }

  static app::GpuContext* gpu_;
  static core::Result<app::ViewModel>* model_;
};
app::GpuContext* SceneGolden::gpu_ = nullptr;
core::Result<app::ViewModel>* SceneGolden::model_ = nullptr;

TEST_F(SceneGolden, HeatMapsAtThePeakOfTheForcefulTwist) {
  const auto image = render({"layer skin off", "layer ribs off"});
  // Stretched arteries turn orange; facet heat map shows both ends (orange-brown and purple).
  EXPECT_GT(count(image, [](int r, int g, int b) { return r > 180 && g > 70 && g < 170 && b < 80; }), 5);
  test::expectMatchesGolden(image, "scene_heatmaps_lateral_320x240");
}

TEST_F(SceneGolden, XrayShowsVesselsThroughBone) {
  const auto plain = render({});
  const auto xray = render({"xray on"});
  auto red = [](int r, int g, int b) { return r > 120 && r > 2 * g && r > 2 * b; };
  EXPECT_GT(count(xray, red), count(plain, red) + 20);  // more artery visible through the bone
  test::expectMatchesGolden(xray, "scene_xray_lateral_320x240");
}

TEST_F(SceneGolden, SagittalClipOpensTheCanal) {
  const auto whole = render({"layer skin off"});
  const auto cut = render({"layer skin off", "clip sagittal"});
  EXPECT_NE(count(whole, background), count(cut, background));
  // The cord (yellow) shows in the cut.
  EXPECT_GT(count(cut, [](int r, int g, int b) { return r > 150 && g > 110 && b < 70; }),
            count(whole, [](int r, int g, int b) { return r > 150 && g > 110 && b < 70; }));
  test::expectMatchesGolden(cut, "scene_clip_sagittal_320x240");
}

TEST_F(SceneGolden, IsolateC5DimsTheOtherLevels) {
  const auto whole = render({"layer skin off"});
  const auto isolated = render({"layer skin off", "isolate C5"});
  auto bright = [](int r, int g, int b) { return r + g + b > 450; };
  EXPECT_LT(count(isolated, bright), count(whole, bright) / 2);
  EXPECT_GT(count(isolated, bright), 20);  // C5 itself stays bright
  test::expectMatchesGolden(isolated, "scene_isolate_c5_320x240");
}

TEST_F(SceneGolden, ArteriesAndBonesOnly) {
  const auto image = render({"layers arteries,bones"});
  // No skin tint, no yellow nerves.
  EXPECT_EQ(count(image, [](int r, int g, int b) { return r > 170 && g > 130 && b < 40; }), 0);
  test::expectMatchesGolden(image, "scene_layers_arteries_bones_320x240");
}

}  // namespace
}  // namespace spineview
