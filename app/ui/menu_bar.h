// The main menu bar: View (panels), Modes, Motions, Help. Every item issues a command.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawMainMenuBar(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
