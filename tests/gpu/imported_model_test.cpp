// Imported models as the viewer shows them (the file → ViewModel → session → views → renderer,
// on lavapipe under validation, both skinning paths): a base-colour texture appears on its surface the right way
// up, a vessel centre-line is drawn as a line in its file's colour, points as dots, and a click
// on (or right next to) the line picks it. Pictures land in test-output/ to look at.
#include <gtest/gtest.h>

#include "core/paths.h"
#include "gpu_test_support.h"
#include "model_source.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
#include "scene/probe_feedback.h"
#include "scene_fixture.h"
#include "session/session.h"
#include "test_models.h"

namespace spineview {
namespace {

constexpr VkExtent2D kSize{320, 240};

// A 0.1 m textured square facing +Z (the front), a yellow centre-line running down its right
// side in front of it, and three points along its left side.
std::filesystem::path writeModel() {
  const auto dir = io::test::freshFolder("gpu-imported");
  io::test::SimpleMesh square;
  square.positions = {{-0.05f, 0.05f, 0}, {0.05f, 0.05f, 0}, {0.05f, -0.05f, 0}, {-0.05f, -0.05f, 0}};
  square.uvs = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
  square.indices = {0, 3, 2, 0, 2, 1};
  square.textureImage = io::test::pngBytes(64, 64, io::test::quadrantImage(64, 64));
  auto g = io::test::makeSimpleGltf(square);
  // Append the line strip and the points: positions into the buffer, one mesh each.
  std::vector<float> extra = {0.065f, 0.06f, 0.01f, 0.065f, 0.0f, 0.01f, 0.065f, -0.06f, 0.01f,
                              -0.065f, 0.04f, 0.01f, -0.065f, 0.0f, 0.01f, -0.065f, -0.04f, 0.01f};
  while (g.bin.size() % 4) g.bin.push_back(0);
  const auto offset = g.bin.size();
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(extra.data());
  g.bin.insert(g.bin.end(), bytes, bytes + extra.size() * sizeof(float));
  using nlohmann::json;
  g.doc["bufferViews"].push_back({{"buffer", 0}, {"byteOffset", offset}, {"byteLength", 36}});
  g.doc["bufferViews"].push_back({{"buffer", 0}, {"byteOffset", offset + 36}, {"byteLength", 36}});
  const auto views = g.doc["bufferViews"].size();
  g.doc["accessors"].push_back({{"bufferView", views - 2}, {"componentType", 5126}, {"count", 3}, {"type", "VEC3"},
                                {"min", {0.065, -0.06, 0.01}}, {"max", {0.065, 0.06, 0.01}}});
  g.doc["accessors"].push_back({{"bufferView", views - 1}, {"componentType", 5126}, {"count", 3}, {"type", "VEC3"},
                                {"min", {-0.065, -0.04, 0.01}}, {"max", {-0.065, 0.04, 0.01}}});
  const auto accessors = g.doc["accessors"].size();
  g.doc["materials"].push_back({{"pbrMetallicRoughness", {{"baseColorFactor", {1.0, 0.85, 0.0, 1.0}}}}});
  g.doc["meshes"].push_back({{"name", "centre-line"},
                             {"primitives", json::array({{{"mode", 3}, {"material", 1}, {"attributes", {{"POSITION", accessors - 2}}}}})}});
  g.doc["meshes"].push_back({{"name", "landmarks"},
                             {"primitives", json::array({{{"mode", 0}, {"material", 1}, {"attributes", {{"POSITION", accessors - 1}}}}})}});
  g.doc["nodes"].push_back({{"name", "vertebral artery centre-line"}, {"mesh", 1}});
  g.doc["nodes"].push_back({{"name", "landmarks"}, {"mesh", 2}});
  g.doc["scenes"][0]["nodes"] = {0, 1, 2};
  g.doc["buffers"][0]["byteLength"] = g.bin.size();
  return io::test::writeGlb(g, dir / "textured_with_centreline.glb");
}

class ImportedModel : public ::testing::Test {
 protected:
  void SetUp() override {
    gpu_ = test::makeValidatedContext();
    ASSERT_TRUE(gpu_);
    auto model = app::loadViewModelFile(writeModel());
    ASSERT_TRUE(model.ok()) << model.message();
    auto session = app::Session::create(std::move(model).value(), core::assetDir());
    ASSERT_TRUE(session.ok()) << session.message();
    session_ = std::move(session).value();
    session_->state().panels.tour = false;
    ASSERT_TRUE(session_->execute("view anterior").ok());
    auto& camera = session_->state().view.camera;
    camera.target = {0, 0, 0};
    camera.distance = 260.0f;
    renderer_ = std::make_unique<render::SceneRenderer>(gpu_->device, *gpu_->passes);
    renderer_->setMesh(session_->model().mesh);
  }
  void TearDown() override {
    renderer_.reset();
    gpu_.reset();
    test::expectNoValidationMessages();
  }
  // One frame of the session's views; probe results go back to the session, as in the viewer.
  core::RgbaImage frame() {
    auto views = app::buildSessionViews(*session_, kSize.width, kSize.height);
    const std::uint64_t frameNumber = ++frameNumber_;
    session_->probes().attach(views, kSize.width, kSize.height, frameNumber, session_->queue());
    render::HeadlessTarget target(gpu_->device, *gpu_->passes, kSize);
    std::uint32_t usedSlot = 0;
    auto image = target.renderAndRead([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
      usedSlot = slot;
      render::recordFramePasses(cmd, slot, *gpu_->passes, t, {views, renderer_.get(), nullptr});
    });
    session_->probes().collect(frameNumber, renderer_->probeResults(usedSlot), session_->queue());
    session_->update(0.0);
    return image;
  }
  std::array<int, 3> at(const core::RgbaImage& img, int x, int y) const {
    const std::uint8_t* p = img.pixels.data() + (std::size_t(y) * img.width + x) * 4;
    return {p[0], p[1], p[2]};
  }
  int partNamed(const std::string& name) const {
    const auto& parts = session_->model().mesh.parts;
    for (std::size_t i = 0; i < parts.size(); ++i)
      if (parts[i].name == name) return static_cast<int>(i);
    return -1;
  }

  std::unique_ptr<app::GpuContext> gpu_;
  std::unique_ptr<app::Session> session_;
  std::unique_ptr<render::SceneRenderer> renderer_;
  std::uint64_t frameNumber_ = 0;
};

TEST_F(ImportedModel, TextureCentreLineAndPointsAreDrawn) {
  for (auto mode : {render::SkinningMode::Cpu, render::SkinningMode::Gpu}) {
    SCOPED_TRACE(mode == render::SkinningMode::Cpu ? "CPU skinning" : "GPU skinning");
    renderer_->setSkinningMode(mode);
    const auto image = frame();
    const std::string name = mode == render::SkinningMode::Cpu ? "cpu" : "gpu";
    const auto picture = std::filesystem::path(SPINEVIEW_TEST_OUTPUT_DIR) / ("imported_textured_centreline_" + name + ".png");
    EXPECT_TRUE(core::writePng(picture, image).ok());
    // The square spans about the middle third; each quadrant shows its colour (lit, so by which
    // channel dominates), the top left red as in the image file.
    auto dominant = [&](int x, int y) {
      const auto c = at(image, x, y);
      if (c[0] > 120 && c[1] > 120 && c[2] > 120) return 'w';
      if (c[0] > c[1] + 60 && c[0] > c[2] + 60) return 'r';
      if (c[1] > c[0] + 60 && c[1] > c[2] + 60) return 'g';
      if (c[2] > c[0] + 60 && c[2] > c[1] + 60) return 'b';
      return '?';
    };
    const int cx = kSize.width / 2, cy = kSize.height / 2, q = 20;
    EXPECT_EQ(dominant(cx - q, cy - q), 'r');
    EXPECT_EQ(dominant(cx + q, cy - q), 'g');
    EXPECT_EQ(dominant(cx - q, cy + q), 'b');
    EXPECT_EQ(dominant(cx + q, cy + q), 'w');
    // The yellow centre-line, right of the square: yellow pixels in a narrow column there.
    std::size_t yellow = 0, yellowLeft = 0;
    for (int y = 0; y < static_cast<int>(kSize.height); ++y)
      for (int x = 0; x < static_cast<int>(kSize.width); ++x) {
        const auto c = at(image, x, y);
        if (c[0] > 180 && c[1] > 140 && c[2] < 80) (x > cx ? yellow : yellowLeft)++;
      }
    EXPECT_GT(yellow, 40u) << "the centre-line is drawn";
    EXPECT_GT(yellowLeft, 12u) << "the points are drawn";
  }
}

TEST_F(ImportedModel, ClickingOnOrBesideTheCentreLinePicksIt) {
  const int line = partNamed("vertebral artery centre-line");
  ASSERT_GE(line, 0);
  (void)frame();
  // Where the line's middle vertex lands on screen.
  const auto& mesh = session_->model().mesh;
  const auto& part = mesh.parts[static_cast<std::size_t>(line)];
  const glm::vec3 middle = mesh.positions[mesh.indices[part.firstIndex + 1]];
  const auto& camera = session_->state().view.camera;
  const glm::vec4 clip = camera.projection(float(kSize.width) / kSize.height) * camera.view() * glm::vec4(middle, 1.0f);
  const float px = (clip.x / clip.w * 0.5f + 0.5f) * kSize.width, py = (0.5f - clip.y / clip.w * 0.5f) * kSize.height;
  for (float dx : {0.0f, 2.0f}) {
    SCOPED_TRACE("dx " + std::to_string(dx));
    ASSERT_TRUE(session_->execute("select none").ok());
    ASSERT_TRUE(session_->execute("pick " + std::to_string(px + dx) + " " + std::to_string(py)).ok());
    (void)frame();
    ASSERT_TRUE(session_->state().selection.partIndex);
    EXPECT_EQ(static_cast<int>(*session_->state().selection.partIndex), line);
  }
}

}  // namespace
}  // namespace spineview
