// Names next to the structures, with leader lines to their anchors, laid out without
// overlaps (scene/label_layout.h) on ImGui's background draw list, under the panels.
#pragma once

#include "session/session.h"
#include "ui/window_layout.h"

namespace spineview::app::ui {

// Labels stay inside the 3D view: clear of the menu bar and, in Compare mode, of the plots
// under the views.
void drawLabels(const Session& session, float width, float height, const WindowLayout& layout);

}  // namespace spineview::app::ui
