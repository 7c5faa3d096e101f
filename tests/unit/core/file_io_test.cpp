#include "core/file_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace spineview::core;

namespace {
fs::path freshDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("spineview-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
}  // namespace

TEST(FileIo, AtomicWriteReplacesContentAndLeavesNoTempFiles) {
  const fs::path dir = freshDir("atomic");
  const fs::path file = dir / "settings.json";
  ASSERT_TRUE(writeFileAtomic(file, "first").ok());
  ASSERT_TRUE(writeFileAtomic(file, "second, longer").ok());
  auto text = readTextFile(file);
  ASSERT_TRUE(text.ok()) << text.message();
  EXPECT_EQ(*text, "second, longer");
  int entries = 0;
  for ([[maybe_unused]] auto& e : fs::directory_iterator(dir)) ++entries;
  EXPECT_EQ(entries, 1) << "temporary file left behind";
  fs::remove_all(dir);
}

TEST(FileIo, AtomicWriteIntoUnwritablePlaceFailsWithPathInMessage) {
  auto st = writeFileAtomic("/proc/spineview-cannot-write/x.json", "data");
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("/proc/spineview-cannot-write"), std::string::npos) << st.message();
}

TEST(FileIo, MissingFileAndSizeLimitAreReported) {
  auto missing = readTextFile("/nonexistent/spineview.json");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("not found"), std::string::npos);

  const fs::path dir = freshDir("limit");
  { std::ofstream(dir / "big.bin") << std::string(100, 'x'); }
  auto big = readBinaryFile(dir / "big.bin", 10);
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.message().find("limit"), std::string::npos) << big.message();
  auto notFile = readTextFile(dir);
  ASSERT_FALSE(notFile.ok());
  EXPECT_NE(notFile.message().find("not a regular file"), std::string::npos);
  fs::remove_all(dir);
}

TEST(FileIo, MoveAsideKeepsTheDamagedFile) {
  const fs::path dir = freshDir("aside");
  const fs::path file = dir / "settings.json";
  { std::ofstream(file) << "{broken"; }
  auto moved = moveAside(file);
  ASSERT_TRUE(moved.ok()) << moved.message();
  EXPECT_FALSE(fs::exists(file));
  auto text = readTextFile(*moved);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, "{broken");
  fs::remove_all(dir);
}
