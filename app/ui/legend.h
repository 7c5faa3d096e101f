// Legend for the heat maps (facet gap change in mm, artery strain in %, foramen narrowing in
// %), drawn as a small ImGui overlay beside the model when heat maps are on.
#pragma once

#include <imgui.h>

#include "session/session.h"
#include "ui/window_layout.h"

namespace spineview::app::ui {

void drawLegend(const Session& session, float width, float height, const WindowLayout& window);

// The legend's size with its bars side by side and stacked (zero when no legend is shown), for
// the Compare mode layout; call inside an ImGui frame.
struct LegendSizes {
  ImVec2 wide{0, 0}, stacked{0, 0};
};
LegendSizes legendSizes(const Session& session);
// The bars alone, into the current window (the Compare mode's "Key" tab when there is no room
// for the overlay); `stacked`: one bar under another.
void drawLegendBars(const Session& session, bool stacked);

}  // namespace spineview::app::ui
