#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "frontend/headless_session.h"
#include "gpu/memory_stats.h"
#include "gpu_test_support.h"

namespace spineview {
namespace {

// The commands one "round" walks through; each frame runs the next one, so every motion,
// mode, layer set and view is drawn within the first round.
std::vector<std::string> roundOfCommands(const app::Session& session) {
  std::vector<std::string> round;
  const char* views[] = {"anterior", "posterior", "left", "right", "superior"};
  int v = 0;
  for (const auto& motion : session.motions()) {
    round.push_back("motion " + motion.id);
    round.push_back("play");
    round.push_back(std::string("view ") + views[v++ % 5] + " instant");
  }
  for (const char* c : {"xray on", "layers bones,arteries", "clip sagittal", "isolate C5", "labels off", "mode compare",
                        "seek 0.4", "xray off", "layers all", "clip off", "isolate none", "labels on", "mode guided",
                        "help on", "help off", "panel sources on", "panel sources off", "select 3", "focus instant",
                        "select none", "mode explore", "speed 0.25", "speed 2", "speed 1"})
    round.emplace_back(c);
  return round;
}

TEST(SessionEndurance, EveryMotionModeLayerAndViewKeepsMemoryFlatAndValidationQuiet) {
  auto model = app::loadBuiltInViewModel(mesh::Detail::Low);
  ASSERT_TRUE(model.ok()) << model.message();
  auto created = app::Session::create(std::move(model).value(), SPINEVIEW_TEST_ASSET_DIR);
  ASSERT_TRUE(created.ok()) << created.message();
  app::Session& session = **created;
  auto context = test::makeValidatedContext();
  ASSERT_TRUE(context);
  const auto round = roundOfCommands(session);
  // Warm-up is two rounds: after the first every command has run once, after the second
  // lavapipe has also compiled the pipeline variants the second visit of each state needs.
  const int warmUp = 2 * static_cast<int>(round.size());
  const int frames = std::max(test::enduranceFrames(160), warmUp + 40);
  long rssAfterWarmUp = 0;
  std::int64_t allocationsAfterWarmUp = 0;
  {
    app::HeadlessSession headless(*context, session, {200, 150}, true);
    for (int frame = 0; frame < frames; ++frame) {
      const std::string& line = round[frame % round.size()];
      ASSERT_TRUE(session.execute(line).ok()) << line;
      const auto image = headless.renderFrame(1.0 / 30.0);
      ASSERT_EQ(image.width, 200u);
      if (frame + 1 == warmUp) {
        rssAfterWarmUp = test::residentKiB();
        allocationsAfterWarmUp = gpu::liveDeviceMemoryAllocations();
      }
    }
    EXPECT_EQ(gpu::liveDeviceMemoryAllocations(), allocationsAfterWarmUp) << "GPU allocations grew after warm-up";
    const long growthKiB = test::residentKiB() - rssAfterWarmUp;
    std::printf("%d frames; resident memory after warm-up %ld KiB, growth %ld KiB\n", frames, rssAfterWarmUp, growthKiB);
    // Allocator noise and lazily JIT-compiled lavapipe shaders: a few MiB; a leak per frame is far more.
    EXPECT_LT(growthKiB, 24 * 1024);
  }
  test::expectNoValidationMessages();
}

}  // namespace
}  // namespace spineview
