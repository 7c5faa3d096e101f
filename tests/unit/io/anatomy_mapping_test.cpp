// Bring your own anatomy: mapping file parsing and skeleton rebuild.
#include <gtest/gtest.h>

#include "io/anatomy_mapping.h"
#include "io/gltf_export.h"
#include "io/model_loader.h"
#include "test_models.h"

namespace spineview::io {
namespace {

TEST(AnatomyMapping, RebuildsSkeletonWithVertebraeFirst) {
  const auto dir = test::freshFolder("mapping");
  ASSERT_TRUE(exportGlb(test::makeSyntheticSpine(), dir / "spine.glb").ok());
  test::writeText(dir / "mapping.json", R"({
    "format": "spineview-anatomy-mapping", "version": 1,
    "levels": { "C5": "C5 vertebra", "C6": ["C6 vertebra"] },
    "pivots": { "C6": [0, 24, 0] }
  })");
  auto mapping = loadAnatomyMapping(dir / "mapping.json");
  ASSERT_TRUE(mapping.ok()) << mapping.message();
  auto model = loadModel(dir / "spine.glb");
  ASSERT_TRUE(model.ok()) << model.message();
  ASSERT_TRUE(applyAnatomyMapping(*model, *mapping).ok());
  const auto& m = model->mesh;
  ASSERT_EQ(m.skeleton.size(), 21u);  // C0..T12 + "unmapped (static)" for the skin
  EXPECT_EQ(m.skeleton[5].name, anatomy::vertebraLongName(anatomy::Vertebra::C5));
  EXPECT_EQ(m.skeleton[5].parent, 6);
  EXPECT_EQ(m.skeleton[19].parent, -1);
  // C5's pivot is its box centre; C6's is the given one; C7 (unmapped) is copied from C6.
  EXPECT_NEAR(m.skeleton[5].bindWorld[3].y, 40.0f, 1e-3f);
  EXPECT_NEAR(m.skeleton[6].bindWorld[3].y, 24.0f, 1e-3f);
  EXPECT_NEAR(m.skeleton[7].bindWorld[3].y, 24.0f, 1e-3f);
  // Every vertex of the C5 box is rigidly on joint 5, the skin on joint 20.
  const auto& c5 = m.parts[0];
  for (std::uint32_t k = 0; k < c5.indexCount; ++k) EXPECT_EQ(m.joints[m.indices[c5.firstIndex + k]].x, 5);
  EXPECT_EQ(m.joints[m.indices[m.parts[2].firstIndex]].x, 20);
  // Rest pose: skinning is the identity, so the bounds are unchanged.
  EXPECT_NEAR(model->bounds.max.y, 55.0f, 1e-3f);
}

TEST(AnatomyMapping, ClearErrors) {
  const auto dir = test::freshFolder("mapping-errors");
  test::writeText(dir / "bad_level.json",
                  R"({"format": "spineview-anatomy-mapping", "version": 1, "levels": {"L9": "x"}})");
  auto r = loadAnatomyMapping(dir / "bad_level.json");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("bad_level.json: /levels/L9"), std::string::npos) << r.message();

  test::writeText(dir / "unknown_name.json",
                  R"({"format": "spineview-anatomy-mapping", "version": 1, "levels": {"C5": "No such bone"}})");
  auto mapping = loadAnatomyMapping(dir / "unknown_name.json");
  ASSERT_TRUE(mapping.ok()) << mapping.message();
  ASSERT_TRUE(exportGlb(test::makeSyntheticSpine(), dir / "spine.glb").ok());
  auto model = loadModel(dir / "spine.glb");
  ASSERT_TRUE(model.ok());
  auto status = applyAnatomyMapping(*model, *mapping);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("No such bone"), std::string::npos);
}

}  // namespace
}  // namespace spineview::io
