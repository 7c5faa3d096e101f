// Where screenshots go (the user's Pictures folder as xdg-user-dirs names it) and the progress
// line `record` shows on a terminal.
#include <gtest/gtest.h>

#include <cstdlib>

#include "frontend/capture.h"
#include "presenter_fixture.h"

namespace spineview::app::capture {
namespace {

TEST(Capture, PicturesFolderComesFromUserDirs) {
  const std::filesystem::path home = "/home/ann";
  EXPECT_EQ(picturesFromUserDirs("# comment\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_PICTURES_DIR=\"$HOME/Bilder\"\n", home),
            std::filesystem::path("/home/ann/Bilder"));
  EXPECT_EQ(picturesFromUserDirs("XDG_PICTURES_DIR=\"/data/photos\"", home), std::filesystem::path("/data/photos"));
  EXPECT_FALSE(picturesFromUserDirs("XDG_PICTURES_DIR=relative/path", home));
  EXPECT_FALSE(picturesFromUserDirs("", home));
}

TEST(Capture, ScreenshotsGoToTheNamedFolderElsePicturesUnderHome) {
  const auto home = test::scratchDir("capture-home");
  const auto config = test::scratchDir("capture-config");
  const char* savedPictures = std::getenv("XDG_PICTURES_DIR");
  const std::string keep = savedPictures ? savedPictures : "";
  ::unsetenv("XDG_PICTURES_DIR");
  ::setenv("HOME", home.c_str(), 1);
  ::setenv("XDG_CONFIG_HOME", config.c_str(), 1);
  EXPECT_EQ(picturesDir(), home / "Pictures") << "no user-dirs.dirs: ~/Pictures, created with the first screenshot";
  test::writeText(config / "user-dirs.dirs", "XDG_PICTURES_DIR=\"$HOME/Fotos\"\n");
  EXPECT_EQ(picturesDir(), home / "Fotos");
  EXPECT_EQ(defaultScreenshotPath().parent_path(), home / "Fotos");
  if (!keep.empty()) ::setenv("XDG_PICTURES_DIR", keep.c_str(), 1);
}

TEST(Capture, ProgressSaysFramesPercentAndTimeLeft) {
  EXPECT_EQ(progressLine(0, 3600, 0.0), "frame 0 of 3600 (0 %)");
  EXPECT_EQ(progressLine(360, 3600, 30.0), "frame 360 of 3600 (10 %), about 4 min left");
  EXPECT_EQ(progressLine(3000, 3600, 100.0), "frame 3000 of 3600 (83 %), about 20 s left");
}

}  // namespace
}  // namespace spineview::app::capture
