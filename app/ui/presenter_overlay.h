// Presenter mode on screen: only a caption bar in large type and a discreet step indicator.
#pragma once

#include "session/session.h"

namespace spineview::app::ui {

// Draws the presenter chrome when presenter mode is on and returns true: the caller then
// draws no other panel (hidden chrome). Returns false, drawing nothing, otherwise.
bool drawPresenterOverlay(const Session& session, CommandQueue& commands);

}  // namespace spineview::app::ui
