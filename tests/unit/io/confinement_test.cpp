// Proof that no file outside the model's folder is read: a canary file sits next to the
// model folder, every trick points at it, and the kernel (inotify) reports whether anyone
// opened it. The loader's own access log must agree.
#include <gtest/gtest.h>

#include <sys/inotify.h>
#include <unistd.h>

#include "io/model_loader.h"
#include "test_models.h"

namespace spineview::io {
namespace {

class CanaryWatch {
 public:
  explicit CanaryWatch(const std::filesystem::path& file) {
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ >= 0) inotify_add_watch(fd_, file.c_str(), IN_OPEN | IN_ACCESS);
  }
  ~CanaryWatch() {
    if (fd_ >= 0) ::close(fd_);
  }
  bool ok() const { return fd_ >= 0; }
  bool touched() const {
    alignas(inotify_event) char buf[4096];
    return ::read(fd_, buf, sizeof buf) > 0;
  }

 private:
  int fd_ = -1;
};

struct Fixture {
  std::filesystem::path modelDir, canary;
};

Fixture makeFixture(const std::string& name) {
  const auto root = test::freshFolder(name);
  Fixture f{root / "model", root / "outside" / "canary.bin"};
  std::filesystem::create_directories(f.modelDir);
  std::filesystem::create_directories(f.canary.parent_path());
  test::writeBytes(f.canary, test::makeValidGltf().bin);  // a perfectly good buffer: only confinement stops it
  return f;
}

void expectCanaryUntouched(const Fixture& f, const std::filesystem::path& model, bool expectLoad = false) {
  CanaryWatch watch(f.canary);
  ASSERT_TRUE(watch.ok());
  FileAccessLog log;
  ImportOptions options;
  options.accessLog = &log;
  auto result = loadModel(model, {}, options);
  EXPECT_EQ(result.ok(), expectLoad) << (result.ok() ? "" : result.message());
  if (!result.ok()) {
    EXPECT_EQ(result.message().rfind(model.string() + ": ", 0), 0u) << result.message();
  }
  EXPECT_FALSE(watch.touched()) << "the canary outside the model folder was opened";
  for (const auto& p : log.opened) EXPECT_EQ(p.parent_path(), std::filesystem::canonical(f.modelDir)) << p;
}

void writeWithUri(const std::filesystem::path& file, const std::string& uri) {
  auto g = test::makeValidGltf();
  g.doc["buffers"][0]["uri"] = uri;
  test::writeText(file, g.doc.dump());
}

TEST(Confinement, TraversalAbsoluteAndEncodedUrisNeverReachTheCanary) {
  const auto f = makeFixture("confine-uri");
  for (const std::string& uri : std::vector<std::string>{"../outside/canary.bin", "..%2Foutside%2Fcanary.bin", f.canary.string(),
                                "%2F" + f.canary.string().substr(1), "file://" + f.canary.string()}) {
    SCOPED_TRACE(uri);
    writeWithUri(f.modelDir / "evil.gltf", uri);
    expectCanaryUntouched(f, f.modelDir / "evil.gltf");
  }
}

TEST(Confinement, SymlinkInsideFolderPointingOutIsRefused) {
  const auto f = makeFixture("confine-symlink");
  std::filesystem::create_symlink(f.canary, f.modelDir / "link.bin");
  writeWithUri(f.modelDir / "evil.gltf", "link.bin");
  expectCanaryUntouched(f, f.modelDir / "evil.gltf");
}

TEST(Confinement, NoFallbackToTheWorkingDirectory) {
  // tinygltf 2.7.0 also searches "." for a resource; with the canary folder as the working
  // directory, a bare file name must still not find it.
  const auto f = makeFixture("confine-cwd");
  writeWithUri(f.modelDir / "evil.gltf", "canary.bin");
  const auto previous = std::filesystem::current_path();
  std::filesystem::current_path(f.canary.parent_path());
  expectCanaryUntouched(f, f.modelDir / "evil.gltf");
  std::filesystem::current_path(previous);
}

TEST(Confinement, ImageUriOutsideFolderIsRefused) {
  const auto f = makeFixture("confine-image");
  auto g = test::makeValidGltf();
  g.doc["images"] = nlohmann::json::array({{{"uri", "../outside/canary.bin"}}});
  test::writeGltf(g, f.modelDir / "evil.gltf");
  expectCanaryUntouched(f, f.modelDir / "evil.gltf");
}

TEST(Confinement, ObjMaterialLibraryOutsideFolderIsNotRead) {
  const auto f = makeFixture("confine-obj");
  test::writeText(f.modelDir / "evil.obj",
                  "mtllib ../outside/canary.bin\nmtllib " + f.canary.string() + "\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
  // The geometry itself is fine, so the OBJ loads, just without that material library.
  expectCanaryUntouched(f, f.modelDir / "evil.obj", /*expectLoad=*/true);
}

TEST(Confinement, ModelInsideFolderStillLoadsItsOwnBuffer) {
  const auto f = makeFixture("confine-ok");
  test::writeGltf(test::makeValidGltf(), f.modelDir / "good.gltf", "good.bin");
  expectCanaryUntouched(f, f.modelDir / "good.gltf", /*expectLoad=*/true);
}

}  // namespace
}  // namespace spineview::io
