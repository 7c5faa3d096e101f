// The whole window's layout from 1024x600 to 4K, at UI scales 1.0 to 2.0 (and a HiDPI content
// scale on large screens), in every mode and with every combination of panels: nothing
// overlaps, everything lies in the window under the menu bar, the model keeps 40 % of the
// window, the legend never covers it, and notices stay clear of the timeline and the panels.
#include <gtest/gtest.h>

#include <string>

#include "ui/window_layout.h"

namespace spineview::app::ui {
namespace {

struct Size {
  float w, h;
};
const Size kSizes[] = {{1024, 600}, {1024, 768}, {1280, 720}, {1280, 800}, {1366, 768}, {1440, 900},
                       {1600, 900}, {1920, 1080}, {2560, 1440}, {3840, 2160}};
const float kScales[] = {1.0f, 1.25f, 1.5f, 1.75f, 2.0f};
const LayoutMode kModes[] = {LayoutMode::Explore, LayoutMode::Guided, LayoutMode::Compare, LayoutMode::Presenter};

// ImGui's metrics at a text scale (font 16, frame padding 3); the legend as legend.cpp sizes it.
WindowLayoutInput input(Size size, float scale, LayoutMode mode) {
  WindowLayoutInput in;
  in.width = size.w;
  in.height = size.h;
  in.fontSize = 16.0f * scale;
  in.menuBarHeight = in.fontSize + 6.0f * scale;
  in.mode = mode;
  in.presenterCaptionFont = 30.0f * scale;
  in.captionChars = 220;
  const float f = in.fontSize, pad = 8.0f * scale;
  in.legendWide = {0, 0, 3 * 10.0f * f + 2 * 2.0f * f + 2 * pad, 3.6f * f + 20.0f * scale + 2 * pad};
  in.legendStacked = {0, 0, 10.0f * f + 2 * pad, 3 * (3.6f * f + 20.0f * scale) + 2 * 4.0f * scale + 2 * pad};
  return in;
}

std::string describe(const BoxF& b) {
  return "(" + std::to_string(int(b.x)) + ", " + std::to_string(int(b.y)) + ", " + std::to_string(int(b.w)) + " x " +
         std::to_string(int(b.h)) + ")";
}

void expectSound(const WindowLayoutInput& in, const std::string& where) {
  const WindowLayout l = windowLayout(in);
  const auto panels = placedPanels(l);
  const BoxF window{0, in.mode == LayoutMode::Presenter ? 0.0f : in.menuBarHeight, in.width, in.height};
  for (std::size_t i = 0; i < panels.size(); ++i) {
    EXPECT_TRUE(inside(panels[i].box, window)) << where << ": " << panels[i].name << " " << describe(panels[i].box) << " leaves the window";
    EXPECT_FALSE(overlaps(panels[i].box, l.scene) && std::string(panels[i].name) != "legend")
        << where << ": " << panels[i].name << " " << describe(panels[i].box) << " covers the scene " << describe(l.scene);
    for (std::size_t j = i + 1; j < panels.size(); ++j)
      EXPECT_FALSE(overlaps(panels[i].box, panels[j].box))
          << where << ": " << panels[i].name << " " << describe(panels[i].box) << " overlaps " << panels[j].name << " " << describe(panels[j].box);
  }
  EXPECT_GE(area(l.scene), kMinSceneShare * in.width * in.height) << where << ": the model's area " << describe(l.scene) << " is too small";
  EXPECT_TRUE(inside(l.model, l.scene)) << where;
  EXPECT_FALSE(overlaps(l.legend, l.model)) << where << ": the legend " << describe(l.legend) << " covers the model " << describe(l.model);
  if (!l.legend.empty()) {
    EXPECT_TRUE(inside(l.legend, l.scene)) << where;
  }
  if (!l.notices.empty()) {
    EXPECT_TRUE(inside(l.notices, l.scene)) << where << ": notices " << describe(l.notices);
    EXPECT_FALSE(overlaps(l.notices, l.timeline)) << where;
  }
  // Nothing important cut off: readable columns, "When to seek help" and the caption.
  for (const BoxF& column : {l.left, l.right})
    if (!column.empty()) {
      EXPECT_GE(column.w, 10.0f * in.fontSize - 0.5f) << where;
    }
  if (in.helpOpen && in.mode != LayoutMode::Compare && in.mode != LayoutMode::Presenter) {
    EXPECT_FALSE(l.help.empty()) << where;
    EXPECT_GE(l.help.w, 10.0f * in.fontSize - 0.5f) << where;
    EXPECT_GE(l.help.h, 0.5f * in.height) << where;
  }
  if (in.mode == LayoutMode::Presenter) {
    EXPECT_GE(l.captionFont, 13.0f) << where;
    EXPECT_LE(l.caption.h, 0.25f * in.height + 0.5f) << where;
  }
  if (in.timelineOpen && in.mode != LayoutMode::Presenter) {
    EXPECT_GE(l.timeline.h, 3.4f * in.fontSize - 0.5f) << where;
  }
}

TEST(WindowLayout, NothingOverlapsAndTheModelKeepsItsShareAtEverySizeScaleAndMode) {
  int cases = 0;
  for (const Size size : kSizes)
    for (float scale : kScales)
      for (float content : {1.0f, 1.5f, 2.0f}) {
        if ((content == 1.5f && size.w < 1920) || (content == 2.0f && size.w < 2560)) continue;  // HiDPI screens are large
        for (LayoutMode mode : kModes)
          for (int panels = 0; panels < 64; ++panels) {
            WindowLayoutInput in = input(size, scale * content, mode);
            in.leftWanted = panels & 1;
            in.rightWanted = panels & 2;
            in.timelineOpen = panels & 4;
            in.helpOpen = panels & 8;
            in.stepListOpen = panels & 16;
            in.drawerOpen = panels & 32 ? Side::Left : Side::None;
            in.noticeLines = panels % 3;
            expectSound(in, std::to_string(int(size.w)) + "x" + std::to_string(int(size.h)) + " scale " + std::to_string(scale) +
                                " content " + std::to_string(content) + " mode " + std::to_string(int(mode)) + " panels " + std::to_string(panels));
            ++cases;
          }
      }
  EXPECT_GT(cases, 10000);
}

TEST(WindowLayout, LargeWindowsShowBothColumnsAndTheLegend) {
  const WindowLayout l = windowLayout(input({1920, 1080}, 1.0f, LayoutMode::Explore));
  EXPECT_FALSE(l.left.empty());
  EXPECT_FALSE(l.right.empty());
  EXPECT_TRUE(l.leftTab.empty() && l.rightTab.empty());
  EXPECT_FALSE(l.legend.empty());
}

TEST(WindowLayout, LargeTextOnALaptopFoldsAColumnIntoADrawerAndKeepsTheModel) {
  // The patient at home: 1366x768 with text at 2x.
  WindowLayoutInput in = input({1366, 768}, 2.0f, LayoutMode::Explore);
  const WindowLayout l = windowLayout(in);
  EXPECT_FALSE(l.rightTab.empty() && l.leftTab.empty()) << "a column folded into a tab";
  EXPECT_GE(area(l.scene), kMinSceneShare * 1366 * 768);
  in.drawerOpen = Side::Left;
  const WindowLayout opened = windowLayout(in);
  EXPECT_FALSE(opened.left.empty()) << "the drawer the user opened is shown";
  EXPECT_GE(area(opened.scene), kMinSceneShare * 1366 * 768);
}

TEST(WindowLayout, HelpDocksBesideTheModelAndIsTallEnoughToRead) {
  WindowLayoutInput in = input({1366, 768}, 1.5f, LayoutMode::Explore);
  in.helpOpen = true;
  const WindowLayout l = windowLayout(in);
  EXPECT_FALSE(l.help.empty());
  EXPECT_GE(l.help.bottom(), l.timeline.y - 8.0f);
  EXPECT_FALSE(overlaps(l.help, l.scene));
}

TEST(WindowLayout, PresenterCaptionFitsSmallFrames) {
  WindowLayoutInput in = input({640, 360}, 1.0f, LayoutMode::Presenter);
  const WindowLayout l = windowLayout(in);
  EXPECT_LE(l.captionFont, 18.0f) << "scaled to the frame";
  EXPECT_LE(l.caption.h, 0.25f * 360 + 0.5f);
  EXPECT_GE(area(l.scene), kMinSceneShare * 640 * 360);
}

}  // namespace
}  // namespace spineview::app::ui
