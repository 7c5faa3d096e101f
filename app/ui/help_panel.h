// "When to seek help": warning signs by urgency, BE-FAST first under "Call {number} now" (the
// number from the region, with a setting to change it), one click away from everywhere (menu
// bar, F1, the `help` command), each sign's source on hover, and the notice that spineview does
// not diagnose.
#pragma once

#include "session/session.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

// Docked beside the model at `rect` (app/ui/window_layout.h), or over the view as a dialog
// (Compare mode, presenter mode) at centredHelpRect. It scrolls when its text is taller.
void drawHelpPanel(const Session& session, CommandQueue& commands, const Rect& rect, bool dialog = false);
Rect centredHelpRect(ImVec2 display);

}  // namespace spineview::app::ui
