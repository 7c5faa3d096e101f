// FBX/COLLADA skins through Assimp: bones, weights, the node hierarchy and animations come
// through like glTF ones. The COLLADA file is written here: a 2 cm × 20 cm bar on two joints
// ("Root" at the origin, "Tip" 10 cm above it), the middle row weighted half and half, and a
// 1-second clip that turns Tip 90° about +Z.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>

#include "io/import_wire.h"
#include "io/model_loader.h"
#include "test_models.h"

namespace spineview::io {
namespace {

constexpr const char* kSkinnedDae = R"(<?xml version="1.0" encoding="utf-8"?>
<COLLADA xmlns="http://www.collada.org/2005/11/COLLADASchema" version="1.4.1">
  <asset><unit name="centimeter" meter="0.01"/><up_axis>Y_UP</up_axis></asset>
  <library_geometries>
    <geometry id="bar-mesh" name="bar">
      <mesh>
        <source id="bar-positions">
          <float_array id="bar-positions-array" count="18">-1 0 0 1 0 0 -1 10 0 1 10 0 -1 20 0 1 20 0</float_array>
          <technique_common><accessor source="#bar-positions-array" count="6" stride="3">
            <param name="X" type="float"/><param name="Y" type="float"/><param name="Z" type="float"/>
          </accessor></technique_common>
        </source>
        <vertices id="bar-vertices"><input semantic="POSITION" source="#bar-positions"/></vertices>
        <triangles count="4">
          <input semantic="VERTEX" source="#bar-vertices" offset="0"/>
          <p>0 1 3 0 3 2 2 3 5 2 5 4</p>
        </triangles>
      </mesh>
    </geometry>
  </library_geometries>
  <library_controllers>
    <controller id="bar-skin">
      <skin source="#bar-mesh">
        <bind_shape_matrix>1 0 0 0 0 1 0 0 0 0 1 0 0 0 0 1</bind_shape_matrix>
        <source id="bar-joints"><Name_array id="bar-joints-array" count="2">Root Tip</Name_array>
          <technique_common><accessor source="#bar-joints-array" count="2" stride="1"><param name="JOINT" type="name"/></accessor></technique_common></source>
        <source id="bar-binds"><float_array id="bar-binds-array" count="32">1 0 0 0 0 1 0 0 0 0 1 0 0 0 0 1 1 0 0 0 0 1 0 -10 0 0 1 0 0 0 0 1</float_array>
          <technique_common><accessor source="#bar-binds-array" count="2" stride="16"><param name="TRANSFORM" type="float4x4"/></accessor></technique_common></source>
        <source id="bar-weights"><float_array id="bar-weights-array" count="3">1 0.5 1</float_array>
          <technique_common><accessor source="#bar-weights-array" count="3" stride="1"><param name="WEIGHT" type="float"/></accessor></technique_common></source>
        <joints><input semantic="JOINT" source="#bar-joints"/><input semantic="INV_BIND_MATRIX" source="#bar-binds"/></joints>
        <vertex_weights count="6">
          <input semantic="JOINT" source="#bar-joints" offset="0"/>
          <input semantic="WEIGHT" source="#bar-weights" offset="1"/>
          <vcount>1 1 2 2 1 1</vcount>
          <v>0 0 0 0 0 1 1 1 0 1 1 1 1 2 1 2</v>
        </vertex_weights>
      </skin>
    </controller>
  </library_controllers>
  <library_animations>
    <animation id="bend">
      <source id="bend-input"><float_array id="bend-input-array" count="2">0 1</float_array>
        <technique_common><accessor source="#bend-input-array" count="2" stride="1"><param name="TIME" type="float"/></accessor></technique_common></source>
      <source id="bend-output"><float_array id="bend-output-array" count="32">1 0 0 0 0 1 0 10 0 0 1 0 0 0 0 1 0 -1 0 0 1 0 0 10 0 0 1 0 0 0 0 1</float_array>
        <technique_common><accessor source="#bend-output-array" count="2" stride="16"><param name="TRANSFORM" type="float4x4"/></accessor></technique_common></source>
      <source id="bend-interpolation"><Name_array id="bend-interpolation-array" count="2">LINEAR LINEAR</Name_array>
        <technique_common><accessor source="#bend-interpolation-array" count="2" stride="1"><param name="INTERPOLATION" type="name"/></accessor></technique_common></source>
      <sampler id="bend-sampler">
        <input semantic="INPUT" source="#bend-input"/>
        <input semantic="OUTPUT" source="#bend-output"/>
        <input semantic="INTERPOLATION" source="#bend-interpolation"/>
      </sampler>
      <channel source="#bend-sampler" target="Tip/transform"/>
    </animation>
  </library_animations>
  <library_visual_scenes>
    <visual_scene id="Scene" name="Scene">
      <node id="Root" sid="Root" name="Root" type="JOINT">
        <matrix sid="transform">1 0 0 0 0 1 0 0 0 0 1 0 0 0 0 1</matrix>
        <node id="Tip" sid="Tip" name="Tip" type="JOINT">
          <matrix sid="transform">1 0 0 0 0 1 0 10 0 0 1 0 0 0 0 1</matrix>
        </node>
      </node>
      <node id="Bar" name="Bar" type="NODE">
        <instance_controller url="#bar-skin"><skeleton>#Root</skeleton></instance_controller>
      </node>
    </visual_scene>
  </library_visual_scenes>
  <scene><instance_visual_scene url="#Scene"/></scene>
</COLLADA>
)";

// Skinned position of every vertex for the given joint locals.
std::vector<glm::vec3> skinned(const ImportedModel& model, const std::vector<Trs>& locals) {
  const auto skin = skinningMatrices(model, locals);
  std::vector<glm::vec3> out;
  for (std::size_t v = 0; v < model.mesh.positions.size(); ++v) {
    glm::vec4 p(0.0f);
    for (int c = 0; c < 4; ++c)
      p += model.mesh.weights[v][c] * (skin[model.mesh.joints[v][c]] * glm::vec4(model.mesh.positions[v], 1.0f));
    out.push_back(glm::vec3(p));
  }
  return out;
}

// Every vertex that rests at `rest` (mm) must be at `expected` (mm).
void expectMoved(const ImportedModel& model, const std::vector<glm::vec3>& posed, glm::vec3 rest, glm::vec3 expected) {
  const auto atRest = skinned(model, model.restPose);
  int found = 0;
  for (std::size_t v = 0; v < posed.size(); ++v) {
    if (glm::length(atRest[v] - rest) > 0.01f) continue;
    ++found;
    EXPECT_NEAR(posed[v].x, expected.x, 0.05f) << "vertex resting at y = " << rest.y;
    EXPECT_NEAR(posed[v].y, expected.y, 0.05f) << "vertex resting at y = " << rest.y;
    EXPECT_NEAR(posed[v].z, expected.z, 0.05f) << "vertex resting at y = " << rest.y;
  }
  EXPECT_GT(found, 0) << "no vertex rests at y = " << rest.y;
}

void checkSkinnedBar(const ImportedModel& model) {
  std::vector<std::string> names;
  for (const auto& j : model.mesh.skeleton) names.push_back(j.name);
  EXPECT_NE(std::find(names.begin(), names.end(), "Root"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Tip"), names.end());
  ASSERT_EQ(model.mesh.joints.size(), model.mesh.positions.size());
  ASSERT_EQ(model.animations.size(), 1u);
  EXPECT_NEAR(model.animations[0].duration, 1.0f, 1e-4f);
  // Units: centimetres in the file, millimetres here; the rest pose is the bind pose.
  EXPECT_NEAR(model.bounds.max.y, 200.0f, 1e-2f);
  EXPECT_NEAR(model.bounds.min.x, -10.0f, 1e-2f);
  // Half way through the clip Tip has turned 45°: the top row swings left and down, the
  // half-weighted middle row moves half as much, the bottom row stays.
  const auto posed = skinned(model, sample(model.animations[0], model.restPose, 0.5f));
  const float c = std::cos(glm::radians(45.0f)), s = std::sin(glm::radians(45.0f));
  expectMoved(model, posed, {10, 200, 0}, {10 * c - 100 * s, 100 + 10 * s + 100 * c, 0});
  expectMoved(model, posed, {10, 100, 0}, {0.5f * (10 + 10 * c), 0.5f * (100 + 100 + 10 * s), 0});
  expectMoved(model, posed, {10, 0, 0}, {10, 0, 0});
  // At the end of the clip the top row lies along -X.
  const auto end = skinned(model, sample(model.animations[0], model.restPose, 1.0f));
  expectMoved(model, end, {10, 200, 0}, {-100, 110, 0});
}

TEST(AssimpSkin, ColladaBonesWeightsAndAnimationDeform) {
  const auto dir = test::freshFolder("assimp-skin");
  test::writeText(dir / "bar.dae", kSkinnedDae);
  auto model = loadModel(dir / "bar.dae");  // isolated: the rig crosses the process boundary
  ASSERT_TRUE(model.ok()) << model.message();
  checkSkinnedBar(*model);
  ImportOptions inProcess;
  inProcess.isolateAssimp = false;
  auto direct = loadModel(dir / "bar.dae", {}, inProcess);
  ASSERT_TRUE(direct.ok()) << direct.message();
  checkSkinnedBar(*direct);
  EXPECT_EQ(direct->mesh.skeleton.size(), model->mesh.skeleton.size());
  EXPECT_EQ(direct->mesh.weights, model->mesh.weights);
}

TEST(AssimpSkin, ParentRevalidatesTheRigFromTheImportProcess) {
  const auto dir = test::freshFolder("assimp-skin-wire");
  test::writeText(dir / "bar.dae", kSkinnedDae);
  ImportOptions inProcess;
  inProcess.isolateAssimp = false;
  auto model = loadModel(dir / "bar.dae", {}, inProcess);
  ASSERT_TRUE(model.ok()) << model.message();
  const LoadLimits limits;
  auto same = decodeImport(encodeImport(*model, {}), limits, nullptr);
  ASSERT_TRUE(same.ok()) << same.message();
  EXPECT_EQ(same->animations.size(), 1u);
  EXPECT_EQ(same->animations[0].channels.size(), model->animations[0].channels.size());
  EXPECT_EQ(same->mesh.skeleton.size(), model->mesh.skeleton.size());

  // A crashed or compromised child could send anything; each of these must be refused.
  const std::vector<std::pair<std::string, std::function<void(ImportedModel&)>>> tampered = {
      {"joint index past the skeleton", [](ImportedModel& m) { m.mesh.joints[0].x = 99; }},
      {"negative weight", [](ImportedModel& m) { m.mesh.weights[0] = glm::vec4(-1.0f, 2.0f, 0.0f, 0.0f); }},
      {"parent after child", [](ImportedModel& m) { m.mesh.skeleton[0].parent = 1; }},
      {"NaN bind matrix", [](ImportedModel& m) { m.mesh.skeleton[0].bindWorld[0][0] = NAN; }},
      {"key times out of order", [](ImportedModel& m) { m.animations[0].channels[0].times.assign(2, 0.5f); m.animations[0].channels[0].values.resize(2); }},
      {"channel on a missing joint", [](ImportedModel& m) { m.animations[0].channels[0].joint = 1000; }},
  };
  for (const auto& [what, change] : tampered) {
    ImportedModel bad = *model;
    change(bad);
    auto decoded = decodeImport(encodeImport(bad, {}), limits, nullptr);
    EXPECT_FALSE(decoded.ok()) << what;
  }
}

}  // namespace
}  // namespace spineview::io
