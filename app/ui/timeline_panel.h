// The timeline: play/pause, scrub (with pop markers), loop, speed 0.05×–2×, frame steps,
// the current instruction and the time.
#pragma once

#include "session/session.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

// Length of the timeline the session plays: the longer of the pair in Compare mode.
double timelineDuration(const Session& session);

void drawTimelinePanel(const Session& session, CommandQueue& commands, const Rect& rect);

}  // namespace spineview::app::ui
