// Base-colour textures: PNG and JPEG decoded (embedded, next to the model, from an OBJ's .mtl),
// with their texture coordinates the right way up, within the size caps, and never read from
// outside the model's folder. A texture that cannot be used leaves the part plain, with a warning.
#include <gtest/gtest.h>

#include "io/model_loader.h"
#include "test_models.h"

namespace spineview::io {
namespace {

// A 1 x 1 m square in the XY plane; uv (0,0) at the top left (glTF's convention).
test::SimpleMesh texturedSquare(std::vector<std::uint8_t> image) {
  test::SimpleMesh m;
  m.positions = {{0, 1, 0}, {1, 1, 0}, {1, 0, 0}, {0, 0, 0}};
  m.uvs = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  m.indices = {0, 3, 2, 0, 2, 1};
  m.textureImage = std::move(image);
  return m;
}

std::array<int, 4> pixel(const mesh::TextureImage& t, std::uint32_t x, std::uint32_t y) {
  const std::uint8_t* p = &t.rgba[(static_cast<std::size_t>(y) * t.width + x) * 4];
  return {p[0], p[1], p[2], p[3]};
}

bool warned(const ImportedModel& m, const std::string& fragment) {
  for (const auto& w : m.warnings)
    if (w.find(fragment) != std::string::npos) return true;
  return false;
}

TEST(Textures, GlbEmbeddedPngIsDecodedWithItsSamplerAndTextureCoordinates) {
  const auto dir = test::freshFolder("texture-glb");
  auto model = loadModel(test::writeGlb(test::makeSimpleGltf(texturedSquare(test::pngBytes(8, 8, test::quadrantImage(8, 8)))),
                                        dir / "square.glb"));
  ASSERT_TRUE(model.ok()) << model.message();
  const auto& m = model->mesh;
  ASSERT_EQ(m.textures.size(), 1u);
  EXPECT_EQ(m.textures[0].width, 8u);
  EXPECT_EQ(m.textures[0].height, 8u);
  EXPECT_EQ(pixel(m.textures[0], 0, 0), (std::array<int, 4>{255, 0, 0, 255}));    // top left: red
  EXPECT_EQ(pixel(m.textures[0], 7, 7), (std::array<int, 4>{255, 255, 255, 255}));  // bottom right: white
  EXPECT_EQ(m.textures[0].wrapU, mesh::TextureImage::Wrap::ClampToEdge);
  EXPECT_EQ(m.textures[0].wrapV, mesh::TextureImage::Wrap::Repeat);
  ASSERT_EQ(m.parts.size(), 1u);
  EXPECT_EQ(m.parts[0].texture, 0);
  ASSERT_TRUE(m.parts[0].fileColour);
  EXPECT_EQ(*m.parts[0].fileColour, glm::vec4(1.0f));
  ASSERT_EQ(m.texCoords.size(), m.positions.size());
  EXPECT_EQ(m.texCoords[0], glm::vec2(0.0f, 0.0f));
  EXPECT_EQ(m.texCoords[2], glm::vec2(1.0f, 1.0f));
}

TEST(Textures, JpegNextToTheGltfIsReadThroughTheFolder) {
  const auto dir = test::freshFolder("texture-jpeg");
  test::writeBytes(dir / "skin tone.jpg", test::jpegBytes(16, 16, test::quadrantImage(16, 16)));
  auto square = texturedSquare({1});
  square.textureUri = "skin%20tone.jpg";
  test::writeGltf(test::makeSimpleGltf(square), dir / "square.gltf");
  FileAccessLog log;
  ImportOptions options;
  options.accessLog = &log;
  auto model = loadModel(dir / "square.gltf", {}, options);
  ASSERT_TRUE(model.ok()) << model.message();
  ASSERT_EQ(model->mesh.textures.size(), 1u);
  const auto topLeft = pixel(model->mesh.textures[0], 1, 1);
  EXPECT_GT(topLeft[0], 200);  // JPEG is lossy: red, roughly
  EXPECT_LT(topLeft[1], 60);
  EXPECT_LT(topLeft[2], 60);
  ASSERT_EQ(log.opened.size(), 2u);
  EXPECT_EQ(log.opened[1].filename(), "skin tone.jpg");
}

TEST(Textures, ObjMaterialTextureIsDecodedAndItsUvsPointTheSameWayAsGltf) {
  const auto dir = test::freshFolder("texture-obj");
  test::writeBytes(dir / "checker.png", test::pngBytes(4, 4, test::quadrantImage(4, 4)));
  test::writeText(dir / "square.mtl", "newmtl skin\nKd 1 1 1\nmap_Kd checker.png\n");
  // OBJ's vt (0, 1) is the image's top left.
  test::writeText(dir / "square.obj", "mtllib square.mtl\no square\nusemtl skin\n"
                                      "v 0 1 0\nv 1 1 0\nv 1 0 0\nv 0 0 0\nvt 0 1\nvt 1 1\nvt 1 0\nvt 0 0\n"
                                      "f 1/1 4/4 3/3\nf 1/1 3/3 2/2\n");
  auto model = loadModel(dir / "square.obj");  // through the isolated import process
  ASSERT_TRUE(model.ok()) << model.message();
  const auto& m = model->mesh;
  ASSERT_EQ(m.textures.size(), 1u);
  EXPECT_EQ(pixel(m.textures[0], 0, 0), (std::array<int, 4>{255, 0, 0, 255}));
  ASSERT_EQ(m.parts.at(0).texture, 0);
  ASSERT_EQ(m.texCoords.size(), m.positions.size());
  bool foundTopLeft = false;
  for (std::size_t v = 0; v < m.positions.size(); ++v)
    if (glm::length(m.positions[v] - glm::vec3(0, 0, -1)) < 1e-4f || glm::length(m.positions[v] - glm::vec3(0, 1, 0)) < 1e-4f) {
      EXPECT_NEAR(m.texCoords[v].x, 0.0f, 1e-6f);
      EXPECT_NEAR(m.texCoords[v].y, 0.0f, 1e-6f) << "the top-left corner samples the image's first row";
      foundTopLeft = true;
    }
  EXPECT_TRUE(foundTopLeft);
}

TEST(Textures, MaterialTexturesOutsideTheModelsFolderAreNeverRead) {
  const auto root = test::freshFolder("texture-confined");
  const auto dir = root / "model";
  std::filesystem::create_directories(dir);
  std::filesystem::create_directories(root / "elsewhere");
  test::writeBytes(root / "outside.png", test::pngBytes(2, 2, test::quadrantImage(2, 2)));
  test::writeBytes(root / "elsewhere" / "skin.png", test::pngBytes(2, 2, test::quadrantImage(2, 2)));
  test::writeBytes(dir / "skin.png", test::pngBytes(4, 4, test::quadrantImage(4, 4)));
  // One material escapes with "..", one names an absolute path from the exporter's machine
  // whose file name also lies next to the model.
  test::writeText(dir / "two.mtl", "newmtl escape\nmap_Kd ../outside.png\nnewmtl absolute\nmap_Kd " +
                                       (root / "elsewhere" / "skin.png").string() + "\n");
  test::writeText(dir / "two.obj", "mtllib two.mtl\nvt 0 0\nvt 1 0\nvt 0 1\no a\nusemtl escape\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1/1 2/2 3/3\n"
                                   "o b\nusemtl absolute\nv 2 0 0\nv 3 0 0\nv 2 1 0\nf 4/1 5/2 6/3\n");
  FileAccessLog log;
  ImportOptions options;
  options.accessLog = &log;
  auto model = loadModel(dir / "two.obj", {}, options);
  ASSERT_TRUE(model.ok()) << model.message();
  for (const auto& opened : log.opened) EXPECT_EQ(opened.parent_path(), std::filesystem::canonical(dir)) << opened;
  bool refusedEscape = false;
  for (const auto& r : log.refused) refusedEscape |= r.find("../outside.png") != std::string::npos;
  EXPECT_TRUE(refusedEscape);
  ASSERT_EQ(model->mesh.textures.size(), 1u) << "only the file next to the model";
  EXPECT_EQ(model->mesh.textures[0].width, 4u);
  int textured = 0;
  for (const auto& part : model->mesh.parts) textured += part.texture >= 0;
  EXPECT_EQ(textured, 1);
  EXPECT_TRUE(warned(*model, "../outside.png")) << "the part without its texture is reported";
}

TEST(Textures, LargeTexturesAreScaledDownAndTheBudgetIsKept) {
  const auto dir = test::freshFolder("texture-limits");
  const auto file = test::writeGlb(test::makeSimpleGltf(texturedSquare(test::pngBytes(64, 32, test::quadrantImage(64, 32)))),
                                   dir / "big.glb");
  LoadLimits limits;
  limits.maxTextureSide = 16;
  auto scaled = loadModel(file, limits);
  ASSERT_TRUE(scaled.ok()) << scaled.message();
  ASSERT_EQ(scaled->mesh.textures.size(), 1u);
  EXPECT_EQ(scaled->mesh.textures[0].width, 16u);
  EXPECT_EQ(scaled->mesh.textures[0].height, 8u);
  EXPECT_EQ(pixel(scaled->mesh.textures[0], 1, 1), (std::array<int, 4>{255, 0, 0, 255}));

  limits = {};
  limits.maxTextureBytes = 1024;  // 64 x 32 x 4 bytes do not fit
  auto overBudget = loadModel(file, limits);
  ASSERT_TRUE(overBudget.ok()) << overBudget.message();
  EXPECT_TRUE(overBudget->mesh.textures.empty());
  EXPECT_EQ(overBudget->mesh.parts.at(0).texture, -1);
  EXPECT_TRUE(warned(*overBudget, "limit for decoded images"));

  limits = {};
  limits.maxImagePixels = 100;  // by the header, before anything is decoded: refused
  auto tooLarge = loadModel(file, limits);
  ASSERT_FALSE(tooLarge.ok());
  EXPECT_NE(tooLarge.message().find("exceeds the image size limit"), std::string::npos) << tooLarge.message();
}

TEST(Textures, UndecodableImageLeavesThePartPlainWithAWarning) {
  const auto dir = test::freshFolder("texture-broken");
  auto png = test::pngBytes(8, 8, test::quadrantImage(8, 8));
  for (std::size_t i = 40; i < png.size() - 12; ++i) png[i] = static_cast<std::uint8_t>(i * 37);  // the pixel data
  auto model = loadModel(test::writeGlb(test::makeSimpleGltf(texturedSquare(png)), dir / "broken.glb"));
  ASSERT_TRUE(model.ok()) << model.message();
  EXPECT_TRUE(model->mesh.textures.empty());
  EXPECT_EQ(model->mesh.parts.at(0).texture, -1);
  EXPECT_TRUE(warned(*model, "cannot decode the image"));
}

}  // namespace
}  // namespace spineview::io
