// The Layers page of the left column: every layer on or off with its opacity, x-ray, the clip
// plane (axis and offset), isolating a level, labels and heat maps, and the colour key when
// the window had no room for it beside the model. Every control issues a command.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

std::string_view layerTitle(LayerId layer);  // "Bones", "Vertebral arteries", ... (UI words)

// Draws into the current window; `withKey`: the heat-map colour key goes here too.
void drawLayersContents(const Session& session, CommandQueue& commands, bool withKey);

}  // namespace spineview::app::ui
