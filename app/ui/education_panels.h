// The education interface for one frame: the main menu bar and, laid out around the model by
// windowLayout (app/ui/window_layout.h), the panels of the current mode (library, layers,
// structure card, exercise coach, gauges, timeline, comparison plots and verdict), plus the
// help and sources windows when open.
#pragma once

#include <imgui.h>

#include "session/session.h"
#include "ui/window_layout.h"

namespace spineview::app::ui {

// This frame's layout of the whole window (call inside an ImGui frame; the same answer for
// every caller in one frame).
WindowLayout currentWindowLayout(const Session& session, ImVec2 display);

void drawEducationPanels(const Session& session, CommandQueue& commands, const WindowLayout& layout);

}  // namespace spineview::app::ui
