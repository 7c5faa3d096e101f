// Help → About: what spineview is, what it is not, where its numbers come from.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawAboutPanel(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
