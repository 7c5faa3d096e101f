#include "presenter_fixture.h"

#include <cstdlib>
#include <fstream>

#include <unistd.h>

namespace spineview::app::test {

std::filesystem::path scratchDir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("spineview_h6_" + std::to_string(::getpid())) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

void writeText(const std::filesystem::path& file, const std::string& text) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

Session* makeSession() {
  ::setenv("SPINEVIEW_ASSETS", SPINEVIEW_TEST_ASSET_DIR, 1);
  ::setenv("XDG_CONFIG_HOME", scratchDir("config").c_str(), 1);
  ::setenv("XDG_DATA_HOME", scratchDir("data").c_str(), 1);
  static std::unique_ptr<Session> shared = [] {
    ViewModel model;
    model.displayName = "test";
    model.builtInSpine = false;
    auto session = Session::create(std::move(model), SPINEVIEW_TEST_ASSET_DIR);
    EXPECT_TRUE(session.ok()) << session.message();
    return session.ok() ? std::move(session).value() : nullptr;
  }();
  if (!shared) return nullptr;
  shared->state() = AppState{};
  shared->notices().clear();
  shared->queue().take();
  EXPECT_TRUE(shared->selectMotion(shared->state().playback.motionId).ok());
  return shared.get();
}

}  // namespace spineview::app::test
