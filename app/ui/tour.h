// The first-run tour: a few cards for people exploring on their own (shown until dismissed,
// reopened with the `tour` command).
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

int tourCardCount();
void drawTour(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
