// Quick input reaches Dear ImGui: a press and a release inside one frame are handed out over
// two frames by the input queue, so a click that short still opens a menu.
#include <gtest/gtest.h>

#include <imgui.h>

#include "platform/input_queue.h"

namespace spineview::platform {
namespace {

TEST(InputQueue, APressAndReleaseInOneFrameAreSplitOverTwoFrames) {
  InputQueue q;
  q.push(InputEvent::cursor(10, 10));
  q.push(InputEvent::button(0, true));
  q.push(InputEvent::button(0, false));
  q.push(InputEvent::cursor(11, 10));
  const auto first = q.takeFrame();
  ASSERT_EQ(first.size(), 1u) << "the cursor moves first; the press waits for a frame that saw it there";
  const auto second = q.takeFrame();
  ASSERT_EQ(second.size(), 1u);
  EXPECT_TRUE(second[0].down);
  const auto third = q.takeFrame();
  ASSERT_EQ(third.size(), 1u) << "the release, and the move after it waits";
  EXPECT_FALSE(third[0].down);
  EXPECT_EQ(q.takeFrame().size(), 1u);
  EXPECT_TRUE(q.empty());
}

TEST(InputQueue, KeysTrickleButDifferentKeysShareAFrame) {
  InputQueue q;
  q.push(InputEvent::key(341, true, 0));   // Ctrl down
  q.push(InputEvent::key(81, true, 2));    // Q down with Ctrl
  q.push(InputEvent::key(81, false, 2));   // Q up
  q.push(InputEvent::key(341, false, 0));  // Ctrl up
  EXPECT_EQ(q.takeFrame().size(), 2u);
  EXPECT_EQ(q.takeFrame().size(), 2u);
  q.push(InputEvent::text('a'));
  q.push(InputEvent::key(259, true, 0));  // Backspace after typed text waits
  EXPECT_EQ(q.takeFrame().size(), 1u);
  EXPECT_EQ(q.takeFrame().size(), 1u);
}

TEST(InputQueue, AFrameAlwaysTakesSomethingSoTheQueueDrains) {
  InputQueue q;
  for (int i = 0; i < 10; ++i) q.push(InputEvent::button(0, i % 2 == 0));
  int frames = 0;
  while (!q.empty() && frames < 100) q.takeFrame(), ++frames;
  EXPECT_EQ(frames, 10);
}

// Dear ImGui without a backend or a GPU: one frame per call, fed like Window::newImGuiFrame.
class ImGuiFrames {
 public:
  ImGuiFrames() {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(640, 400);
    io.IniFilename = nullptr;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  ~ImGuiFrames() { ImGui::DestroyContext(); }
  // One frame with these events; true when the File menu is open at its end.
  bool frame(const std::vector<InputEvent>& events) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 10.0f;  // a slow CPU-Vulkan frame
    for (const auto& e : events) {
      if (e.type == InputEvent::Type::CursorPos) io.MousePos = ImVec2(e.x, e.y);
      if (e.type == InputEvent::Type::MouseButton) io.MouseDown[e.code] = e.down;
    }
    ImGui::NewFrame();
    bool open = false;
    if (ImGui::BeginMainMenuBar()) {
      if (ImGui::BeginMenu("File")) {
        open = true;
        ImGui::MenuItem("Quit");
        ImGui::EndMenu();
      }
      ImGui::EndMainMenuBar();
    }
    ImGui::EndFrame();
    return open;
  }
};

TEST(InputTrickle, APressAndReleaseInsideOneFrameStillOpensAMenu) {
  ImGuiFrames imgui;
  InputQueue q;
  imgui.frame({});
  // Everything a quick click makes happens between two frames.
  q.push(InputEvent::cursor(12, 8));
  q.push(InputEvent::button(0, true));
  q.push(InputEvent::button(0, false));
  bool opened = false;
  for (int i = 0; i < 4; ++i) opened = imgui.frame(q.takeFrame()) || opened;
  EXPECT_TRUE(opened);
  EXPECT_TRUE(imgui.frame({})) << "and it stays open";
}

TEST(InputTrickle, WithoutTheQueueTheSameClickIsLost) {
  // What ImGui 1.86 sees when a frame only reads the final state: the button is up again.
  ImGuiFrames imgui;
  imgui.frame({});
  bool opened = false;
  for (int i = 0; i < 4; ++i) opened = imgui.frame(i == 0 ? std::vector{InputEvent::cursor(12, 8)} : std::vector<InputEvent>{}) || opened;
  EXPECT_FALSE(opened);
}

}  // namespace
}  // namespace spineview::platform
