// Messages for the user (a file that could not be opened, settings moved aside, a lesson step
// that failed): shown in the lower right until dismissed; information fades after a while.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawNotices(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
