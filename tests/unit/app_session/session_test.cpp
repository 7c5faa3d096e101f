// The session without graphics: commands change state, playback follows the clock, the
// comparison pair stays synchronized, and the pre-run plot series hold the literature story
// (forceful twist: fast, pops; controlled rotation: slow, none).
#include <gtest/gtest.h>

#include <unistd.h>

#include <memory>

#include "session/session.h"

namespace spineview::app {
namespace {

// A session on a tiny stand-in mesh: the tests here are about state, not geometry.
std::unique_ptr<Session> makeSession() {
  ViewModel model;
  model.displayName = "test";
  model.builtInSpine = false;
  auto session = Session::create(std::move(model), SPINEVIEW_TEST_ASSET_DIR);
  EXPECT_TRUE(session.ok()) << session.message();
  return session.ok() ? std::move(session).value() : nullptr;
}

class SessionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { shared_ = makeSession().release(); }
  static void TearDownTestSuite() { delete shared_; }
  void SetUp() override {
    ASSERT_NE(shared_, nullptr);
    s = shared_;
    ASSERT_TRUE(s->execute("mode explore").ok());
    ASSERT_TRUE(s->execute("motion controlled_rotation").ok());
    ASSERT_TRUE(s->execute("pause").ok());
    ASSERT_TRUE(s->execute("speed 1").ok());
    ASSERT_TRUE(s->execute("loop on").ok());
  }
  static Session* shared_;
  Session* s = nullptr;
};
Session* SessionTest::shared_ = nullptr;

TEST_F(SessionTest, UnknownAndMalformedCommandsSayWhatIsWrong) {
  auto unknown = s->execute("fly away");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.message().find("unknown command \"fly\""), std::string::npos);
  auto badSpeed = s->execute("speed 9");
  ASSERT_FALSE(badSpeed.ok());
  EXPECT_NE(badSpeed.message().find("usage: speed FACTOR"), std::string::npos);
  auto badMotion = s->execute("motion nothing_like_this");
  ASSERT_FALSE(badMotion.ok());
  EXPECT_NE(badMotion.message().find("nothing_like_this"), std::string::npos);
  EXPECT_EQ(s->state().playback.motionId, "controlled_rotation");
}

TEST_F(SessionTest, PlaybackAdvancesWithSpeedAndStopsOrLoops) {
  ASSERT_TRUE(s->execute("speed 0.5").ok());
  ASSERT_TRUE(s->execute("play").ok());
  s->update(1.0);
  EXPECT_NEAR(s->state().playback.timeS, 0.5, 1e-9);
  EXPECT_NEAR(s->player().timeS(), 0.5, 2e-3);

  const double duration = s->player().durationS();
  ASSERT_TRUE(s->execute("loop off").ok());
  s->update(2.0 * duration / 0.5);
  EXPECT_NEAR(s->state().playback.timeS, duration, 1e-9);
  EXPECT_FALSE(s->state().playback.playing);

  ASSERT_TRUE(s->execute("loop on").ok());
  ASSERT_TRUE(s->execute("play").ok());
  s->update(0.25 / 0.5);
  EXPECT_LT(s->state().playback.timeS, 0.3) << "playing at the end with loop on starts again";
}

TEST_F(SessionTest, QueuedCommandsRunBeforeTheStepAndFailuresBecomeNotices) {
  const auto before = s->notices().size();
  s->queue().push("seek", {"2"});
  s->queue().push("speed", {"-3"});
  s->update(0.0);
  EXPECT_NEAR(s->state().playback.timeS, 2.0, 1e-9);
  ASSERT_EQ(s->notices().size(), before + 1);
  EXPECT_EQ(s->notices().back().kind, Notice::Kind::Error);
  // A sentence for people, without the text written for scripts.
  EXPECT_EQ(s->notices().back().text, "\"-3\" is outside 0.05 … 2.");
  EXPECT_EQ(s->notices().back().text.find("usage"), std::string::npos);
}

TEST(Notices, CommandErrorsBecomeSentences) {
  EXPECT_EQ(sentenceForPeople("\"motion x\": there is no motion called \"x\" (usage: motion ID)"), "There is no motion called \"x\".");
  EXPECT_EQ(sentenceForPeople("cannot save the settings"), "Cannot save the settings.");
}

TEST_F(SessionTest, StepMovesOneFrameAndPauses) {
  ASSERT_TRUE(s->execute("seek 1").ok());
  ASSERT_TRUE(s->execute("play").ok());
  ASSERT_TRUE(s->execute("step -1").ok());
  EXPECT_FALSE(s->state().playback.playing);
  EXPECT_NEAR(s->state().playback.timeS, 1.0 - kPlotStepS, 1e-9);
  EXPECT_NEAR(s->player().timeS(), 1.0 - kPlotStepS, 2e-3);
}

TEST_F(SessionTest, SeekingBackShowsTheSameStateAsPlayingForward) {
  ASSERT_TRUE(s->execute("seek 3").ok());
  const double yawForward = s->player().frame().state.use.cervical.totalDeg.axialRotation;
  ASSERT_TRUE(s->execute("seek 5").ok());
  ASSERT_TRUE(s->execute("seek 3").ok());
  EXPECT_DOUBLE_EQ(s->player().frame().state.use.cervical.totalDeg.axialRotation, yawForward);
  EXPECT_GT(std::abs(yawForward), 5.0) << "controlled rotation turns the head by 3 s";
}

TEST_F(SessionTest, CompareModeKeepsBothMotionsOnOneTimeBase) {
  ASSERT_TRUE(s->execute("compare forceful_self_twist controlled_rotation").ok());
  EXPECT_EQ(s->state().mode, AppMode::Compare);
  ASSERT_NE(s->forcefulPlayer(), nullptr);
  ASSERT_NE(s->controlledPlayer(), nullptr);
  ASSERT_TRUE(s->execute("seek 0.8").ok());
  ASSERT_TRUE(s->execute("play").ok());
  s->update(0.2);
  // The twist is shown slowed on the comparison's clock (session/compare_clock.h); its true
  // time is the timeline time through that clock, the controlled turn's is the timeline time.
  const CompareClock& clock = s->compareClock();
  EXPECT_GT(clock.slowFactor, 5);
  EXPECT_NEAR(s->forcefulPlayer()->timeS(), clock.forcefulTime(1.0), 2e-3);
  EXPECT_NEAR(s->controlledPlayer()->timeS(), 1.0, 2e-3);
  EXPECT_GT(clock.timelineS, 20.0) << "long enough to watch, not the 78 s of three controlled repetitions";
  EXPECT_LT(clock.timelineS, 40.0);
}

TEST_F(SessionTest, PlotSeriesTellForcefulFromControlled) {
  ASSERT_TRUE(s->execute("compare forceful_self_twist controlled_rotation").ok());
  const PlotSeries& forceful = s->forcefulPlayer()->series();
  const PlotSeries& controlled = s->controlledPlayer()->series();
  EXPECT_GT(forceful.peakHeadSpeedDegS, 5.0 * controlled.peakHeadSpeedDegS);
  EXPECT_GE(forceful.pops.size(), 1u);
  EXPECT_TRUE(controlled.pops.empty());
  EXPECT_GT(forceful.worstZone, controlled.worstZone);
  EXPECT_GT(std::max(forceful.peakArteryStrainPercent[0], forceful.peakArteryStrainPercent[1]),
            std::max(controlled.peakArteryStrainPercent[0], controlled.peakArteryStrainPercent[1]));
  // One time base: samples every 10 ms from 0 to the end.
  ASSERT_GT(forceful.samples.size(), 10u);
  EXPECT_DOUBLE_EQ(forceful.samples.front().timeS, 0.0);
  EXPECT_NEAR(forceful.samples[1].timeS, kPlotStepS, 1e-9);
}

TEST_F(SessionTest, PopsReportedOnceWhilePlayingThroughThem) {
  ASSERT_TRUE(s->execute("motion forceful_self_twist").ok());
  const auto& expected = s->player().series().pops;
  ASSERT_FALSE(expected.empty());
  ASSERT_TRUE(s->execute("loop off").ok());
  ASSERT_TRUE(s->execute("play").ok());
  std::size_t seen = 0;
  for (int i = 0; i < 400 && s->state().playback.playing; ++i) {
    s->update(1.0 / 60.0);
    seen += s->recentPops().size();
  }
  EXPECT_EQ(seen, expected.size());
}

}  // namespace
}  // namespace spineview::app

#include <filesystem>

#include "io/gltf_export.h"

namespace spineview::app {
namespace {

mesh::MeshData oneTriangle() {
  mesh::MeshData m;
  m.name = "triangle";
  m.positions = {{0, 0, 0}, {10, 0, 0}, {0, 10, 0}};
  m.normals = {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}};
  m.indices = {0, 1, 2};
  m.parts.push_back({"Test plate", mesh::PartKind::Other, std::nullopt, std::nullopt, 0, 3});
  return m;
}

TEST_F(SessionTest, OpenKeepsTheCurrentModelWhenAFileIsRefused) {
  const auto generation = s->modelGeneration();
  const std::string before = s->model().displayName;
  auto refused = s->execute("open /no/such/folder/model.glb");
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.message().find("model.glb"), std::string::npos) << refused.message();
  EXPECT_NE(refused.message().find("the current model stays"), std::string::npos) << refused.message();
  EXPECT_EQ(s->modelGeneration(), generation);
  EXPECT_EQ(s->model().displayName, before);
}

TEST_F(SessionTest, OpenShowsANewModelAndFramesIt) {
  const auto dir = std::filesystem::temp_directory_path() / ("spineview-open-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  ASSERT_TRUE(io::exportGlb(oneTriangle(), dir / "plate.glb").ok());
  const auto generation = s->modelGeneration();
  auto opened = s->execute(Command{"open", {(dir / "plate.glb").string()}});
  ASSERT_TRUE(opened.ok()) << opened.message();
  EXPECT_EQ(s->modelGeneration(), generation + 1);
  EXPECT_EQ(s->model().displayName, "plate.glb");
  EXPECT_EQ(s->model().mesh.indices.size(), 3u);
  EXPECT_LT(glm::length(s->state().view.camera.target - glm::vec3(5.0f, 5.0f, 0.0f)), 0.5f);
  EXPECT_EQ(s->notices().back().kind, Notice::Kind::Info);
  std::filesystem::remove_all(dir);
}

TEST_F(SessionTest, DismissHidesTheNoticesShownSoFar) {
  s->notify(Notice::Kind::Warning, "a warning for the test");
  ASSERT_LT(s->noticesDismissed(), s->notices().size());
  ASSERT_TRUE(s->execute("dismiss-notices").ok());
  EXPECT_EQ(s->noticesDismissed(), s->notices().size());
}

}  // namespace
}  // namespace spineview::app
