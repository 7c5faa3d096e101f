// Where an executable finds its data: the source tree's assets/ from inside the build tree,
// <prefix>/share/spineview next to <prefix>/bin anywhere else, never the current folder.
#include <gtest/gtest.h>

#include "core/paths.h"

namespace spineview::core {
namespace {

TEST(Paths, BuildTreeBinaryUsesTheSourceAssets) {
  EXPECT_EQ(assetDirFor("/src/build/release/app/spineview", "/src/build/release", "/src/assets", "../share/spineview"),
            std::filesystem::path("/src/assets"));
}

TEST(Paths, InstalledBinaryUsesItsOwnPrefixWhereverItIsUnpacked) {
  EXPECT_EQ(assetDirFor("/usr/bin/spineview", "/src/build/release", "/src/assets", "../share/spineview"),
            std::filesystem::path("/usr/share/spineview"));
  EXPECT_EQ(assetDirFor("/tmp/root/usr/bin/spineview", "/src/build/release", "/src/assets", "../share/spineview"),
            std::filesystem::path("/tmp/root/usr/share/spineview"));
  // A sibling folder whose name merely starts like the build tree is not inside it.
  EXPECT_EQ(assetDirFor("/src/build/release-copy/bin/spineview", "/src/build/release", "/src/assets", "../share/spineview"),
            std::filesystem::path("/src/build/release-copy/share/spineview"));
}

TEST(Paths, TheRunningTestFindsTheSourceAssetsFromItsLocationNotTheCurrentFolder) {
  const auto before = std::filesystem::current_path();
  std::filesystem::current_path(std::filesystem::temp_directory_path());
  const auto dir = assetDir();
  std::filesystem::current_path(before);
  if (std::getenv("SPINEVIEW_ASSETS")) GTEST_SKIP() << "SPINEVIEW_ASSETS overrides the lookup";
  EXPECT_TRUE(dir.is_absolute()) << dir;
  EXPECT_TRUE(std::filesystem::exists(dir / "anatomy" / "vertebrae.json")) << dir;
}

}  // namespace
}  // namespace spineview::core
