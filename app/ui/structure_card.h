// The card of the picked structure: what it is and does (assets/text/structures.json), the
// range table of its motion segment with sources, and where the texts come from.
#pragma once

#include "session/session.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

void drawStructureCard(const Session& session, CommandQueue& commands, const Rect& rect);

}  // namespace spineview::app::ui
