// Guided exercise mode: the on-screen coach (instruction, hold countdown, repetition counter,
// the pain-free cue) and the whole-neck zone gauge.
#pragma once

#include "session/session.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

void drawGuidedPanel(const Session& session, CommandQueue& commands, const Rect& rect);

}  // namespace spineview::app::ui
