// The worked example of docs/bring-your-own-anatomy.md, end to end: the built-in spine is
// exported as GLB, loaded back like any user's file, mapped with
// docs/examples/builtin-mapping.json and driven by a vertebra pose. Also the glTF round
// trip of the built-in model and the app's loadViewModelFile on it.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include <glm/gtc/matrix_transform.hpp>

#include "io/anatomy_mapping.h"
#include "io/gltf_export.h"
#include "io/mapped_pose.h"
#include "io/model_loader.h"
#include "mesh/mesh_cache.h"
#include "mesh/spine_model.h"
#include "model_source.h"
#include "test_models.h"

namespace spineview::io {
namespace {

constexpr int kLevels = anatomy::kVertebraCount;
const std::filesystem::path kExampleMapping = std::filesystem::path(SPINEVIEW_SOURCE_DIR) / "docs/examples/builtin-mapping.json";

// One generated and exported built-in model per test process. CTest runs each test in its
// own process, so the generated mesh goes through the model cache (keyed on the data and the
// generator): only the first process pays for generation, which takes seconds under ASan.
struct Exported {
  mesh::MeshData builtIn;
  std::filesystem::path glb;
};
const Exported& exported() {
  static const Exported e = [] {
    Exported out;
    auto generated = mesh::loadOrGenerateSpineModel(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR), mesh::Detail::Low,
                                                    std::filesystem::temp_directory_path() / "spineview-io-test-cache");
    if (!generated) throw std::runtime_error(generated.message());
    out.builtIn = std::move(*generated);
    out.glb = test::freshFolder("builtin-export") / "spine.glb";
    if (auto ok = exportGlb(out.builtIn, out.glb); !ok) throw std::runtime_error(ok.message());
    return out;
  }();
  return e;
}

VertebraMatrices restWorld(const mesh::MeshData& builtIn) {
  VertebraMatrices rest{};
  for (int j = 0; j < kLevels; ++j) rest[static_cast<std::size_t>(j)] = builtIn.skeleton[static_cast<std::size_t>(j)].bindWorld;
  return rest;
}

// A non-trivial pose: everything above C6 flexes 15° forward about a point in C6's body,
// and C0 additionally turns 10° to the left on C1.
VertebraMatrices flexedPose(const VertebraMatrices& rest) {
  VertebraMatrices posed = rest;
  const auto c6 = static_cast<std::size_t>(anatomy::index(anatomy::Vertebra::C6));
  const glm::vec3 centre = glm::vec3(rest[c6][3]) + glm::vec3(0.0f, 5.0f, 0.0f);
  const glm::mat4 flex = glm::translate(glm::mat4(1.0f), centre) *
                         glm::rotate(glm::mat4(1.0f), glm::radians(15.0f), glm::vec3(1.0f, 0.0f, 0.0f)) *
                         glm::translate(glm::mat4(1.0f), -centre);
  for (std::size_t j = 0; j < c6; ++j) posed[j] = flex * rest[j];
  const glm::vec3 atlas = glm::vec3(posed[1][3]);
  posed[0] = glm::translate(glm::mat4(1.0f), atlas) * glm::rotate(glm::mat4(1.0f), glm::radians(10.0f), glm::vec3(0, 1, 0)) *
             glm::translate(glm::mat4(1.0f), -atlas) * posed[0];
  return posed;
}

void expectNear(const glm::mat4& a, const glm::mat4& b, float tolerance, const std::string& what) {
  for (int c = 0; c < 4; ++c)
    for (int r = 0; r < 4; ++r) ASSERT_NEAR(a[c][r], b[c][r], tolerance) << what << " [" << c << "][" << r << "]";
}

TEST(BuiltInRoundTrip, ExportThenImportKeepsJointsPartsAndTriangles) {
  const auto& e = exported();
  auto model = loadModel(e.glb);
  ASSERT_TRUE(model.ok()) << model.message();
  std::map<std::string, std::uint32_t> sentParts, receivedParts;
  for (const auto& p : e.builtIn.parts) sentParts[p.name] += p.indexCount / 3;
  for (const auto& p : model->mesh.parts) receivedParts[p.name] += p.indexCount / 3;
  EXPECT_EQ(sentParts, receivedParts);
  // Every joint comes back by name; the importer adds the part nodes (they sit in the skinned
  // hierarchy) and nothing else.
  std::multiset<std::string> received;
  for (const auto& j : model->mesh.skeleton) received.insert(j.name);
  for (const auto& j : e.builtIn.skeleton) {
    const auto it = received.find(j.name);
    ASSERT_NE(it, received.end()) << j.name;
    received.erase(it);
  }
  for (const auto& extra : received) EXPECT_EQ(sentParts.count(extra), 1u) << extra;
  EXPECT_EQ(model->mesh.triangleCount(), e.builtIn.triangleCount());
  // Levels and kinds travel in `extras`.
  for (std::size_t p = 0; p < model->mesh.parts.size(); ++p) {
    const auto it = std::find_if(e.builtIn.parts.begin(), e.builtIn.parts.end(),
                                 [&](const mesh::MeshPart& q) { return q.name == model->mesh.parts[p].name; });
    ASSERT_NE(it, e.builtIn.parts.end());
    EXPECT_EQ(model->mesh.parts[p].kind, it->kind) << it->name;
    EXPECT_EQ(model->mesh.parts[p].level, it->level) << it->name;
  }
}

TEST(BuiltInMapping, DocumentedMappingMapsEveryVertebra) {
  const auto& e = exported();
  auto mapping = loadAnatomyMapping(kExampleMapping);
  ASSERT_TRUE(mapping.ok()) << mapping.message();
  auto model = loadModel(e.glb);
  ASSERT_TRUE(model.ok()) << model.message();
  ASSERT_TRUE(applyAnatomyMapping(*model, *mapping).ok());
  const auto& m = model->mesh;
  ASSERT_GE(m.skeleton.size(), static_cast<std::size_t>(kLevels));
  std::array<int, kLevels> bonesPerLevel{};
  for (const auto& part : m.parts) {
    if (part.kind != mesh::PartKind::Bone || !part.level) continue;
    const int level = anatomy::index(*part.level);
    ++bonesPerLevel[static_cast<std::size_t>(level)];
    // Every vertex of the bone rides on its own level's joint, rigidly.
    for (std::uint32_t k = 0; k < part.indexCount; ++k) {
      const auto v = m.indices[part.firstIndex + k];
      ASSERT_EQ(m.joints[v].x, level) << part.name;
      ASSERT_EQ(m.weights[v].x, 1.0f) << part.name;
    }
  }
  for (int level = 0; level < kLevels; ++level) {
    // The skull rides with its mandible on C0; the hyoid is mapped with C3.
    const int expected = level == 0 || level == anatomy::index(anatomy::Vertebra::C3) ? 2 : 1;
    EXPECT_EQ(bonesPerLevel[static_cast<std::size_t>(level)], expected) << anatomy::vertebraName(anatomy::vertebraAt(level));
    EXPECT_EQ(m.skeleton[static_cast<std::size_t>(level)].name, anatomy::vertebraLongName(anatomy::vertebraAt(level)));
  }
}

TEST(BuiltInMapping, VertebraPoseDrivesTheMappedBones) {
  const auto& e = exported();
  auto mapping = loadAnatomyMapping(kExampleMapping);
  ASSERT_TRUE(mapping.ok()) << mapping.message();
  auto model = loadModel(e.glb);
  ASSERT_TRUE(model.ok()) << model.message();
  ASSERT_TRUE(applyAnatomyMapping(*model, *mapping).ok());
  const auto& skeleton = model->mesh.skeleton;
  const VertebraMatrices rest = restWorld(e.builtIn);
  const VertebraMatrices posed = flexedPose(rest);

  // Rest pose in, rest pose out.
  const auto atRest = mappedJointWorld(skeleton, rest, rest);
  for (std::size_t j = 0; j < skeleton.size(); ++j) expectNear(atRest[j], skeleton[j].bindWorld, 1e-3f, "rest " + skeleton[j].name);

  const auto world = mappedJointWorld(skeleton, rest, posed);
  ASSERT_EQ(world.size(), skeleton.size());
  for (int j = 0; j < kLevels; ++j) {
    const auto uj = static_cast<std::size_t>(j);
    const glm::mat4 mappedSkin = world[uj] * glm::inverse(skeleton[uj].bindWorld);
    const glm::mat4 builtInSkin = posed[uj] * glm::inverse(rest[uj]);
    // Each mapped bone turns exactly as the built-in vertebra does...
    expectNear(glm::mat4(glm::mat3(mappedSkin)), glm::mat4(glm::mat3(builtInSkin)), 1e-5f, skeleton[uj].name);
    // ...and the levels below the flexing segment stay where they were.
    if (j >= anatomy::index(anatomy::Vertebra::C6)) expectNear(mappedSkin, glm::mat4(1.0f), 1e-4f, skeleton[uj].name);
  }
  // The bones above C6 really moved: C5's pivot swings forward (+Z) and C0 has turned.
  const auto c5 = static_cast<std::size_t>(anatomy::index(anatomy::Vertebra::C5));
  EXPECT_GT(world[c5][3].z - skeleton[c5].bindWorld[3].z, 1.0f);
  EXPECT_NEAR(glm::degrees(std::acos(std::clamp(world[0][0].x, -1.0f, 1.0f))), 10.0f, 0.5f);
  // Unmapped parts (ribs, skin, arteries) are held still.
  if (skeleton.size() > static_cast<std::size_t>(kLevels)) expectNear(world[kLevels], glm::mat4(1.0f), 0.0f, "unmapped");

  // With each pivot at the built-in vertebra's own origin, the mapped bones move exactly as
  // the built-in model skins them.
  AnatomyMapping pinned = *mapping;
  for (int j = 0; j < kLevels; ++j) pinned.pivots[static_cast<std::size_t>(j)] = glm::vec3(rest[static_cast<std::size_t>(j)][3]);
  auto pinnedModel = loadModel(e.glb);
  ASSERT_TRUE(pinnedModel.ok());
  ASSERT_TRUE(applyAnatomyMapping(*pinnedModel, pinned).ok());
  const auto pinnedWorld = mappedJointWorld(pinnedModel->mesh.skeleton, rest, posed);
  for (int j = 0; j < kLevels; ++j) {
    const auto uj = static_cast<std::size_t>(j);
    expectNear(pinnedWorld[uj] * glm::inverse(pinnedModel->mesh.skeleton[uj].bindWorld), posed[uj] * glm::inverse(rest[uj]),
               2e-3f, "pinned " + pinnedModel->mesh.skeleton[uj].name);
  }
}

TEST(BuiltInMapping, NotAMappedSkeletonStaysAtRest) {
  std::vector<mesh::Joint> few{{"a", -1, glm::translate(glm::mat4(1.0f), glm::vec3(1, 2, 3))}};
  VertebraMatrices rest{};
  rest.fill(glm::mat4(1.0f));
  VertebraMatrices posed = rest;
  posed[0] = glm::rotate(glm::mat4(1.0f), 1.0f, glm::vec3(0, 1, 0));
  const auto world = mappedJointWorld(few, rest, posed);
  ASSERT_EQ(world.size(), 1u);
  expectNear(world[0], few[0].bindWorld, 0.0f, "a");
}

TEST(ViewModelFile, OpensTheExportedModelWithAndWithoutMapping) {
  const auto& e = exported();
  auto plain = app::loadViewModelFile(e.glb);
  ASSERT_TRUE(plain.ok()) << plain.message();
  EXPECT_FALSE(plain->builtInSpine);
  EXPECT_FALSE(plain->mapping.has_value());
  ASSERT_TRUE(plain->imported.has_value());
  EXPECT_EQ(plain->mesh.triangleCount(), e.builtIn.triangleCount());
  EXPECT_TRUE(plain->imported->mesh.positions.empty());  // moved into ViewModel::mesh...
  EXPECT_EQ(plain->imported->mesh.skeleton.size(), plain->mesh.skeleton.size());  // ...the skeleton kept
  EXPECT_GT(plain->imported->bounds.radius(), 50.0f);

  auto mapped = app::loadViewModelFile(e.glb, kExampleMapping);
  ASSERT_TRUE(mapped.ok()) << mapped.message();
  ASSERT_TRUE(mapped->mapping.has_value());
  EXPECT_GE(mapped->mesh.skeleton.size(), static_cast<std::size_t>(kLevels));
  EXPECT_NE(mapped->displayName.find("builtin-mapping.json"), std::string::npos);
}

TEST(ViewModelFile, ErrorsNameTheFileAndTheProblem) {
  const auto dir = test::freshFolder("view-model-errors");
  auto missing = app::loadViewModelFile(dir / "nothing.glb");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.message().rfind((dir / "nothing.glb").string() + ": ", 0), 0u) << missing.message();

  test::writeText(dir / "wrong.json", R"({"format": "spineview-anatomy-mapping", "version": 1, "levels": {"C5": "No such bone"}})");
  auto wrong = app::loadViewModelFile(exported().glb, dir / "wrong.json");
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.message().find(exported().glb.string()), std::string::npos) << wrong.message();
  EXPECT_NE(wrong.message().find("wrong.json"), std::string::npos) << wrong.message();
  EXPECT_NE(wrong.message().find("No such bone"), std::string::npos) << wrong.message();

  test::writeText(dir / "broken.json", "{\"format\": ");
  auto broken = app::loadViewModelFile(exported().glb, dir / "broken.json");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.message().find("broken.json:1:"), std::string::npos) << broken.message();
}

}  // namespace
}  // namespace spineview::io
