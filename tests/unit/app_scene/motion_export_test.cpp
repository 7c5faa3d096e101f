// export-motion's clip: the built-in spine (low detail) with chin_tuck as one glTF animation,
// read back through tinygltf and checked against the simulation's own poses.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <tiny_gltf.h>

#include "biomech/simulation.h"
#include "model_source.h"
#include "motion_animation.h"

namespace spineview::app {
namespace {

// Tolerances of the read-back pose against the simulation: float round-off of the metre
// conversion and of the quaternion, far below a visible difference.
constexpr float kPositionToleranceM = 1e-5f;  // 0.01 mm
constexpr float kRotationTolerance = 1e-4f;   // per rotation-matrix entry

std::vector<float> floatsOf(const tinygltf::Model& model, int accessorIndex) {
  const auto& acc = model.accessors.at(static_cast<std::size_t>(accessorIndex));
  const auto& view = model.bufferViews.at(static_cast<std::size_t>(acc.bufferView));
  const int width = acc.type == TINYGLTF_TYPE_SCALAR ? 1 : acc.type == TINYGLTF_TYPE_VEC3 ? 3 : 4;
  EXPECT_EQ(acc.componentType, TINYGLTF_COMPONENT_TYPE_FLOAT);
  std::vector<float> out(acc.count * static_cast<std::size_t>(width));
  std::memcpy(out.data(), model.buffers[0].data.data() + view.byteOffset + acc.byteOffset, out.size() * sizeof(float));
  return out;
}

struct ReadBack {
  tinygltf::Model gltf;
  std::vector<int> parent;  // per node
};

class MotionExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto view = loadBuiltInViewModel(mesh::Detail::Low);
    ASSERT_TRUE(view.ok()) << view.message();
    auto biomech = biomech::loadBiomechModel(SPINEVIEW_TEST_ASSET_DIR);
    ASSERT_TRUE(biomech.ok()) << biomech.message();
    auto program = biomech::loadMotionProgram(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "motions/chin_tuck.json");
    ASSERT_TRUE(program.ok()) << program.message();
    mesh_ = new mesh::MeshData(std::move(view->mesh));
    biomech_ = new biomech::BiomechModel(std::move(biomech).value());
    program_ = new biomech::MotionProgram(std::move(program).value());
  }
  static void TearDownTestSuite() {
    delete mesh_;
    delete biomech_;
    delete program_;
  }

  static ReadBack exportAndRead() {
    io::ExportOptions options;
    options.animation = sampleMotionAnimation(mesh_->skeleton, *biomech_, *program_);
    auto bytes = io::encodeGlb(*mesh_, options);
    EXPECT_TRUE(bytes.ok()) << bytes.message();
    ReadBack r;
    if (!bytes.ok()) return r;
    tinygltf::TinyGLTF loader;
    std::string err, warn;
    EXPECT_TRUE(loader.LoadBinaryFromMemory(&r.gltf, &err, &warn, bytes->data(), static_cast<unsigned>(bytes->size())))
        << err;
    r.parent.assign(r.gltf.nodes.size(), -1);
    for (std::size_t n = 0; n < r.gltf.nodes.size(); ++n)
      for (int c : r.gltf.nodes[n].children) r.parent[static_cast<std::size_t>(c)] = static_cast<int>(n);
    return r;
  }

  static mesh::MeshData* mesh_;
  static biomech::BiomechModel* biomech_;
  static biomech::MotionProgram* program_;
};
mesh::MeshData* MotionExport::mesh_ = nullptr;
biomech::BiomechModel* MotionExport::biomech_ = nullptr;
biomech::MotionProgram* MotionExport::program_ = nullptr;

TEST_F(MotionExport, OneClipNamedAfterTheMotionMovesEveryBoneNode) {
  const ReadBack r = exportAndRead();
  ASSERT_EQ(r.gltf.animations.size(), 1u);
  const auto& clip = r.gltf.animations[0];
  EXPECT_EQ(clip.name, "chin_tuck");
  std::set<std::pair<int, std::string>> targets;
  for (const auto& channel : clip.channels) targets.insert({channel.target_node, channel.target_path});
  EXPECT_EQ(clip.channels.size(), 2 * mesh_->skeleton.size());
  ASSERT_GE(r.gltf.skins.size(), 1u);
  for (std::size_t j = 0; j < mesh_->skeleton.size(); ++j) {
    const int node = r.gltf.skins[0].joints.at(j);
    EXPECT_EQ(r.gltf.nodes.at(static_cast<std::size_t>(node)).name, mesh_->skeleton[j].name);
    EXPECT_TRUE(targets.count({node, "rotation"})) << mesh_->skeleton[j].name;
    EXPECT_TRUE(targets.count({node, "translation"})) << mesh_->skeleton[j].name;
  }
}

TEST_F(MotionExport, SampleTimesSpanOneRepetitionInOrder) {
  const ReadBack r = exportAndRead();
  ASSERT_EQ(r.gltf.animations.size(), 1u);
  for (const auto& sampler : r.gltf.animations[0].samplers) {
    EXPECT_EQ(sampler.interpolation, "LINEAR");
    const auto times = floatsOf(r.gltf, sampler.input);
    ASSERT_GE(times.size(), 2u);
    EXPECT_FLOAT_EQ(times.front(), 0.0f);
    EXPECT_NEAR(times.back(), program_->cycleDurationS(), 1e-5);
    for (std::size_t i = 1; i < times.size(); ++i) EXPECT_GT(times[i], times[i - 1]);
    EXPECT_FLOAT_EQ(static_cast<float>(r.gltf.accessors[static_cast<std::size_t>(sampler.input)].maxValues.at(0)), times.back());
  }
  EXPECT_LT(program_->cycleDurationS(), program_->durationS());  // chin_tuck repeats: one repetition only
}

// The animated node, composed up its parents at sample k, is where the simulation puts the
// bone at that time (an independent run stepped straight to it): at the end of the range of
// motion (end of the first move) and at the clip's last sample (back at neutral).
TEST_F(MotionExport, NodesAtEndOfRangeMatchTheSimulation) {
  const ReadBack r = exportAndRead();
  ASSERT_EQ(r.gltf.animations.size(), 1u);
  const auto& clip = r.gltf.animations[0];
  const auto times = floatsOf(r.gltf, clip.samplers[0].input);
  ASSERT_EQ(program_->phases.front().kind, biomech::PhaseKind::Move);
  const double endOfRangeS = program_->phases.front().durationS;
  std::size_t endOfRange = 0;
  for (std::size_t k = 0; k < times.size(); ++k)
    if (std::abs(times[k] - endOfRangeS) < std::abs(times[endOfRange] - endOfRangeS)) endOfRange = k;

  // Each node's local transform at sample k from its channels (its rest TRS where none).
  auto localAt = [&](int node, std::size_t k) {
    const auto& n = r.gltf.nodes[static_cast<std::size_t>(node)];
    glm::vec3 t = n.translation.empty() ? glm::vec3(0.0f) : glm::vec3(n.translation[0], n.translation[1], n.translation[2]);
    glm::quat q = n.rotation.empty() ? glm::quat(1, 0, 0, 0)
                                     : glm::quat(float(n.rotation[3]), float(n.rotation[0]), float(n.rotation[1]), float(n.rotation[2]));
    for (const auto& ch : clip.channels) {
      if (ch.target_node != node) continue;
      const auto v = floatsOf(r.gltf, clip.samplers[static_cast<std::size_t>(ch.sampler)].output);
      if (ch.target_path == "translation") t = {v[3 * k], v[3 * k + 1], v[3 * k + 2]};
      if (ch.target_path == "rotation") q = glm::quat(v[4 * k + 3], v[4 * k], v[4 * k + 1], v[4 * k + 2]);
    }
    return glm::translate(glm::mat4(1.0f), t) * glm::mat4_cast(q);
  };

  biomech::MotionProgram once = *program_;
  once.repetitions = 1;
  for (const std::size_t k : {endOfRange, times.size() - 1}) {
    biomech::Simulation reference(*biomech_, once, static_cast<double>(times[k]));
    const auto& pose = reference.step().state.pose;
    float movedMm = 0.0f;
    for (int v = 0; v < anatomy::kVertebraCount; ++v) {
      glm::mat4 world(1.0f);
      for (int node = v; node >= 0; node = r.parent[static_cast<std::size_t>(node)]) world = localAt(node, k) * world;
      const glm::mat4 expected = pose.world[static_cast<std::size_t>(v)];
      for (int c = 0; c < 3; ++c)
        for (int row = 0; row < 3; ++row) EXPECT_NEAR(world[c][row], expected[c][row], kRotationTolerance) << "vertebra " << v << " sample " << k;
      const glm::vec3 expectedM = glm::vec3(expected[3]) * 0.001f;
      EXPECT_LT(glm::length(glm::vec3(world[3]) - expectedM), kPositionToleranceM) << "vertebra " << v << " sample " << k;
      movedMm = std::max(movedMm, glm::length(glm::vec3(expected[3]) - glm::vec3(mesh_->skeleton[static_cast<std::size_t>(v)].bindWorld[3])));
    }
    // The end of range is a real movement (so this comparison can fail); the end is neutral again.
    if (k == endOfRange) EXPECT_GT(movedMm, 2.0f);
    else EXPECT_LT(movedMm, 0.1f);
  }
}

TEST_F(MotionExport, RejectsAnAnimationThatDoesNotFitTheSkeleton) {
  io::ExportOptions options;
  options.animation = sampleMotionAnimation(mesh_->skeleton, *biomech_, *program_);
  options.animation->jointWorld.back().pop_back();
  auto bytes = io::encodeGlb(*mesh_, options);
  ASSERT_FALSE(bytes.ok());
  EXPECT_NE(bytes.message().find("one transform per joint"), std::string::npos) << bytes.message();
  options.animation = sampleMotionAnimation(mesh_->skeleton, *biomech_, *program_);
  std::swap(options.animation->timesS[1], options.animation->timesS[2]);
  bytes = io::encodeGlb(*mesh_, options);
  ASSERT_FALSE(bytes.ok());
  EXPECT_NE(bytes.message().find("increase"), std::string::npos) << bytes.message();
}

}  // namespace
}  // namespace spineview::app
