// Comparison mode: captions over the two halves of the split view, live plots of both motions
// on one time base (head rotation, head speed, range use with zone bands, the most-gapped
// facets, artery strain, pops) and the verdict card, placed by compareLayout so that they
// never overlap each other or the neck, from 640x400 up.
#pragma once

#include "session/session.h"
#include "ui/compare_layout.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

// The layout for this frame's window, text size, open panels, legend and pops (call inside an
// ImGui frame; the same answer for every caller in one frame).
CompareLayout currentCompareLayout(const Session& session, ImVec2 display);
Rect toRect(const BoxF& box);

void drawCompareCaptions(const Session& session, ImVec2 display, const CompareLayout& layout);
// The plots panel: a grid with the verdict beside it on large windows, one plot at a time under
// tabs on small ones; the explainer and the legend become tabs when the layout had no room.
void drawComparePlots(const Session& session, CommandQueue& commands, const CompareLayout& layout);

}  // namespace spineview::app::ui
