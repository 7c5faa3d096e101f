// Names next to the structures, with leader lines to their anchors, laid out without
// overlaps (scene/label_layout.h) on ImGui's background draw list, under the panels.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawLabels(const Session& session, float width, float height);

}  // namespace spineview::app::ui
