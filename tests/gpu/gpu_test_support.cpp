#include "gpu_test_support.h"

#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "gpu/validation.h"

namespace spineview::test {

std::unique_ptr<app::GpuContext> makeValidatedContext(render::AntiAliasing antiAliasing) {
  app::GpuOptions options;
  options.validation = true;
  options.synchronizationValidation = true;
  // Explicit, not Auto (which is post anti-aliasing on lavapipe): the multisampled goldens
  // predate post anti-aliasing, which has goldens of its own (tests/gpu/post_anti_aliasing_test.cpp).
  options.antiAliasing = antiAliasing;
  auto ctx = app::GpuContext::create(options, nullptr);
  if (!ctx) {
    ADD_FAILURE() << "cannot create a Vulkan context: " << ctx.message();
    return nullptr;
  }
  return std::move(ctx.value());
}

void expectNoValidationMessages() {
  const int errors = gpu::validationStats().errors.load();
  const int warnings = gpu::validationStats().warnings.load();
  std::string detail;
  for (const auto& m : gpu::recentValidationMessages()) detail += "\n  " + m;
  EXPECT_EQ(errors, 0) << "validation errors:" << detail;
  EXPECT_EQ(warnings, 0) << "validation warnings:" << detail;
}

void expectMatchesGolden(const core::RgbaImage& image, const std::string& name, GoldenTolerance tolerance) {
  namespace fs = std::filesystem;
  const fs::path reference = fs::path(SPINEVIEW_GOLDEN_DIR) / (name + ".png");
  const fs::path outDir = SPINEVIEW_TEST_OUTPUT_DIR;
  fs::create_directories(outDir);
  if (const char* update = std::getenv("SPINEVIEW_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    ASSERT_TRUE(core::writePng(reference, image).ok());
    GTEST_SKIP() << "golden image rewritten: " << reference;
  }
  auto expected = core::readPng(reference);
  ASSERT_TRUE(expected.ok()) << expected.message() << " (run with SPINEVIEW_UPDATE_GOLDEN=1 to create it)";
  ASSERT_EQ(expected->width, image.width);
  ASSERT_EQ(expected->height, image.height);
  core::RgbaImage diff = image;
  std::size_t failing = 0;
  int worst = 0;
  for (std::size_t p = 0; p < image.pixels.size(); p += 4) {
    int delta = 0;
    for (int c = 0; c < 3; ++c) delta = std::max(delta, std::abs(int(image.pixels[p + c]) - int(expected->pixels[p + c])));
    worst = std::max(worst, delta);
    if (delta > tolerance.maxChannelDelta) ++failing;
    const auto v = static_cast<std::uint8_t>(std::min(255, delta * 8));
    diff.pixels[p] = v;
    diff.pixels[p + 1] = delta > tolerance.maxChannelDelta ? 0 : v;
    diff.pixels[p + 2] = delta > tolerance.maxChannelDelta ? 0 : v;
    diff.pixels[p + 3] = 255;
  }
  const double fraction = static_cast<double>(failing) / (image.width * image.height);
  if (fraction > tolerance.maxFailingFraction) {
    (void)core::writePng(outDir / (name + ".actual.png"), image);
    (void)core::writePng(outDir / (name + ".diff.png"), diff);
    ADD_FAILURE() << name << ": " << failing << " pixels (" << fraction * 100.0 << " %) differ by more than "
                  << tolerance.maxChannelDelta << "/255 (worst " << worst << "); allowed "
                  << tolerance.maxFailingFraction * 100.0 << " %. Actual and diff images are in " << outDir;
  }
}

long residentKiB() {
  long pages = 0, resident = 0;
  if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

int enduranceFrames(int suiteDefault) {
  if (const char* env = std::getenv("SPINEVIEW_ENDURANCE_FRAMES"); env && std::atoi(env) > 0) return std::atoi(env);
  return suiteDefault;
}

}  // namespace spineview::test
