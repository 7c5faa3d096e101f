// Picks wait for the results of the frame that carried them, however many frames are in
// flight, and are sent again when that frame was never drawn.
#include <gtest/gtest.h>

#include "scene/probe_feedback.h"
#include "session/command.h"

namespace spineview::app {
namespace {

std::vector<scene::FrameView> oneView() { return std::vector<scene::FrameView>(1); }

render::ProbeResults seen(glm::vec2 pixel, std::uint32_t partId) { return {{pixel, 0, true, partId, 0.5f}}; }

std::vector<std::string> selects(CommandQueue& queue) {
  std::vector<std::string> out;
  for (const auto& c : queue.take())
    if (c.verb == "select") out.push_back(c.args.at(0));
  return out;
}

TEST(ProbeFeedback, APickIsAnsweredByItsOwnFrameTwoFramesLater) {
  ProbeFeedback probes;
  CommandQueue queue;
  probes.requestPick({100.4f, 50.9f});
  auto frame5 = oneView();
  probes.attach(frame5, 320, 240, 5, queue);
  ASSERT_EQ(frame5[0].probePixels.size(), 1u);
  EXPECT_EQ(frame5[0].probePixels[0], glm::vec2(100, 50));
  auto frame6 = oneView();
  probes.attach(frame6, 320, 240, 6, queue);
  EXPECT_TRUE(frame6[0].probePixels.empty()) << "a pick is sent once";
  // Frame 4's results arrive while frame 6 is recorded: they know nothing of the pick.
  probes.collect(4, render::ProbeResults{}, queue);
  EXPECT_TRUE(probes.pickPending());
  EXPECT_TRUE(selects(queue).empty());
  probes.collect(5, seen({100, 50}, 12), queue);
  EXPECT_FALSE(probes.pickPending());
  EXPECT_EQ(selects(queue), std::vector<std::string>{"11"});  // part ids are indices + 1
}

TEST(ProbeFeedback, AFrameThatWasNeverDrawnSendsThePickAgain) {
  ProbeFeedback probes;
  CommandQueue queue;
  probes.requestPick({10, 10});
  auto frame1 = oneView();
  probes.attach(frame1, 320, 240, 1, queue);  // frame 1 is built but never recorded
  probes.collect(2, render::ProbeResults{}, queue);
  EXPECT_TRUE(probes.pickPending());
  auto frame3 = oneView();
  probes.attach(frame3, 320, 240, 3, queue);
  ASSERT_EQ(frame3[0].probePixels.size(), 1u);
  probes.collect(3, seen({10, 10}, 0), queue);
  EXPECT_EQ(selects(queue), std::vector<std::string>{"none"});  // the background clears the selection
}

TEST(ProbeFeedback, APickGoesToTheViewThatHoldsItAndOutsideEveryViewClearsTheSelection) {
  ProbeFeedback probes;
  CommandQueue queue;
  std::vector<scene::FrameView> split(2);
  split[0].viewport = {0.0f, 0.0f, 0.5f, 1.0f};
  split[1].viewport = {0.5f, 0.0f, 0.5f, 1.0f};
  split[1].probePixels.assign(200, glm::vec2(300, 100));  // label anchors already there
  probes.requestPick({250, 100});
  probes.attach(split, 400, 200, 1, queue);
  EXPECT_TRUE(split[0].probePixels.empty());
  ASSERT_EQ(split[1].probePixels.size(), 201u);
  EXPECT_EQ(split[1].probePixels.front(), glm::vec2(250, 100)) << "first, so the probe limit never drops it";
  probes.requestPick({500, 100});
  probes.attach(split, 400, 200, 2, queue);
  EXPECT_EQ(selects(queue), std::vector<std::string>{"none"});
}

TEST(ProbeFeedback, LatestResultsFeedLabelOcclusion) {
  ProbeFeedback probes;
  CommandQueue queue;
  render::ProbeResults results{{glm::vec2(1, 2), 0, true, 3, 0.5f}, {glm::vec2(9, 9), 0, false, 0, 1.0f}};
  probes.collect(1, results, queue);
  ASSERT_EQ(probes.latest().size(), 1u);
  EXPECT_EQ(probes.latest()[0].partId, 3u);
  probes.clear();
  EXPECT_TRUE(probes.latest().empty());
}

}  // namespace
}  // namespace spineview::app
