// glTF import of valid files: skinning, animation sampling, units, and the Assimp formats.
#include <gtest/gtest.h>

#include <cmath>

#include "io/model_loader.h"
#include "test_models.h"

namespace spineview::io {
namespace {

glm::vec3 skinnedVertex(const ImportedModel& m, const std::vector<glm::mat4>& skin, std::size_t v) {
  glm::vec4 p(0.0f);
  for (int c = 0; c < 4; ++c) p += m.mesh.weights[v][c] * (skin[m.mesh.joints[v][c]] * glm::vec4(m.mesh.positions[v], 1.0f));
  return glm::vec3(p);
}

TEST(GltfImport, SkinnedTriangleDeformsWithAnimation) {
  const auto dir = test::freshFolder("import-anim");
  auto model = loadModel(test::writeGltf(test::makeValidGltf(), dir / "tri.gltf"));
  ASSERT_TRUE(model.ok()) << model.message();
  ASSERT_EQ(model->animations.size(), 1u);
  const auto& clip = model->animations[0];
  EXPECT_EQ(clip.name, "bend");
  EXPECT_FLOAT_EQ(clip.duration, 1.0f);
  // Vertex 2 (0, 1, 0) m hangs on the tip joint at y = 1 m. A 90° turn of the tip about +Z
  // leaves it in place (it sits on the pivot); vertex 1 on the root joint never moves.
  // So check a point: rotate 45° at t = 0.5 and look at the tip joint's world frame.
  const auto pose = sample(clip, model->restPose, 0.5f);
  const auto world = jointWorldMatrices(*model, pose);
  int tip = -1;
  for (std::size_t j = 0; j < model->mesh.skeleton.size(); ++j)
    if (model->mesh.skeleton[j].name == "tip joint") tip = static_cast<int>(j);
  ASSERT_GE(tip, 0);
  const glm::vec3 xAxis = glm::normalize(glm::vec3(world[static_cast<std::size_t>(tip)][0]));
  EXPECT_NEAR(xAxis.x, std::cos(glm::radians(45.0f)), 1e-4f);
  EXPECT_NEAR(xAxis.y, std::sin(glm::radians(45.0f)), 1e-4f);
  // Units: metres in the file, millimetres in the body frame.
  EXPECT_NEAR(world[static_cast<std::size_t>(tip)][3].y, 1000.0f, 1e-2f);
  const auto skin = skinningMatrices(*model, pose);
  const glm::vec3 v1 = skinnedVertex(*model, skin, 1), v2 = skinnedVertex(*model, skin, 2);
  EXPECT_NEAR(v1.x, 1000.0f, 1e-2f);  // on the root joint: unmoved
  EXPECT_NEAR(v2.y, 1000.0f, 1e-2f);  // on the tip pivot: unmoved by its own rotation
  EXPECT_NEAR(model->bounds.max.x, 1000.0f, 1e-2f);
}

TEST(GltfImport, SkinnedVertexOffPivotFollowsJoint) {
  auto g = test::makeValidGltf();
  // Move the tip joint down to y = 0.5 m (and its inverse bind with it): vertex 2 at
  // (0, 1, 0) then sits 0.5 m above the pivot and swings to (-0.5, 0.5, 0) at 90°.
  g.doc["nodes"][1]["translation"] = {0, 0.5, 0};
  float half = -0.5f;
  std::memcpy(g.bin.data() + 116 + 64 + 13 * 4, &half, 4);
  const auto dir = test::freshFolder("import-offpivot");
  auto model = loadModel(test::writeGlb(g, dir / "tri.glb"));
  ASSERT_TRUE(model.ok()) << model.message();
  const auto skin = skinningMatrices(*model, sample(model->animations[0], model->restPose, 1.0f));
  const glm::vec3 v2 = skinnedVertex(*model, skin, 2);
  EXPECT_NEAR(v2.x, -500.0f, 1e-2f);
  EXPECT_NEAR(v2.y, 500.0f, 1e-2f);
}

TEST(GltfImport, ExternalBufferInsideFolderLoads) {
  const auto dir = test::freshFolder("import-external");
  auto model = loadModel(test::writeGltf(test::makeValidGltf(), dir / "tri.gltf", "tri%20data.bin"));
  EXPECT_FALSE(model.ok());  // percent-decoded to "tri data.bin", which does not exist...
  test::writeBytes(dir / "tri data.bin", test::makeValidGltf().bin);
  FileAccessLog log;
  ImportOptions options;
  options.accessLog = &log;
  model = loadModel(dir / "tri.gltf", {}, options);
  ASSERT_TRUE(model.ok()) << model.message();  // ...and loads once it does
  ASSERT_EQ(log.opened.size(), 2u);
  EXPECT_EQ(log.opened[1].filename(), "tri data.bin");
}

TEST(AssimpImport, AsciiStlIsZUpMillimetres) {
  const auto dir = test::freshFolder("import-stl");
  test::writeText(dir / "wedge.stl",
                  "solid wedge\n facet normal 0 -1 0\n  outer loop\n   vertex 0 0 0\n   vertex 10 0 0\n"
                  "   vertex 0 0 30\n  endloop\n endfacet\nendsolid wedge\n");
  auto model = loadModel(dir / "wedge.stl");
  ASSERT_TRUE(model.ok()) << model.message();
  EXPECT_EQ(model->format, ModelFormat::Stl);
  EXPECT_NEAR(model->bounds.max.y, 30.0f, 1e-3f);  // file +Z (30 mm) is body +Y
  EXPECT_NEAR(model->bounds.max.x, 10.0f, 1e-3f);
  EXPECT_TRUE(model->mesh.skeleton.empty());
}

TEST(AssimpImport, ObjWithNamedObjectsAndMtlInFolder) {
  const auto dir = test::freshFolder("import-obj");
  test::writeText(dir / "bones.mtl", "newmtl ivory\nKd 0.9 0.85 0.7\n");
  test::writeText(dir / "bones.obj",
                  "mtllib bones.mtl\no C5_body\nusemtl ivory\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n"
                  "o C6_body\nv 0 -2 0\nv 1 -2 0\nv 0 -1 0\nf 4 5 6\n");
  FileAccessLog log;
  ImportOptions options;
  options.accessLog = &log;
  auto model = loadModel(dir / "bones.obj", {}, options);
  ASSERT_TRUE(model.ok()) << model.message();
  ASSERT_EQ(model->mesh.parts.size(), 2u);
  EXPECT_EQ(model->partSources[0].nodeName, "C5_body");
  EXPECT_NEAR(model->materials[0].baseColor.r, 0.9f, 1e-4f);
  for (const auto& p : log.opened) EXPECT_EQ(p.parent_path(), std::filesystem::canonical(dir));
}

TEST(ModelLoader, UnsupportedExtensionIsRefusedBeforeParsing) {
  const auto dir = test::freshFolder("import-ext");
  test::writeText(dir / "model.3ds", "MM\x10\x00");
  auto model = loadModel(dir / "model.3ds");
  ASSERT_FALSE(model.ok());
  EXPECT_NE(model.message().find("model.3ds"), std::string::npos);
  EXPECT_NE(model.message().find("unsupported"), std::string::npos);
}

}  // namespace
}  // namespace spineview::io
