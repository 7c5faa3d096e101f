// The education interface for one frame: the main menu bar and, laid out around the model,
// the panels of the current mode (library, timeline, gauges, structure card, comparison plots
// and verdict, exercise coach), plus the help and sources windows on top when open.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawEducationPanels(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
