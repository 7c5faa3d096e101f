// Names of the panels for the `panel NAME on|off|toggle` command and the menus.
#pragma once

#include <string_view>
#include <vector>

#include "session/app_state.h"

namespace spineview::app::education {

// The flag of a named panel ("library", "timeline", "gauges", "structure", "help", "sources",
// "settings", "tour", "about", "compare", "coach", "stats", "open", "glossary"); nullptr for an
// unknown name.
bool* findPanel(PanelState& panels, std::string_view name);
const bool* findPanel(const PanelState& panels, std::string_view name);
const std::vector<std::string_view>& panelNames();

}  // namespace spineview::app::education
