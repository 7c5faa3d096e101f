#pragma once

#include "session/session.h"

namespace spineview::app::ui {

// The Glossary: every technical word the app uses with its plain meaning, A to Z, with a search box.
void drawGlossaryPanel(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
