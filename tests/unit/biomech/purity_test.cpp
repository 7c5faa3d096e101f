// The biomechanics layer stays pure: no Vulkan, GLFW or ImGui anywhere in engine/biomech.
#include <filesystem>

#include <gtest/gtest.h>

#include "core/file_io.h"

namespace spineview::biomech {
namespace {

TEST(BiomechPurity, NoWindowOrGpuIncludes) {
  const auto dir = std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR).parent_path() / "engine" / "biomech";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const auto ext = entry.path().extension();
    if (ext != ".h" && ext != ".cpp") continue;
    auto text = core::readTextFile(entry.path());
    ASSERT_TRUE(text) << text.message();
    ++files;
    for (const char* banned : {"<vulkan", "<GLFW", "imgui", "volk.h"}) {
      EXPECT_EQ(text->find(banned), std::string::npos) << entry.path() << " includes " << banned;
    }
  }
  EXPECT_GT(files, 10);
}

}  // namespace
}  // namespace spineview::biomech
