// The Compare mode layout from 640x400 (the smallest window supported) to 3840x2160, at UI
// scale 1 and, from 1280x720 up, 1.5: no panel overlaps another, every panel lies in the
// window under the menu bar, and none covers the neck that the comparison camera frames.
#include <gtest/gtest.h>

#include <string>

#include "ui/compare_layout.h"

namespace spineview::app::ui {
namespace {

struct Size {
  float w, h;
};

const Size kSizes[] = {{640, 400},  {640, 480},   {720, 450},   {800, 600},   {960, 540},
                       {1024, 768}, {1280, 720},  {1280, 800},  {1280, 1024}, {1366, 768},
                       {1600, 900}, {1920, 1080}, {1920, 1200}, {2560, 1440}, {3840, 2160}};

// ImGui's default metrics (font 16 at scale 1, frame padding 3, item spacing 4), scaled.
CompareLayoutInput input(Size size, float scale) {
  CompareLayoutInput in;
  in.width = size.w;
  in.height = size.h;
  in.fontSize = 16.0f * scale;
  in.menuBarHeight = in.fontSize + 6.0f * scale;
  in.lineHeight = in.fontSize + 4.0f * scale;
  in.explainerWanted = true;
  // Three colour bars (as legend.cpp measures them): side by side, and stacked.
  const float f = in.fontSize, pad = 8.0f * scale;
  in.legendWide = {0, 0, 3 * 10.0f * f + 2 * 2.0f * f + 2 * pad, 3.6f * f + 20.0f * scale + 2 * pad};
  in.legendStacked = {0, 0, 10.0f * f + 2 * pad, 3 * (3.6f * f + 20.0f * scale) + 2 * 4.0f * scale + 2 * pad};
  return in;
}

std::string describe(const BoxF& b) {
  return "(" + std::to_string(b.x) + ", " + std::to_string(b.y) + ", " + std::to_string(b.w) + " x " + std::to_string(b.h) + ")";
}

void expectSound(const CompareLayoutInput& in, const std::string& where) {
  const CompareLayout l = compareLayout(in);
  const auto panels = placedPanels(l);
  const BoxF window{0, in.menuBarHeight, in.width, in.height - in.menuBarHeight};
  for (std::size_t i = 0; i < panels.size(); ++i) {
    EXPECT_TRUE(inside(panels[i].box, window)) << where << ": " << panels[i].name << " " << describe(panels[i].box) << " leaves the window";
    for (std::size_t j = i + 1; j < panels.size(); ++j)
      EXPECT_FALSE(overlaps(panels[i].box, panels[j].box))
          << where << ": " << panels[i].name << " " << describe(panels[i].box) << " overlaps " << panels[j].name << " " << describe(panels[j].box);
    for (const auto& neck : l.neckZones)
      EXPECT_FALSE(overlaps(panels[i].box, neck))
          << where << ": " << panels[i].name << " " << describe(panels[i].box) << " covers the neck " << describe(neck);
  }
  // Room for the content: a caption holds a motion's short name and figures, the plots panel
  // a tab row and a readable plot.
  for (const auto& caption : l.captions) EXPECT_GE(caption.w, 15.0f * in.fontSize) << where;
  if (in.plotsOpen) {
    EXPECT_GE(l.plots.h, 4.5f * in.fontSize) << where;
  }
  if (in.timelineOpen) {
    EXPECT_GE(l.timeline.h, 6.5f * in.fontSize) << where;
  }
}

TEST(CompareLayout, NothingOverlapsAndTheNeckStaysVisibleAtEverySize) {
  for (const Size size : kSizes) {
    for (float scale : {1.0f, 1.5f}) {
      if (scale > 1.0f && (size.w < 1280 || size.h < 720)) continue;
      for (int panels = 0; panels < 4; ++panels) {
        CompareLayoutInput in = input(size, scale);
        in.plotsOpen = panels & 1;
        in.timelineOpen = panels & 2;
        expectSound(in, std::to_string(static_cast<int>(size.w)) + "x" + std::to_string(static_cast<int>(size.h)) + " scale " +
                            std::to_string(scale) + " plots " + std::to_string(in.plotsOpen) + " timeline " + std::to_string(in.timelineOpen));
      }
    }
  }
}

TEST(CompareLayout, LargeWindowsKeepTheGridOfPlotsBesideTheVerdict) {
  for (const Size size : {Size{1280, 720}, Size{1920, 1080}, Size{3840, 2160}}) {
    const CompareLayout l = compareLayout(input(size, 1.0f));
    EXPECT_EQ(l.arrangement, PlotArrangement::Grid) << size.w;
    EXPECT_EQ(l.captionLines, 2) << size.w;
    EXPECT_FALSE(l.explainer.empty()) << size.w;
    EXPECT_FALSE(l.legend.empty()) << size.w;
  }
}

TEST(CompareLayout, SmallWindowsShowOnePlotAtATimeUnderTheNeck) {
  const CompareLayout small = compareLayout(input({640, 400}, 1.0f));
  EXPECT_EQ(small.arrangement, PlotArrangement::TabsOnly);
  EXPECT_EQ(small.captionLines, 1);
  // No room beside the skull: the explainer and the legend become tabs of the plots panel.
  EXPECT_TRUE(small.explainer.empty());
  EXPECT_TRUE(small.legend.empty());
  // The plots start under the neck.
  EXPECT_GE(small.plots.y, small.neckZones[2].bottom());
  EXPECT_EQ(compareLayout(input({960, 540}, 1.0f)).arrangement, PlotArrangement::TabsVerdict);
  EXPECT_NE(compareLayout(input({1280, 720}, 1.5f)).arrangement, PlotArrangement::Grid);
}

TEST(CompareLayout, TheExplainerIsPlacedOnlyAfterAPop) {
  CompareLayoutInput in = input({1920, 1080}, 1.0f);
  in.explainerWanted = false;
  EXPECT_TRUE(compareLayout(in).explainer.empty());
}

TEST(CompareLayout, OverlapIsStrict) {
  EXPECT_TRUE(overlaps({0, 0, 10, 10}, {9, 9, 10, 10}));
  EXPECT_FALSE(overlaps({0, 0, 10, 10}, {10, 0, 10, 10}));
  EXPECT_FALSE(overlaps({0, 0, 10, 10}, {5, 5, 0, 10}));
  EXPECT_TRUE(inside({1, 1, 2, 2}, {0, 0, 3, 3}));
  EXPECT_FALSE(inside({1, 1, 3, 2}, {0, 0, 3, 3}));
}

}  // namespace
}  // namespace spineview::app::ui
