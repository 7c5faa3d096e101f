// Post anti-aliasing (FXAA on one sample, render/post_anti_aliasing.h), lavapipe's default:
// its own golden picture, edges measurably smoother than without anti-aliasing and closer to
// 4x MSAA, nothing changed away from the model, the same picture whether the pass covers the
// model's bounds (CPU skinning) or the whole view (GPU skinning), and a quiet validation layer.
#include <gtest/gtest.h>

#include "core/edge_error.h"
#include "gpu_test_support.h"
#include "scene_fixture.h"

namespace spineview {
namespace {

constexpr VkExtent2D kSize{320, 240};

core::RgbaImage renderSpine(render::AntiAliasing antiAliasing, render::SkinningMode skinning = render::SkinningMode::Auto) {
  auto gpu = test::makeValidatedContext(antiAliasing);
  if (!gpu) return {};
  EXPECT_EQ(gpu->antiAliasing, antiAliasing);
  const auto& model = test::lowDetailSpine();
  core::RgbaImage image;
  {
    render::SceneRenderer renderer(gpu->device, *gpu->passes, skinning);
    renderer.setMesh(model);
    // A bent, turned column from the left: long slanted silhouettes and thin ribs.
    const auto view = test::makeView(model, scene::StandardView::LeftLateral, float(kSize.width) / float(kSize.height),
                                     test::bendPose(model, 25.0f, 30.0f));
    image = test::renderViews(*gpu, renderer, kSize, std::span(&view, 1));
  }
  gpu.reset();
  test::expectNoValidationMessages();
  return image;
}

TEST(PostAntiAliasing, SpineMatchesItsGoldenAndSmoothsEdgesTowardsMsaa) {
  const auto post = renderSpine(render::AntiAliasing::Post);
  const auto msaa = renderSpine(render::AntiAliasing::Msaa);
  const auto off = renderSpine(render::AntiAliasing::Off);
  ASSERT_EQ(post.width, kSize.width);
  test::expectMatchesGolden(post, "post_aa_spine_lateral_320x240");
  // Against 4x MSAA on the pixels the single-sample picture gets wrong: post anti-aliasing
  // removes a good part of that error (measured ≈ half at 1280x720 against a 16-sample
  // reference, docs/performance.md).
  const auto postError = core::edgeError(post, msaa, off), offError = core::edgeError(off, msaa, off);
  ASSERT_TRUE(postError.ok() && offError.ok());
  EXPECT_GT(offError->edgePixels, 500u);
  EXPECT_LT(postError->mean, 0.75 * offError->mean) << "post " << postError->mean << ", none " << offError->mean;
  // Away from the model (the top rows are background) the post pass changes nothing.
  for (std::size_t p = 0; p < std::size_t(kSize.width) * 4 * 4; ++p) ASSERT_EQ(post.pixels[p], off.pixels[p]) << p;
}

TEST(PostAntiAliasing, ModelBoundsAreaMatchesTheWholeView) {
  // CPU skinning limits the pass to the model's projected bounds; GPU skinning (no bounds)
  // runs it over the whole view. The pictures must agree as CPU and GPU skinning do elsewhere.
  const auto bounded = renderSpine(render::AntiAliasing::Post, render::SkinningMode::Cpu);
  const auto whole = renderSpine(render::AntiAliasing::Post, render::SkinningMode::Gpu);
  ASSERT_EQ(bounded.pixels.size(), whole.pixels.size());
  std::size_t differing = 0;
  for (std::size_t p = 0; p < bounded.pixels.size(); p += 4)
    for (int c = 0; c < 3; ++c)
      if (std::abs(int(bounded.pixels[p + c]) - int(whole.pixels[p + c])) > 16) {
        ++differing;
        break;
      }
  EXPECT_LE(differing, bounded.pixels.size() / 4 / 200) << differing << " pixels differ by more than 16/255";
}

}  // namespace
}  // namespace spineview
