// Where the Compare mode panels go for a window size and text size, so that nothing overlaps
// and the neck stays visible in both halves. Pure arithmetic (no ImGui context), unit-tested.
//
// The camera that `mode compare` sets frames the cervical spine (occiput to C7) in the top
// part of each half (frameNeckAbovePanels, 0.45 of the height); `neckZones` are the areas it
// covers at that framing (measured from renders, as fractions of the window height because the
// vertical field of view is fixed), and every panel keeps clear of them.
#pragma once

#include <array>
#include <vector>

namespace spineview::app::ui {

struct BoxF {
  float x = 0.0f, y = 0.0f, w = 0.0f, h = 0.0f;
  bool empty() const { return w <= 0.0f || h <= 0.0f; }
  float right() const { return x + w; }
  float bottom() const { return y + h; }
};

bool overlaps(const BoxF& a, const BoxF& b);
inline float area(const BoxF& b) { return b.w * b.h; }
bool inside(const BoxF& inner, const BoxF& outer);

struct CompareLayoutInput {
  float width = 0.0f, height = 0.0f;  // the window, pixels
  float fontSize = 16.0f;             // ImGui::GetFontSize() (UI scale included)
  float menuBarHeight = 22.0f;        // ImGui::GetFrameHeight()
  float lineHeight = 20.0f;           // ImGui::GetTextLineHeightWithSpacing()
  bool plotsOpen = true;              // panels.compare
  bool timelineOpen = true;           // panels.timeline
  bool explainerWanted = false;       // a pop has happened in the forceful motion
  // The heat-map legend's size in its two arrangements (bars side by side, bars stacked);
  // empty when no legend is drawn.
  BoxF legendWide, legendStacked;
};

enum class PlotArrangement {
  Grid,         // five plots and a key in a 3x2 grid, the verdict beside them (large windows)
  TabsVerdict,  // one plot at a time under tabs, the verdict beside them
  TabsOnly,     // one plot at a time under tabs, the verdict as one more tab
};

struct CompareLayout {
  PlotArrangement arrangement = PlotArrangement::Grid;
  int captionLines = 2;  // 2: title and live figures; 1: both on one line
  std::array<BoxF, 2> captions;  // forceful (left half), controlled (right half)
  BoxF explainer;                // empty: the explainer is a tab of the plots panel
  BoxF legend;                   // empty: the legend is a tab of the plots panel
  bool legendStacked = false;
  BoxF plots;                    // empty when the panel is closed
  BoxF timeline;                 // empty when the timeline is closed
  float sceneBottom = 0.0f;      // the 3D views are free of panels above this line
  std::array<BoxF, 6> neckZones; // per half: skull, upper and lower cervical column
};

CompareLayout compareLayout(const CompareLayoutInput& in);

// Every placed (non-empty) panel rectangle of the layout, named, for checks.
struct NamedBox {
  const char* name;
  BoxF box;
};
std::vector<NamedBox> placedPanels(const CompareLayout& layout);
// Appends `box` under `name` when it was placed (not empty).
inline void addPlaced(std::vector<NamedBox>& out, const char* name, const BoxF& box) {
  if (!box.empty()) out.push_back({name, box});
}

}  // namespace spineview::app::ui
