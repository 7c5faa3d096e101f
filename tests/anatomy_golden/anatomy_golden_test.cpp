// The built-in C0–T12 model (Low detail, rest pose, default layers, no interface) seen from
// the front, the left and behind at 320x240 on lavapipe. Besides the golden comparison each
// test checks what the picture must show whatever the renderer's shading: the framed model
// fills a sensible share of the picture without running off it, the patient's left is on the
// correct side, front and back silhouettes are mirror images of each other, and from the left
// the chest lies on the image's left of the spine.
//
// Tolerance: a channel may differ by up to 10 (of 255) and 0.5 % of pixels may differ more,
// enough for rounding differences between lavapipe builds, far too little to hide a missing or
// misplaced structure (one rib or the scapula alone covers several percent of the picture).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>

#include "frontend/headless_session.h"
#include "gpu_test_support.h"
#include "scene_builder.h"
#include "session/session.h"

namespace spineview {
namespace {

constexpr VkExtent2D kSize{320, 240};
constexpr test::GoldenTolerance kTolerance{10, 0.005};

// Which pixels show the model: those clearly different from the clear colour in the corner
// (the model is framed with a margin, so the corners are always background).
struct Mask {
  int width = 0, height = 0;
  std::vector<bool> on;
  bool at(int x, int y) const { return on[static_cast<std::size_t>(y) * width + x]; }
  int count() const { return static_cast<int>(std::count(on.begin(), on.end(), true)); }
};

Mask foreground(const core::RgbaImage& img) {
  Mask m{static_cast<int>(img.width), static_cast<int>(img.height), {}};
  m.on.resize(img.pixels.size() / 4);
  const auto* bg = img.pixels.data();
  for (std::size_t i = 0; i < m.on.size(); ++i) {
    const auto* p = &img.pixels[i * 4];
    m.on[i] = std::abs(p[0] - bg[0]) + std::abs(p[1] - bg[1]) + std::abs(p[2] - bg[2]) > 12;
  }
  return m;
}

// Intersection over union of `a` and the left–right mirror image of `b`.
double mirroredOverlap(const Mask& a, const Mask& b) {
  int both = 0, either = 0;
  for (int y = 0; y < a.height; ++y) {
    for (int x = 0; x < a.width; ++x) {
      const bool pa = a.at(x, y), pb = b.at(b.width - 1 - x, y);
      both += pa && pb;
      either += pa || pb;
    }
  }
  return either ? static_cast<double>(both) / either : 0.0;
}

class AnatomyGolden : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gpu_ = test::makeValidatedContext().release();
    model_ = new auto(app::loadBuiltInViewModel(mesh::Detail::Low));
  }
  static void TearDownTestSuite() {
    delete model_;
    model_ = nullptr;
    delete gpu_;
    gpu_ = nullptr;
  }

  // The whole model framed from `view` (anterior, left, posterior); the session stays
  // available for projecting landmarks.
  core::RgbaImage render(const std::string& view) {
    EXPECT_TRUE(gpu_ && *model_) << (*model_ ? "" : model_->message());
    if (!gpu_ || !*model_) return {};
    auto session = app::Session::create(**model_, SPINEVIEW_TEST_ASSET_DIR);
    EXPECT_TRUE(session) << session.message();
    if (!session) return {};
    session_ = std::move(session).value();
    const auto done = session_->execute("view " + view + " instant");
    EXPECT_TRUE(done) << done.message();
    app::HeadlessSession headless(*gpu_, *session_, kSize, false);
    auto image = headless.renderFrame(0.0);
    test::expectNoValidationMessages();
    EXPECT_EQ(image.width, kSize.width);
    EXPECT_EQ(image.height, kSize.height);
    return image;
  }

  // Where a joint's rest position lands in the last rendered view, in pixels (origin top-left).
  glm::vec2 projectJoint(const std::string& name) const {
    const auto& mesh = session_->model().mesh;
    const auto views = app::buildSessionViews(*session_, static_cast<float>(kSize.width), static_cast<float>(kSize.height));
    for (const auto& joint : mesh.skeleton) {
      if (joint.name != name) continue;
      const glm::vec4 clip = views.front().projection * views.front().view * glm::vec4(glm::vec3(joint.bindWorld[3]), 1.0f);
      const glm::vec2 ndc = glm::vec2(clip) / clip.w;
      return {(ndc.x * 0.5f + 0.5f) * static_cast<float>(kSize.width), (ndc.y * 0.5f + 0.5f) * static_cast<float>(kSize.height)};
    }
    ADD_FAILURE() << "no joint named " << name;
    return {};
  }

  static void expectFramed(const Mask& m) {
    const double share = static_cast<double>(m.count()) / (m.width * m.height);
    EXPECT_GT(share, 0.05) << "the model covers too little of the picture";
    EXPECT_LT(share, 0.75) << "the model is not framed with a margin";
    // The whole model is in the picture: nothing touches its edges.
    int touching = 0;
    for (int x = 0; x < m.width; ++x) touching += m.at(x, 0) + m.at(x, m.height - 1);
    for (int y = 0; y < m.height; ++y) touching += m.at(0, y) + m.at(m.width - 1, y);
    EXPECT_EQ(touching, 0) << "the model runs off the edge of the picture";
  }

  static app::GpuContext* gpu_;
  static core::Result<app::ViewModel>* model_;
  std::unique_ptr<app::Session> session_;
};
app::GpuContext* AnatomyGolden::gpu_ = nullptr;
core::Result<app::ViewModel>* AnatomyGolden::model_ = nullptr;

// Whether the model is drawn within `radius` pixels of `p`.
bool drawnNear(const Mask& m, glm::vec2 p, int radius) {
  for (int y = static_cast<int>(p.y) - radius; y <= static_cast<int>(p.y) + radius; ++y) {
    for (int x = static_cast<int>(p.x) - radius; x <= static_cast<int>(p.x) + radius; ++x) {
      if (x >= 0 && y >= 0 && x < m.width && y < m.height && m.at(x, y)) return true;
    }
  }
  return false;
}

TEST_F(AnatomyGolden, AnteriorViewShowsThePatientsLeftOnTheRight) {
  const auto image = render("anterior");
  const auto mask = foreground(image);
  expectFramed(mask);
  // Facing the patient, their left shoulder blade is on the image's right, and drawn there.
  const glm::vec2 scapula = projectJoint("Left scapula");
  EXPECT_GT(scapula.x, 0.5f * kSize.width + 10.0f);
  EXPECT_TRUE(drawnNear(mask, scapula, 3));
  test::expectMatchesGolden(image, "anatomy_anterior_320x240", kTolerance);
}

TEST_F(AnatomyGolden, LeftLateralViewShowsTheChestInFrontOfTheSpine) {
  const auto image = render("left");
  const auto mask = foreground(image);
  expectFramed(mask);
  // Seen from the patient's left, anterior is on the image's left: along the row through the
  // T6 vertebra the ribs and sternum reach much further forward than the spinous process,
  // the scapula and the skin reach backwards.
  const glm::vec2 t6 = projectJoint("T6 vertebra");
  const int row = static_cast<int>(t6.y), spine = static_cast<int>(t6.x);
  ASSERT_TRUE(row >= 0 && row < mask.height && spine >= 0 && spine < mask.width) << t6.x << ", " << t6.y;
  int front = 0, back = 0;
  for (int x = 0; x < mask.width; ++x) (x < spine ? front : back) += mask.at(x, row);
  EXPECT_GT(front, back + back / 4) << "front " << front << " px, back " << back << " px";
  test::expectMatchesGolden(image, "anatomy_left_320x240", kTolerance);
}

TEST_F(AnatomyGolden, PosteriorViewMirrorsTheAnteriorSilhouette) {
  const auto anterior = foreground(render("anterior"));
  const auto image = render("posterior");
  const auto posterior = foreground(image);
  expectFramed(posterior);
  // Same distance from opposite sides: the outlines match once flipped left–right (up to
  // perspective, since the nearer half of the body looks slightly larger).
  EXPECT_GT(mirroredOverlap(anterior, posterior), 0.8);
  // From behind, the patient's left shoulder blade is on the image's left.
  const glm::vec2 scapula = projectJoint("Left scapula");
  EXPECT_LT(scapula.x, 0.5f * kSize.width - 10.0f);
  EXPECT_TRUE(drawnNear(posterior, scapula, 3));
  test::expectMatchesGolden(image, "anatomy_posterior_320x240", kTolerance);
}

}  // namespace
}  // namespace spineview
