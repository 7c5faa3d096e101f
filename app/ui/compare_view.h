// Comparison mode: captions over the two halves of the split view, live plots of both motions
// on one time base (head rotation, head speed, range use with zone bands, the most-gapped
// facets, artery strain, pops) and the verdict card.
#pragma once

#include "session/session.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

// Captions sit at the bottom of each half, just above `bottom` (the plots' top edge), so the
// top of the views stays free for the colour legend.
void drawCompareCaptions(const Session& session, ImVec2 display, float top, float bottom);
void drawComparePlots(const Session& session, CommandQueue& commands, const Rect& rect);

}  // namespace spineview::app::ui
