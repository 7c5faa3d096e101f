// Messages for the user (a file that could not be opened, settings moved aside, a lesson step
// that failed): shown in the lower right of the model's area until dismissed; information fades after a while.
#pragma once

#include "session/session.h"
#include "ui/window_layout.h"

namespace spineview::app::ui {

void drawNotices(const Session& session, CommandQueue& commands, const WindowLayout& layout);

}  // namespace spineview::app::ui
