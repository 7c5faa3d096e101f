// Every figure the app shows with its citation and evidence tag: biomechanics data, anatomy
// morphometry, motion dosages and the verdict's speeds; grouped and searchable.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawSourcesPanel(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
