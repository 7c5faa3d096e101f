// "When to seek help": symptoms grouped by urgency (emergency in red), one click away from
// everywhere (menu bar, F1, the `help` command), with the notice that spineview does not
// diagnose.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawHelpPanel(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
