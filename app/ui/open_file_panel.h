// File → Open: a small file browser for model files (and an optional anatomy mapping). It
// only issues the `open` command; loading, checks and messages happen there.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawOpenFilePanel(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
