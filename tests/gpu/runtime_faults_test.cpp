// Runtime GPU failures (device lost, out of GPU memory) give one clear message and exit code 1,
// with every Vulkan object released cleanly (no validation message). The faults are injected
// through SPINEVIEW_INJECT_FAULT (engine/gpu/fault_injection.h) at the real VK_CHECK sites.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "cli.h"
#include "gpu/vk_check.h"
#include "gpu_test_support.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
#include "scene_fixture.h"

namespace spineview {
namespace {

class ScopedFault {
 public:
  explicit ScopedFault(const char* spec) { ::setenv("SPINEVIEW_INJECT_FAULT", spec, 1); }
  ~ScopedFault() { ::unsetenv("SPINEVIEW_INJECT_FAULT"); }
};

int runCli(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  return app::runCommandLine(static_cast<int>(argv.size()), argv.data());
}

TEST(RuntimeFaults, DeviceLostOnTheThirdFrameThrowsAClearError) {
  auto context = test::makeValidatedContext();
  ASSERT_TRUE(context);
  {
    render::SceneRenderer renderer(context->device, *context->passes);
    renderer.setMesh(test::lowDetailSpine());
    const auto view = test::makeView(test::lowDetailSpine(), scene::StandardView::Anterior, 4.0f / 3.0f);
    render::HeadlessTarget target(context->device, *context->passes, {64, 48});
    auto record = [&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
      render::recordFramePasses(cmd, slot, *context->passes, t, {std::span(&view, 1), &renderer, nullptr});
    };
    ScopedFault fault("device-lost@frame:2");
    target.render(record);
    target.render(record);
    try {
      target.render(record);
      ADD_FAILURE() << "the injected device loss did not surface";
    } catch (const gpu::VulkanError& e) {
      EXPECT_EQ(e.result(), VK_ERROR_DEVICE_LOST);
      EXPECT_NE(std::string(e.what()).find("the GPU driver reset or crashed"), std::string::npos) << e.what();
    }
  }
  context.reset();
  test::expectNoValidationMessages();
}

TEST(RuntimeFaults, CommandLineExitsWithOneOnDeviceLost) {
  ScopedFault fault("device-lost@frame:0");
  ::testing::internal::CaptureStderr();
  // bench reaches the GPU quickly in Debug builds (render first prepares a whole session).
  const int code = runCli({"spineview", "--validation", "bench", "--frames", "2", "--size", "64x48"});
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(code, 1) << err;
  EXPECT_NE(err.find("VK_ERROR_DEVICE_LOST"), std::string::npos) << err;
  EXPECT_NE(err.find("GPU driver reset"), std::string::npos) << err;
  test::expectNoValidationMessages();
}

TEST(RuntimeFaults, OutOfGpuMemoryDuringUploadThrowsAClearError) {
  auto context = test::makeValidatedContext();
  ASSERT_TRUE(context);
  {
    render::SceneRenderer renderer(context->device, *context->passes);
    ScopedFault fault("oom@upload");
    try {
      renderer.setMesh(test::lowDetailSpine());
      ADD_FAILURE() << "the injected out-of-memory did not surface";
    } catch (const gpu::VulkanError& e) {
      EXPECT_EQ(e.result(), VK_ERROR_OUT_OF_DEVICE_MEMORY);
      EXPECT_NE(std::string(e.what()).find("try a smaller --size"), std::string::npos) << e.what();
    }
  }
  context.reset();
  test::expectNoValidationMessages();
}

}  // namespace
}  // namespace spineview
