// Legend for the heat maps (facet gap change in mm, artery strain in %, foramen narrowing in
// %), drawn as a small ImGui overlay in the lower left when heat maps are on.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawLegend(const Session& session, float width, float height);

}  // namespace spineview::app::ui
