#include "education/panel_names.h"

namespace spineview::app::education {

const std::vector<std::string_view>& panelNames() {
  static const std::vector<std::string_view> names{"library", "timeline", "gauges", "structure", "help",  "sources",
                                                   "settings", "tour",     "about",  "compare",   "coach", "stats",
                                                   "open",    "glossary", "layers", "shortcuts", "steps"};
  return names;
}

bool* findPanel(PanelState& p, std::string_view name) {
  if (name == "library") return &p.library;
  if (name == "timeline") return &p.timeline;
  if (name == "gauges") return &p.gauges;
  if (name == "structure") return &p.structureCard;
  if (name == "help") return &p.help;
  if (name == "sources") return &p.sources;
  if (name == "settings") return &p.settings;
  if (name == "tour") return &p.tour;
  if (name == "about") return &p.about;
  if (name == "compare") return &p.compare;
  if (name == "coach") return &p.coach;
  if (name == "stats") return &p.stats;
  if (name == "open") return &p.openFile;
  if (name == "glossary") return &p.glossary;
  if (name == "layers") return &p.layers;
  if (name == "shortcuts") return &p.shortcuts;
  if (name == "steps") return &p.stepList;
  return nullptr;
}

const bool* findPanel(const PanelState& p, std::string_view name) {
  return findPanel(const_cast<PanelState&>(p), name);
}

}  // namespace spineview::app::education
