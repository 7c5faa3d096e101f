// glTF export: round trip through our own loader, and the Khronos glTF-Validator.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "io/gltf_export.h"
#include "io/model_loader.h"
#include "test_models.h"

namespace spineview::io {
namespace {

TEST(GltfExport, RoundTripKeepsNamesLevelsSkinAndSize) {
  const auto dir = test::freshFolder("export-roundtrip");
  const auto mesh = test::makeSyntheticSpine();
  ASSERT_TRUE(exportGlb(mesh, dir / "spine.glb").ok());
  auto model = loadModel(dir / "spine.glb");
  ASSERT_TRUE(model.ok()) << model.message();
  ASSERT_EQ(model->mesh.parts.size(), 3u);
  EXPECT_EQ(model->mesh.parts[0].name, "C5 vertebra");
  EXPECT_EQ(model->mesh.parts[1].level, anatomy::Vertebra::C6);
  EXPECT_EQ(model->mesh.parts[2].kind, mesh::PartKind::BodySurface);
  EXPECT_TRUE(model->materials[2].blend);
  EXPECT_FALSE(model->materials[0].blend);
  EXPECT_EQ(model->mesh.indices.size(), mesh.indices.size());
  // Millimetres survive the metre round trip; the skin box spans 80 x 60 x 80 mm around y = 25.
  EXPECT_NEAR(model->bounds.min.y, -5.0f, 1e-3f);
  EXPECT_NEAR(model->bounds.max.y, 55.0f, 1e-3f);
  EXPECT_NEAR(model->bounds.max.x, 40.0f, 1e-3f);
  // The three joints come back (plus nothing else) with their names, C7 at the root.
  std::vector<std::string> names;
  for (const auto& j : model->mesh.skeleton) names.push_back(j.name);
  EXPECT_NE(std::find(names.begin(), names.end(), "C7 vertebra"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "C5 vertebra"), names.end());
  // At rest, skinning is the identity: the bind pose is the rest pose.
  for (const auto& s : skinningMatrices(*model, model->restPose))
    for (int c = 0; c < 4; ++c)
      for (int r = 0; r < 4; ++r) EXPECT_NEAR(s[c][r], c == r ? 1.0f : 0.0f, 1e-4f);
}

TEST(GltfExport, RejectsBrokenMeshWithMessage) {
  auto mesh = test::makeSyntheticSpine();
  mesh.indices.back() = 100000;
  const auto dir = test::freshFolder("export-bad");
  auto status = exportGlb(mesh, dir / "bad.glb");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("bad.glb"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir / "bad.glb"));
}

// Runs tools/gltf-validator/validate.mjs; exit status 0 means 0 errors and 0 warnings.
void expectValidatorClean(const std::filesystem::path& file) {
  const std::filesystem::path tool = std::filesystem::path(SPINEVIEW_SOURCE_DIR) / "tools/gltf-validator";
  if (std::system("node --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "node is not installed";
  if (!std::filesystem::exists(tool / "node_modules/gltf-validator"))
    GTEST_SKIP() << "gltf-validator is not installed; run scripts/install-node-tools.sh";
  const auto log = file.string() + ".validator.txt";
  const std::string cmd = "node '" + (tool / "validate.mjs").string() + "' '" + file.string() + "' > '" + log + "' 2>&1";
  const int rc = std::system(cmd.c_str());
  std::ifstream in(log);
  const std::string report((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::printf("%s", report.c_str());
  EXPECT_EQ(rc, 0) << report;
  EXPECT_NE(report.find("0 errors, 0 warnings"), std::string::npos) << report;
}

TEST(GltfExport, SkinnedModelPassesKhronosValidator) {
  const auto dir = test::freshFolder("export-validator");
  ASSERT_TRUE(exportGlb(test::makeSyntheticSpine(), dir / "spine.glb").ok());
  expectValidatorClean(dir / "spine.glb");
}

TEST(GltfExport, StaticModelPassesKhronosValidator) {
  auto mesh = test::makeSyntheticSpine();
  mesh.skeleton.clear();
  mesh.joints.clear();
  mesh.weights.clear();
  const auto dir = test::freshFolder("export-validator-static");
  ASSERT_TRUE(exportGlb(mesh, dir / "static.glb").ok());
  expectValidatorClean(dir / "static.glb");
}

}  // namespace
}  // namespace spineview::io
