// "When to seek help": warning signs by urgency, BE-FAST first under "Call {number} now" (the
// number from the region, with a setting to change it), one click away from everywhere (menu
// bar, F1, the `help` command), each sign's source on hover, and the notice that spineview does
// not diagnose.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawHelpPanel(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
