// Every figure the app shows with its citation and evidence tag: biomechanics data, anatomy
// morphometry, motion dosages, the verdict's speeds, the warning signs and the glossary;
// grouped and searchable. The research debates (how a joint pops) are here, not in the lessons.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

void drawSourcesPanel(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
