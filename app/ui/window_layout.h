// Where everything in the window goes for a window size, a text size, a mode and the panels
// that are open: the side columns, the timeline, the heat-map legend, "When to seek help",
// notices, the presenter's caption and step list, and the free area the camera frames the
// model in. Pure arithmetic (no ImGui context), unit-tested over sizes × scales × modes.
//
// Rules: nothing overlaps; the model keeps at least kMinSceneShare of the window; a side
// column that would squeeze the model below that folds into a drawer tab at the window's
// edge (a click opens it, folding the other side); the legend docks in a free margin beside
// the model or goes into the Layers panel; "When to seek help" docks on the right at a width
// that leaves the model its share, and scrolls rather than being cut off.
#pragma once

#include "ui/compare_layout.h"

namespace spineview::app::ui {

inline constexpr float kMinSceneShare = 0.40f;

enum class LayoutMode { Explore, Guided, Compare, Presenter };
enum class Side { None, Left, Right };

struct WindowLayoutInput {
  float width = 0.0f, height = 0.0f;  // the window, pixels
  float fontSize = 16.0f;             // ImGui::GetFontSize(): UI scale × content scale included
  float menuBarHeight = 22.0f;
  LayoutMode mode = LayoutMode::Explore;
  bool leftWanted = true;      // a left column has something to show (library, layers, card, coach)
  bool rightWanted = true;     // live gauges
  bool timelineOpen = true;
  bool helpOpen = false;
  bool stepListOpen = false;   // presenter
  Side drawerOpen = Side::None;  // a drawer the user opened
  float presenterCaptionFont = 30.0f;  // the caption's font size before it is fitted to the window
  int captionChars = 120;            // presenter caption length (for its height)
  int noticeLines = 0;               // notices to show, in lines of text
  BoxF legendWide, legendStacked;    // the legend's two arrangements (sizes only); empty: none
};

struct WindowLayout {
  BoxF left, right;                 // empty when folded or not wanted
  BoxF leftTab, rightTab;           // drawer tabs at the edges when folded
  BoxF timeline;
  BoxF legend;                      // empty: no room (the Layers panel shows the key instead)
  bool legendStacked = false;
  BoxF help;
  BoxF notices;                     // width and bottom edge; the panel grows upwards to noticeLines
  BoxF caption;                     // presenter caption
  float captionFont = 0.0f;         // presenter caption font size, fitted to the window
  BoxF stepIndicator, stepList;     // presenter
  BoxF scene;                       // free area the camera frames the model in
  BoxF model;                       // where the framed model lies inside the scene
  float columnWidth = 0.0f;
};

WindowLayout windowLayout(const WindowLayoutInput& in);
std::vector<NamedBox> placedPanels(const WindowLayout& layout);  // every non-empty panel box

}  // namespace spineview::app::ui
