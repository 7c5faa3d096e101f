// Help > Keyboard shortcuts: every entry of the shortcut table (app/frontend/shortcuts.h), the
// one source the keys themselves come from, plus the mouse.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawShortcutsPanel(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
