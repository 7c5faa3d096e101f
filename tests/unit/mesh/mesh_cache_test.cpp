// The generated-model cache: a round trip is exact, a changed data file or detail misses, and
// a corrupt or truncated cache file is ignored and regenerated (never trusted, never a crash).
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

#include "mesh/mesh_cache.h"

namespace spineview::mesh {
namespace {

namespace fs = std::filesystem;

const fs::path kAssets(SPINEVIEW_TEST_ASSET_DIR);

// A private scratch folder with a copy of the anatomy data, removed afterwards.
class MeshCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("spineview_mesh_cache_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(assets() / "anatomy");
    for (const auto& e : fs::directory_iterator(kAssets / "anatomy")) fs::copy_file(e.path(), assets() / "anatomy" / e.path().filename());
  }
  void TearDown() override { fs::remove_all(root_); }
  fs::path assets() const { return root_ / "assets"; }
  fs::path cache() const { return root_ / "cache"; }
  fs::path onlyCacheFile() const {
    fs::path found;
    int count = 0;
    for (const auto& e : fs::directory_iterator(cache())) {
      if (e.path().extension() == ".svmesh") { found = e.path(); ++count; }
    }
    EXPECT_EQ(count, 1);
    return found;
  }
  fs::path root_;
};

std::string readAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void writeAll(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

void expectSameModel(const MeshData& a, const MeshData& b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.positions, b.positions);
  EXPECT_EQ(a.normals, b.normals);
  EXPECT_EQ(a.joints, b.joints);
  EXPECT_EQ(a.weights, b.weights);
  EXPECT_EQ(a.indices, b.indices);
  ASSERT_EQ(a.parts.size(), b.parts.size());
  for (std::size_t i = 0; i < a.parts.size(); ++i) {
    EXPECT_EQ(a.parts[i].name, b.parts[i].name);
    EXPECT_EQ(a.parts[i].kind, b.parts[i].kind);
    EXPECT_EQ(a.parts[i].level, b.parts[i].level);
    EXPECT_EQ(a.parts[i].side, b.parts[i].side);
    EXPECT_EQ(a.parts[i].firstIndex, b.parts[i].firstIndex);
    EXPECT_EQ(a.parts[i].indexCount, b.parts[i].indexCount);
  }
  ASSERT_EQ(a.skeleton.size(), b.skeleton.size());
  for (std::size_t i = 0; i < a.skeleton.size(); ++i) {
    EXPECT_EQ(a.skeleton[i].name, b.skeleton[i].name);
    EXPECT_EQ(a.skeleton[i].parent, b.skeleton[i].parent);
    EXPECT_EQ(a.skeleton[i].bindWorld, b.skeleton[i].bindWorld);
  }
}

// A small but complete stand-in model, so the cache logic is tested without generating the
// spine each time; `calls` counts regenerations.
MeshData fakeModel() {
  MeshData m;
  m.name = "stand-in";
  for (int i = 0; i < 600; ++i) {
    const float a = 0.01f * static_cast<float>(i);
    m.positions.push_back({std::cos(a), std::sin(a), a});
    m.normals.push_back({0, 0, 1});
    m.joints.push_back(glm::u16vec4(static_cast<std::uint16_t>(i % 2), 0, 0, 0));
    m.weights.push_back({1, 0, 0, 0});
  }
  for (std::uint32_t i = 0; i + 2 < 600; i += 3) m.indices.insert(m.indices.end(), {i, i + 1, i + 2});
  m.parts.push_back({"C5 vertebra", PartKind::Bone, anatomy::Vertebra::C5, std::nullopt, 0, static_cast<std::uint32_t>(m.indices.size())});
  m.skeleton.push_back({"C5 vertebra", -1, glm::mat4(1.0f)});
  m.skeleton.push_back({"Left scapula", 0, glm::mat4(2.0f)});
  return m;
}

struct CountingGenerator {
  int calls = 0;
  ModelGenerator fn() {
    return [this]() -> core::Result<MeshData> {
      ++calls;
      return fakeModel();
    };
  }
};

TEST(MeshCacheFormat, FingerprintIsASha256) {
  EXPECT_EQ(generatorFingerprint().size(), 64u);
}

TEST_F(MeshCacheTest, SecondLoadComesFromTheCacheAndEqualsTheGeneratedModel) {
  bool fromCache = true;
  auto first = loadOrGenerateSpineModel(assets(), Detail::Low, cache(), &fromCache);
  ASSERT_TRUE(first) << first.message();
  EXPECT_FALSE(fromCache);
  auto second = loadOrGenerateSpineModel(assets(), Detail::Low, cache(), &fromCache);
  ASSERT_TRUE(second) << second.message();
  EXPECT_TRUE(fromCache);
  expectSameModel(*first, *second);
}

TEST_F(MeshCacheTest, ChangedDataFileOrDetailMisses) {
  auto key = spineModelCacheKey(assets(), Detail::Low);
  ASSERT_TRUE(key) << key.message();
  auto other = spineModelCacheKey(assets(), Detail::Default);
  ASSERT_TRUE(other);
  EXPECT_NE(*key, *other);
  CountingGenerator gen;
  ASSERT_TRUE(loadOrGenerateCached(assets(), Detail::Low, cache(), gen.fn()));
  ASSERT_TRUE(loadOrGenerateCached(assets(), Detail::Low, cache(), gen.fn()));
  EXPECT_EQ(gen.calls, 1);
  // Any edit of any anatomy file, even whitespace, changes the key.
  std::ofstream(assets() / "anatomy" / "context.json", std::ios::app) << "\n";
  auto changed = spineModelCacheKey(assets(), Detail::Low);
  ASSERT_TRUE(changed);
  EXPECT_NE(*key, *changed);
  bool fromCache = true;
  ASSERT_TRUE(loadOrGenerateCached(assets(), Detail::Low, cache(), gen.fn(), &fromCache));
  EXPECT_FALSE(fromCache);
  EXPECT_EQ(gen.calls, 2);
  onlyCacheFile();  // the stale file was replaced, not left beside the new one
}

TEST_F(MeshCacheTest, CorruptFileIsRegenerated) {
  CountingGenerator gen;
  ASSERT_TRUE(loadOrGenerateCached(assets(), Detail::Low, cache(), gen.fn()));
  const fs::path file = onlyCacheFile();
  std::string bytes = readAll(file);
  ASSERT_GT(bytes.size(), 1000u);
  bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x5a);  // inside the vertex data
  writeAll(file, bytes);
  bool fromCache = true;
  auto again = loadOrGenerateCached(assets(), Detail::Low, cache(), gen.fn(), &fromCache);
  ASSERT_TRUE(again) << again.message();
  EXPECT_FALSE(fromCache);
  EXPECT_EQ(gen.calls, 2);
  expectSameModel(fakeModel(), *again);
  // The rewritten file is whole again and is used next time.
  ASSERT_TRUE(loadOrGenerateCached(assets(), Detail::Low, cache(), gen.fn(), &fromCache));
  EXPECT_TRUE(fromCache);
}

TEST_F(MeshCacheTest, TruncatedFileIsRegenerated) {
  CountingGenerator gen;
  ASSERT_TRUE(loadOrGenerateCached(assets(), Detail::Low, cache(), gen.fn()));
  const fs::path file = onlyCacheFile();
  const std::string bytes = readAll(file);
  int expectedCalls = 1;
  for (std::size_t keep : {std::size_t{0}, std::size_t{7}, std::size_t{30}, bytes.size() / 3, bytes.size() - 1}) {
    writeAll(file, bytes.substr(0, keep));
    bool fromCache = true;
    auto again = loadOrGenerateCached(assets(), Detail::Low, cache(), gen.fn(), &fromCache);
    ASSERT_TRUE(again) << again.message();
    EXPECT_FALSE(fromCache) << "kept " << keep << " bytes";
    EXPECT_EQ(gen.calls, ++expectedCalls);
    expectSameModel(fakeModel(), *again);
  }
}

TEST_F(MeshCacheTest, MissingDataFolderIsAnError) {
  CountingGenerator gen;
  auto r = loadOrGenerateCached(root_ / "nowhere", Detail::Low, cache(), gen.fn());
  EXPECT_FALSE(r);
  EXPECT_EQ(gen.calls, 0);
}

// The parser alone, on hand-made damage a checksum cannot see (counts and ranges that the
// checksum was recomputed for would still be rejected by the consistency checks).
TEST(MeshCacheFormat, ParserRejectsWrongKeyAndGarbage) {
  MeshData tiny;
  tiny.name = "tiny";
  tiny.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  tiny.normals = {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}};
  tiny.joints.assign(3, glm::u16vec4(0));
  tiny.weights.assign(3, glm::vec4(1, 0, 0, 0));
  tiny.indices = {0, 1, 2};
  tiny.parts.push_back({"triangle", PartKind::Bone, anatomy::Vertebra::C5, anatomy::Side::Left, 0, 3});
  tiny.skeleton.push_back({"C5 vertebra", -1, glm::mat4(1.0f)});
  const std::string bytes = serializeMeshData(tiny, 42);
  auto back = deserializeMeshData(bytes, 42);
  ASSERT_TRUE(back.has_value());
  expectSameModel(tiny, *back);
  EXPECT_FALSE(deserializeMeshData(bytes, 43).has_value());
  EXPECT_FALSE(deserializeMeshData(std::string(bytes.size(), '\0'), 42).has_value());
  EXPECT_FALSE(deserializeMeshData(bytes + "x", 42).has_value());
  MeshData badIndex = tiny;
  badIndex.indices = {0, 1, 3};
  EXPECT_FALSE(deserializeMeshData(serializeMeshData(badIndex, 42), 42).has_value());
  MeshData badPart = tiny;
  badPart.parts[0].indexCount = 6;
  EXPECT_FALSE(deserializeMeshData(serializeMeshData(badPart, 42), 42).has_value());
}

}  // namespace
}  // namespace spineview::mesh
