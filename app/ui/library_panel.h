// The motion library: the five exercises, the controlled rotation and, for contrast, the
// forceful self-twist and a clinician's thrust, each with what it does and its dosage.
#pragma once

#include "session/session.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

void drawLibraryPanel(const Session& session, CommandQueue& commands, const Rect& rect);

}  // namespace spineview::app::ui
