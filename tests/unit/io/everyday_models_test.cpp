// Valid models that people bring and that were refused before: glTF triangle strips and fans,
// models that are only lines or points (vessel and nerve centre-lines), a PLY with a header
// line other readers skip, OBJ and COLLADA saved as UTF-16. Each file is made here.
#include <map>

#include <gtest/gtest.h>

#include "io/model_loader.h"
#include "io/primitive_assembly.h"
#include "io/text_encoding.h"
#include "test_models.h"

namespace spineview::io {
namespace {

using mesh::Topology;

// A 2 x 1 mm strip of four triangles in the XY plane (glTF metres → 1000 mm per unit).
const std::vector<glm::vec3> kStripPositions = {{0, 0, 0}, {0, 1, 0}, {1, 0, 0}, {1, 1, 0}, {2, 0, 0}, {2, 1, 0}};

glm::vec3 triangleNormal(const mesh::MeshData& m, std::size_t t) {
  const auto& p = m.positions;
  const auto a = m.indices[3 * t], b = m.indices[3 * t + 1], c = m.indices[3 * t + 2];
  return glm::cross(p[b] - p[a], p[c] - p[a]);
}

TEST(EverydayModels, TriangleStripBecomesATriangleListWoundOneWay) {
  const auto dir = test::freshFolder("everyday-strip");
  test::SimpleMesh strip{kStripPositions, {0, 1, 2, 3, 4, 5}, {}, 5};
  auto model = loadModel(test::writeGltf(test::makeSimpleGltf(strip), dir / "strip.gltf"));
  ASSERT_TRUE(model.ok()) << model.message();
  ASSERT_EQ(model->mesh.parts.size(), 1u);
  EXPECT_EQ(model->mesh.parts[0].topology, Topology::Triangles);
  ASSERT_EQ(model->mesh.parts[0].indexCount, 12u);  // n - 2 = 4 triangles
  for (std::size_t t = 0; t < 4; ++t)
    EXPECT_LT(triangleNormal(model->mesh, t).z, 0.0f) << "triangle " << t << " is wound against the others";
  EXPECT_NEAR(model->bounds.max.x, 2000.0f, 1e-2f);
}

TEST(EverydayModels, TriangleFanBecomesATriangleListAroundItsFirstVertex) {
  const auto dir = test::freshFolder("everyday-fan");
  // A square fanned from its centre (vertex 0), without indices: vertices in order.
  test::SimpleMesh fan{{{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {-1, 0, 0}, {0, -1, 0}, {1, 0, 0}}, {}, {}, 6};
  auto model = loadModel(test::writeGlb(test::makeSimpleGltf(fan), dir / "fan.glb"));
  ASSERT_TRUE(model.ok()) << model.message();
  const auto& m = model->mesh;
  ASSERT_EQ(m.parts[0].indexCount, 12u);
  for (std::size_t t = 0; t < 4; ++t) {
    EXPECT_EQ(m.indices[3 * t + 2], 0u) << "every triangle shares the fan's centre";
    EXPECT_GT(triangleNormal(m, t).z, 0.0f);
  }
}

TEST(EverydayModels, PrimitiveAssemblyDropsDegenerateStripTrianglesAndRefusesShortOnes) {
  auto joined = assemblePrimitive(5, {0, 1, 2, 2, 3, 3, 4, 5}, "strip");  // two runs joined by repeats
  ASSERT_TRUE(joined.ok());
  EXPECT_EQ(joined->indices.size(), 6u);
  EXPECT_NE(assemblePrimitive(5, {0, 1}, "p").message().find("at least 3"), std::string::npos);
  EXPECT_NE(assemblePrimitive(1, {0, 1, 2}, "p").message().find("whole number of line segments"), std::string::npos);
  EXPECT_NE(assemblePrimitive(4, {0, 1}, "p").message().find("whole number of triangles"), std::string::npos);
  EXPECT_NE(assemblePrimitive(9, {0, 1, 2}, "p").message().find("not a glTF primitive mode"), std::string::npos);
  auto loop = assemblePrimitive(2, {0, 1, 2}, "p");
  ASSERT_TRUE(loop.ok());
  EXPECT_EQ(loop->topology, Topology::Lines);
  EXPECT_EQ(loop->indices, (std::vector<std::uint32_t>{0, 1, 1, 2, 2, 0}));
}

TEST(EverydayModels, CentreLinesAndPointsOnlyGltfOpensAsLinesAndPoints) {
  const auto dir = test::freshFolder("everyday-lines");
  // A vessel centre-line as a line strip (3 segments), as separate lines, as a loop, and points.
  const std::vector<glm::vec3> path = {{0, 0, 0}, {0, 0.01f, 0}, {0.002f, 0.02f, 0}, {0.004f, 0.03f, 0.001f}};
  const std::pair<int, std::pair<Topology, std::uint32_t>> cases[] = {
      {3, {Topology::Lines, 6}}, {1, {Topology::Lines, 4}}, {2, {Topology::Lines, 8}}, {0, {Topology::Points, 4}}};
  for (const auto& [mode, expected] : cases) {
    SCOPED_TRACE("mode " + std::to_string(mode));
    test::SimpleMesh lines{path, {}, {}, mode};
    auto model = loadModel(test::writeGltf(test::makeSimpleGltf(lines), dir / ("lines" + std::to_string(mode) + ".gltf")));
    ASSERT_TRUE(model.ok()) << model.message();
    ASSERT_EQ(model->mesh.parts.size(), 1u);
    EXPECT_EQ(model->mesh.parts[0].topology, expected.first);
    EXPECT_EQ(model->mesh.parts[0].indexCount, expected.second);
    EXPECT_NEAR(model->bounds.max.y, 30.0f, 1e-3f);
  }
}

TEST(EverydayModels, ObjLinesAndPointsOpenAlongsideTriangles) {
  const auto dir = test::freshFolder("everyday-obj-lines");
  test::writeText(dir / "vessels.obj",
                  "o left_vertebral_centreline\nv 0 0 0\nv 0 10 0\nv 1 20 0\nv 2 30 1\nl 1 2 3 4\n"
                  "o landmarks\nv 5 5 5\nv 6 6 6\np 5 6\n"
                  "o C5_body\nv 10 0 0\nv 11 0 0\nv 10 1 0\nf 7 8 9\n");
  auto model = loadModel(dir / "vessels.obj");
  ASSERT_TRUE(model.ok()) << model.message();
  std::map<Topology, int> kinds;
  for (const auto& part : model->mesh.parts) ++kinds[part.topology];
  EXPECT_EQ(kinds[Topology::Lines], 1);
  EXPECT_EQ(kinds[Topology::Points], 1);
  EXPECT_EQ(kinds[Topology::Triangles], 1);
  for (const auto& part : model->mesh.parts) {
    if (part.topology == Topology::Lines) {
      EXPECT_EQ(part.indexCount, 6u) << "a polyline of 4 points is 3 segments";
    }
  }

  test::writeText(dir / "only_lines.obj", "v 0 0 0\nv 0 10 0\nv 0 20 5\nl 1 2 3\n");
  auto onlyLines = loadModel(dir / "only_lines.obj");
  ASSERT_TRUE(onlyLines.ok()) << onlyLines.message();
  EXPECT_EQ(onlyLines->mesh.parts.at(0).topology, Topology::Lines);
}

TEST(EverydayModels, PlyPointCloudOpensAsPoints) {
  const auto dir = test::freshFolder("everyday-ply-points");
  test::writeText(dir / "cloud.ply",
                  "ply\nformat ascii 1.0\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\n"
                  "end_header\n0 0 0\n1 0 0\n0 1 0\n0 0 1\n");
  auto model = loadModel(dir / "cloud.ply");
  ASSERT_TRUE(model.ok()) << model.message();
  ASSERT_EQ(model->mesh.parts.size(), 1u);
  EXPECT_EQ(model->mesh.parts[0].topology, Topology::Points);
  EXPECT_EQ(model->mesh.parts[0].indexCount, 4u);
}

const std::string kPlyTriangle =
    "element vertex 3\nproperty float x\nproperty float y\nproperty float z\n"
    "element face 1\nproperty list uchar int vertex_indices\nend_header\n0 0 0\n10 0 0\n0 10 0\n3 0 1 2\n";

TEST(EverydayModels, PlyHeaderLineThatIsNoKeywordIsSkippedAsOtherReadersDo) {
  const auto dir = test::freshFolder("everyday-ply-header");
  // As an older Blender exporter wrote it: its own line in the header.
  test::writeText(dir / "blender.ply", "ply\nformat ascii 1.0\ncomment Created by Blender 2.49\n"
                                       "blender_object_name Vertebra\n" + kPlyTriangle);
  auto model = loadModel(dir / "blender.ply");
  ASSERT_TRUE(model.ok()) << model.message();
  EXPECT_EQ(model->mesh.parts.at(0).indexCount, 3u);
  EXPECT_NEAR(model->bounds.max.x, 10.0f, 1e-4f);
  // The same with CRLF line ends.
  std::string crlf;
  for (char c : "ply\nformat ascii 1.0\nTextureFile skin.png\n" + kPlyTriangle) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  test::writeText(dir / "crlf.ply", crlf);
  auto crlfModel = loadModel(dir / "crlf.ply");
  ASSERT_TRUE(crlfModel.ok()) << crlfModel.message();
}

TEST(EverydayModels, PlyHangGuardStillRefusesBrokenHeaders) {
  const auto dir = test::freshFolder("everyday-ply-guard");
  // Skipping unknown lines does not let a header without end_header, a control character or a
  // malformed property through: Assimp 5.2.5 would loop forever on them.
  test::writeText(dir / "noend.ply", "ply\nformat ascii 1.0\nvendor_line x\nelement vertex 3\nproperty float x\n0 1 0\n");
  auto noEnd = loadModel(dir / "noend.ply");
  ASSERT_FALSE(noEnd.ok());
  EXPECT_NE(noEnd.message().find("no end_header"), std::string::npos) << noEnd.message();
  test::writeText(dir / "control.ply", "ply\nformat ascii 1.0\nvendor\x01line\n" + kPlyTriangle);
  auto control = loadModel(dir / "control.ply");
  ASSERT_FALSE(control.ok());
  EXPECT_NE(control.message().find("PLY header line 3: contains a control character"), std::string::npos) << control.message();
  test::writeText(dir / "property.ply", "ply\nformat ascii 1.0\nelement vertex 3\nproperty float\n" + kPlyTriangle);
  EXPECT_FALSE(loadModel(dir / "property.ply").ok());
}

std::vector<std::uint8_t> utf16(const std::string& ascii, bool littleEndian, bool bom) {
  std::vector<std::uint8_t> out;
  auto put = [&](std::uint16_t u) {
    out.push_back(static_cast<std::uint8_t>(littleEndian ? u & 0xFF : u >> 8));
    out.push_back(static_cast<std::uint8_t>(littleEndian ? u >> 8 : u & 0xFF));
  };
  if (bom) put(0xFEFF);
  for (unsigned char c : ascii) put(c);
  return out;
}

TEST(EverydayModels, Utf16ObjAndMtlOpenLikeTheirUtf8Versions) {
  const auto dir = test::freshFolder("everyday-utf16-obj");
  const std::string obj = "mtllib bone.mtl\no C5_body\nusemtl ivory\nv 0 0 0\nv 12 0 0\nv 0 7 0\nf 1 2 3\n";
  test::writeBytes(dir / "bone.mtl", utf16("newmtl ivory\nKd 0.9 0.8 0.6\n", true, true));
  const std::pair<const char*, std::vector<std::uint8_t>> files[] = {
      {"le_bom.obj", utf16(obj, true, true)}, {"be_bom.obj", utf16(obj, false, true)}, {"le_plain.obj", utf16(obj, true, false)}};
  for (const auto& [name, bytes] : files) {
    SCOPED_TRACE(name);
    test::writeBytes(dir / name, bytes);
    auto model = loadModel(dir / name);
    ASSERT_TRUE(model.ok()) << model.message();
    EXPECT_EQ(model->partSources.at(0).nodeName, "C5_body");
    EXPECT_NEAR(model->bounds.max.x, 12.0f, 1e-4f);
    EXPECT_NEAR(model->materials.at(0).baseColor.r, 0.9f, 1e-4f) << "the UTF-16 .mtl was read too";
  }
}

TEST(EverydayModels, Utf16ColladaOpens) {
  const auto dir = test::freshFolder("everyday-utf16-dae");
  const std::string dae =
      R"(<?xml version="1.0" encoding="UTF-16"?><COLLADA xmlns="http://www.collada.org/2005/11/COLLADASchema" version="1.4.1">)"
      R"(<asset><unit meter="0.001"/><up_axis>Y_UP</up_axis></asset><library_geometries><geometry id="g"><mesh>)"
      R"(<source id="p"><float_array id="pa" count="9">0 0 0 5 0 0 0 9 0</float_array><technique_common>)"
      R"(<accessor source="#pa" count="3" stride="3"><param name="X" type="float"/><param name="Y" type="float"/>)"
      R"(<param name="Z" type="float"/></accessor></technique_common></source><vertices id="v">)"
      R"(<input semantic="POSITION" source="#p"/></vertices><triangles count="1"><input semantic="VERTEX" source="#v" offset="0"/>)"
      R"(<p>0 1 2</p></triangles></mesh></geometry></library_geometries><library_visual_scenes><visual_scene id="s">)"
      R"(<node name="C6"><instance_geometry url="#g"/></node></visual_scene></library_visual_scenes>)"
      R"(<scene><instance_visual_scene url="#s"/></scene></COLLADA>)";
  test::writeBytes(dir / "bone.dae", utf16(dae, true, true));
  auto model = loadModel(dir / "bone.dae");
  ASSERT_TRUE(model.ok()) << model.message();
  EXPECT_NEAR(model->bounds.max.y, 9.0f, 1e-3f);
}

TEST(EverydayModels, Utf16ConversionHandlesSurrogatesAndBrokenUnits) {
  // "é" (U+00E9), "🦴" (U+1F9B4, a surrogate pair), a lone high surrogate, then "!".
  const std::vector<std::uint8_t> le = {0xFF, 0xFE, 'v', 0, ' ', 0, 0xE9, 0, 0x3E, 0xD8, 0xB4, 0xDD,
                                        0x3E, 0xD8, '!', 0, ' ', 0, ' ', 0, ' ', 0};
  auto utf8 = utf16ToUtf8(le);
  ASSERT_TRUE(utf8);
  EXPECT_EQ(std::string(utf8->begin(), utf8->end()), "v \xC3\xA9\xF0\x9F\xA6\xB4\xEF\xBF\xBD!   ");
  const std::string plain = "v 0 0 0\nv 1 0 0\n";
  EXPECT_FALSE(utf16ToUtf8(std::vector<std::uint8_t>(plain.begin(), plain.end()))) << "UTF-8 stays as it is";
}

}  // namespace
}  // namespace spineview::io
