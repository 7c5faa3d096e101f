// The session's scene on the built-in spine (low detail, generated once): posed skin
// matrices, the view commands and their error messages, the frames they produce (layers,
// x-ray, clip, isolate, compare), picking through probe results and label anchors.
#include <gtest/gtest.h>

#include <memory>

#include "model_source.h"
#include "scene/label_anchors.h"
#include "scene/probe_feedback.h"
#include "scene/session_scene.h"
#include "scene_builder.h"
#include "session/session.h"

namespace spineview::app {
namespace {

bool isIdentity(const glm::mat4& m, float tolerance = 1e-3f) {
  for (int c = 0; c < 4; ++c)
    for (int r = 0; r < 4; ++r)
      if (std::abs(m[c][r] - (c == r ? 1.0f : 0.0f)) > tolerance * (r == 3 || c != 3 ? 1.0f : 100.0f)) return false;
  return true;
}

class SessionScene : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto model = loadBuiltInViewModel(mesh::Detail::Low);
    ASSERT_TRUE(model.ok()) << model.message();
    auto session = Session::create(std::move(model).value(), SPINEVIEW_TEST_ASSET_DIR);
    ASSERT_TRUE(session.ok()) << session.message();
    shared_ = std::move(session).value().release();
  }
  static void TearDownTestSuite() { delete shared_; }
  void SetUp() override {
    ASSERT_NE(shared_, nullptr);
    s = shared_;
    s->state().view = ViewSettings{};
    s->state().selection = {};
    // Loading a motion pre-runs it (seconds in Debug): only when another one is loaded.
    if (s->state().playback.motionId != "controlled_rotation") {
      ASSERT_TRUE(s->execute("motion controlled_rotation").ok());
    }
    for (const char* line : {"mode explore", "pause", "seek 0", "view left"}) ASSERT_TRUE(s->execute(line).ok()) << line;
  }
  std::size_t partIndex(const std::string& name) const {
    const auto& parts = s->model().mesh.parts;
    for (std::size_t i = 0; i < parts.size(); ++i)
      if (parts[i].name == name) return i;
    ADD_FAILURE() << "no part " << name;
    return 0;
  }
  const scene::DrawItem* item(const scene::FrameView& v, const std::string& name) const {
    const auto id = static_cast<std::uint32_t>(partIndex(name) + 1);
    for (const auto& i : v.items)
      if (i.partId == id) return &i;
    return nullptr;
  }
  static Session* shared_;
  Session* s = nullptr;
};
Session* SessionScene::shared_ = nullptr;

TEST_F(SessionScene, RestPoseGivesIdentitySkinMatrices) {
  const auto poses = look::sessionViewPoses(*s);
  ASSERT_EQ(poses.size(), 1u);
  ASSERT_EQ(poses[0].skin.size(), s->model().mesh.skeleton.size());
  for (std::size_t j = 0; j < poses[0].skin.size(); ++j)
    EXPECT_TRUE(isIdentity(poses[0].skin[j])) << s->model().mesh.skeleton[j].name;
}

TEST_F(SessionScene, RotationMovesC1ButNotT12) {
  ASSERT_TRUE(s->execute("seek 1.5").ok());
  const auto skin = look::sessionViewPoses(*s)[0].skin;
  EXPECT_FALSE(isIdentity(skin[anatomy::index(anatomy::Vertebra::C1)]));
  EXPECT_TRUE(isIdentity(skin[anatomy::index(anatomy::Vertebra::T12)]));
}

TEST_F(SessionScene, ScapulaeFollowTheRetraction) {
  const auto& skeleton = s->model().mesh.skeleton;
  std::size_t left = skeleton.size();
  for (std::size_t j = 0; j < skeleton.size(); ++j)
    if (skeleton[j].name == "Left scapula") left = j;
  if (left == skeleton.size()) GTEST_SKIP() << "this model has no scapula joints";
  biomech::Pose pose = s->player().frame().state.pose;
  const auto rest = posedJointWorld(*s, pose);
  pose.scapula[0] = {12.0, 8.0};  // a squeeze: medial glide and retraction rotation
  const auto squeezed = posedJointWorld(*s, pose);
  const auto parent = static_cast<std::size_t>(skeleton[left].parent);
  const glm::mat4 expected = squeezed[parent] * glm::inverse(skeleton[parent].bindWorld) * skeleton[left].bindWorld *
                             biomech::scapulaRetraction(pose.scapula[0], anatomy::Side::Left);
  for (int c = 0; c < 4; ++c)
    for (int r = 0; r < 4; ++r) EXPECT_NEAR(squeezed[left][c][r], expected[c][r], 1e-3f);
  // The shoulder blade moves toward the spine (−X for the left one); the right one stays.
  EXPECT_LT(squeezed[left][3].x, rest[left][3].x - 1.0f);
  for (std::size_t j = 0; j < skeleton.size(); ++j)
    if (skeleton[j].name == "Right scapula") {
      EXPECT_TRUE(isIdentity(squeezed[j] * glm::inverse(rest[j])));
    }
}

TEST_F(SessionScene, FramesCarrySortCentresAndLayers) {
  ASSERT_TRUE(s->execute("layers bones,arteries").ok());
  const auto views = buildSessionViews(*s, 320, 240);
  ASSERT_EQ(views.size(), 1u);
  for (const auto& i : views[0].items) {
    const auto kind = s->model().mesh.parts[i.partId - 1].kind;
    EXPECT_TRUE(kind == mesh::PartKind::Bone || kind == mesh::PartKind::Artery) << s->model().mesh.parts[i.partId - 1].name;
  }
  const auto* c5 = item(views[0], "C5 vertebra");
  const auto* t12 = item(views[0], "T12 vertebra");
  ASSERT_TRUE(c5 && t12);
  EXPECT_GT(c5->sortCentre.y, t12->sortCentre.y + 100.0f);  // C5 sits well above T12
  EXPECT_TRUE(item(views[0], "Left vertebral artery V3"));
  EXPECT_FALSE(item(views[0], "Spinal cord"));
}

TEST_F(SessionScene, XrayClipAndIsolateReachTheFrame) {
  ASSERT_TRUE(s->execute("xray on").ok());
  ASSERT_TRUE(s->execute("clip sagittal 5").ok());
  ASSERT_TRUE(s->execute("isolate C5").ok());
  const auto view = buildSessionViews(*s, 320, 240)[0];
  EXPECT_TRUE(view.clipEnabled);
  EXPECT_EQ(glm::vec3(view.clipPlane), glm::vec3(1, 0, 0));
  EXPECT_NEAR(view.clipPlane.w, look::modelGeometry(*s).centre().x + 5.0f, 1e-3f);
  EXPECT_FLOAT_EQ(item(view, "C5 vertebra")->color.a, look::kXrayBoneAlpha);
  EXPECT_LE(item(view, "C6 vertebra")->color.a, look::kDimmedAlpha);
  EXPECT_FLOAT_EQ(item(view, "Left C5–C6 facet joint")->color.a, 1.0f);
}

TEST_F(SessionScene, CompareModeGivesTwoViewsSideBySide) {
  ASSERT_TRUE(s->execute("mode compare").ok());
  const auto views = buildSessionViews(*s, 640, 240);
  ASSERT_EQ(views.size(), 2u);
  EXPECT_EQ(views[0].viewport, glm::vec4(0.0f, 0.0f, 0.5f, 1.0f));
  EXPECT_EQ(views[1].viewport, glm::vec4(0.5f, 0.0f, 0.5f, 1.0f));
  ASSERT_TRUE(s->execute("mode explore").ok());
}

TEST_F(SessionScene, CommandsRejectBadInputWithClearMessages) {
  struct Case {
    const char* line;
    const char* mentions;
  };
  for (const Case& c : {Case{"layer spleen on", "not a layer"}, Case{"layer bones maybe", "not on or off"},
                        Case{"opacity bones 1.5", "outside"}, Case{"layers bones,teeth", "\"teeth\" is not a layer"},
                        Case{"xray sideways", "not on or off"}, Case{"clip diagonal", "not off, sagittal"},
                        Case{"clip axial far", "not a number"}, Case{"isolate L3", "not a level"},
                        Case{"select 99999", "outside"}, Case{"select 2.5", "whole"}, Case{"pick 10", "argument"},
                        Case{"view sideways", "not anterior"}, Case{"view left slowly", "instant"},
                        Case{"labels", "argument"}}) {
    const auto status = s->execute(c.line);
    ASSERT_FALSE(status.ok()) << c.line;
    EXPECT_NE(status.message().find(c.mentions), std::string::npos) << c.line << " → " << status.message();
  }
}

TEST_F(SessionScene, LayersListSetsExactlyThoseLayers) {
  ASSERT_TRUE(s->execute("layers arteries,nerves").ok());
  const auto& visible = s->state().view.visible;
  for (int i = 0; i < kLayerCount; ++i)
    EXPECT_EQ(visible[static_cast<std::size_t>(i)], i == static_cast<int>(LayerId::Arteries) || i == static_cast<int>(LayerId::CordAndNerves));
  ASSERT_TRUE(s->execute("layers all").ok());
  for (bool v : s->state().view.visible) EXPECT_TRUE(v);
}

TEST_F(SessionScene, PickTurnsAProbeIntoASelection) {
  ASSERT_TRUE(s->execute("pick 160 120").ok());
  auto views = buildSessionViews(*s, 320, 240);
  s->probes().attach(views, 320, 240, 7, s->queue());
  ASSERT_FALSE(views[0].probePixels.empty());
  EXPECT_EQ(views[0].probePixels.front(), glm::vec2(160, 120));
  const auto c5 = static_cast<std::uint32_t>(partIndex("C5 vertebra"));
  render::ProbeResults results{{glm::vec2(160, 120), 0, true, c5 + 1, 0.5f}};
  s->probes().collect(7, results, s->queue());
  EXPECT_FALSE(s->probes().pickPending());
  s->update(0.0);  // the select command runs with the next update
  ASSERT_TRUE(s->state().selection.partIndex);
  EXPECT_EQ(*s->state().selection.partIndex, c5);
  const auto selected = buildSessionViews(*s, 320, 240)[0];
  EXPECT_GT(item(selected, "C5 vertebra")->highlight.a, 0.5f);
  const float wholeSpine = s->state().view.camera.distance;
  ASSERT_TRUE(s->execute("focus instant").ok());
  EXPECT_LT(s->state().view.camera.distance, 0.3f * wholeSpine);  // close up on one vertebra
  EXPECT_NEAR(s->state().view.camera.target.y, item(selected, "C5 vertebra")->sortCentre.y, 15.0f);
}

TEST_F(SessionScene, IsolatingALevelAndFramingASubjectBringThemIntoView) {
  ASSERT_TRUE(s->execute("view left instant").ok());
  const float whole = s->state().view.camera.distance;
  const float c5y = item(buildSessionViews(*s, 320, 240)[0], "C5 vertebra")->sortCentre.y;
  ASSERT_TRUE(s->execute("isolate C5").ok());
  EXPECT_LT(s->state().view.camera.distance, 0.6f * whole) << "closer than the whole model";
  EXPECT_NEAR(s->state().view.camera.target.y, c5y, 25.0f) << "aimed at C5 and its neighbours";
  ASSERT_TRUE(s->execute("frame head_and_neck").ok());
  EXPECT_GT(s->state().view.camera.target.y, c5y) << "the head and neck lie above C5";
  EXPECT_FALSE(s->execute("frame elbow").ok());
  ASSERT_TRUE(s->execute("camera 30 10 400 0 100 0").ok());
  EXPECT_FLOAT_EQ(s->state().view.camera.yawDegrees, 30.0f);
  EXPECT_FLOAT_EQ(s->state().view.camera.distance, 400.0f);
}

TEST_F(SessionScene, TheCameraTargetIsDrawnInTheMiddleOfTheFreeArea) {
  // The panels leave the right two thirds free: the target projects to that area's centre.
  s->setSceneArea({1.0f / 3.0f, 0.1f, 2.0f / 3.0f, 0.8f}, (2.0f / 3.0f * 1200.0f) / (0.8f * 600.0f));
  const auto poses = look::sessionViewPoses(*s);
  const auto projection = look::viewProjection(*s, poses[0], 1200.0f, 600.0f);
  glm::vec2 pixel;
  ASSERT_TRUE(look::projectToPixel(projection, s->state().view.camera.target, pixel));
  EXPECT_NEAR(pixel.x, 400.0f + 400.0f, 1.0f);
  EXPECT_NEAR(pixel.y, 60.0f + 240.0f, 1.0f);
  s->setSceneArea({0.0f, 0.0f, 1.0f, 1.0f}, 2.0f);
}

TEST_F(SessionScene, LabelsNameVertebraeAndHideCoveredAnchors) {
  auto anchors = look::sessionLabelAnchors(*s, 1280, 720);
  const auto c5 = std::find_if(anchors.begin(), anchors.end(), [](const auto& a) { return a.text == "C5"; });
  ASSERT_NE(c5, anchors.end());
  EXPECT_TRUE(c5->visible);
  // A probe of last frame that saw something else at the anchor hides it.
  s->probes().setLatest({{0, c5->pixel, 0}});
  anchors = look::sessionLabelAnchors(*s, 1280, 720);
  const auto hidden = std::find_if(anchors.begin(), anchors.end(), [](const auto& a) { return a.text == "C5"; });
  EXPECT_FALSE(hidden->visible);
  EXPECT_TRUE(hidden->onScreen);  // still probed, so it can come back
  ASSERT_TRUE(s->execute("labels off").ok());
  EXPECT_TRUE(look::sessionLabelAnchors(*s, 1280, 720).empty());
}

TEST_F(SessionScene, ForcefulTwistLabelsTheStretchedArtery) {
  ASSERT_TRUE(s->execute("motion forceful_self_twist").ok());
  ASSERT_TRUE(s->execute("seek 0.3").ok());
  const auto anchors = look::sessionLabelAnchors(*s, 1280, 720);
  const bool arteryLabel = std::any_of(anchors.begin(), anchors.end(), [](const auto& a) { return a.alarm; });
  EXPECT_TRUE(arteryLabel);
}

}  // namespace
}  // namespace spineview::app
