// Endurance: many frames cycling poses, layer combinations, x-ray, split view, view
// directions and probes, under validation with synchronization validation. After warm-up
// neither the process's resident memory nor the number of VkDeviceMemory allocations may
// grow. Suite default: 100 frames at 160x120 (~20 s in Debug). Full run on demand:
//   SPINEVIEW_ENDURANCE_FRAMES=10000 build/<dir>/tests/gpu/gpu_tests --gtest_filter='Endurance.*'
#include <gtest/gtest.h>

#include <algorithm>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "gpu/memory_stats.h"
#include "gpu/validation.h"
#include "gpu_test_support.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
#include "scene_fixture.h"

namespace spineview {
namespace {

TEST(Endurance, CyclingEveryModeKeepsMemoryFlatAndValidationQuiet) {
  const mesh::MeshData& model = test::lowDetailSpine();
  ASSERT_FALSE(model.positions.empty());
  auto context = test::makeValidatedContext();
  ASSERT_TRUE(context);
  const int frames = test::enduranceFrames(100);
  const int warmUp = std::min(60, frames / 3);  // every mode has been seen once by then
  // Resident memory swings by several MiB from frame to frame (glibc returns and takes back
  // heap as the id pass draws more or fewer items), so peaks are compared: the highest during
  // the warm-up against the highest after it. A leak raises the later peak; the swings do not.
  long peakDuringWarmUp = 0, peakAfterWarmUp = 0;
  std::int64_t allocationsAfterWarmUp = 0;
  {
    render::SceneRenderer renderer(context->device, *context->passes);
    renderer.setMesh(model);
    render::HeadlessTarget target(context->device, *context->passes, {160, 120});
    constexpr std::array kDirections{scene::StandardView::Anterior, scene::StandardView::Posterior,
                                     scene::StandardView::LeftLateral, scene::StandardView::RightLateral,
                                     scene::StandardView::Superior};
    for (int frame = 0; frame < frames; ++frame) {
      const float t = static_cast<float>(frame) / 30.0f;
      const auto pose = test::bendPose(model, 30.0f * std::sin(t), 40.0f * std::sin(0.7f * t));
      app::LayerSettings layers = (frame / 7) % 2 ? test::xrayLayers(0.25f) : app::LayerSettings{};
      for (int kind = 0; kind < mesh::kPartKindCount; ++kind)
        if (((frame / 11) >> (kind % 4)) & 1 && kind != static_cast<int>(mesh::PartKind::Bone))
          layers.visible[kind] = false;
      const bool split = (frame / 13) % 2 == 1;
      const auto dir = kDirections[(frame / 5) % kDirections.size()];
      std::vector<scene::FrameView> views;
      views.push_back(test::makeView(model, dir, split ? 160.0f / 240.0f : 160.0f / 120.0f, pose, layers));
      if (split) {
        views.push_back(test::makeView(model, dir, 160.0f / 240.0f, test::bendPose(model, -20.0f, 0.0f), layers));
        views[0].viewport = {0.0f, 0.0f, 0.5f, 1.0f};
        views[1].viewport = {0.5f, 0.0f, 0.5f, 1.0f};
      }
      views[0].probePixels = {{80.0f, 60.0f}, {float(frame % 160), float(frame % 120)}};
      views[0].clipEnabled = (frame / 17) % 3 == 0;
      views[0].clipPlane = {1.0f, 0.0f, 0.0f, 0.0f};
      std::uint32_t usedSlot = 0;
      target.render([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
        usedSlot = slot;
        render::recordFramePasses(cmd, slot, *context->passes, t, {views, &renderer, nullptr});
      });
      ASSERT_EQ(renderer.probeResults(usedSlot).size(), 2u);
      (frame <= warmUp ? peakDuringWarmUp : peakAfterWarmUp) =
          std::max(frame <= warmUp ? peakDuringWarmUp : peakAfterWarmUp, test::residentKiB());
      if (frame == warmUp) {
        allocationsAfterWarmUp = gpu::liveDeviceMemoryAllocations();
      }
      if (gpu::validationStats().errors.load() + gpu::validationStats().warnings.load() > 0) break;
    }
    const long growthKiB = std::max(peakAfterWarmUp, test::residentKiB()) - peakDuringWarmUp;
    std::printf("endurance: %d frames, RSS growth after warm-up %ld KiB, device allocations %lld\n", frames, growthKiB,
                static_cast<long long>(gpu::liveDeviceMemoryAllocations()));
    EXPECT_EQ(gpu::liveDeviceMemoryAllocations(), allocationsAfterWarmUp);
    // Allocator noise (glibc arenas, the layer's own bookkeeping) stays well under 4 MiB.
    EXPECT_LT(growthKiB, 4096);
  }
  context.reset();
  test::expectNoValidationMessages();
}

}  // namespace
}  // namespace spineview
