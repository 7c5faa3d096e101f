// Presenter mode on screen: a caption bar in large type fitted to the window, a discreet step
// indicator with previous/next, and the list of steps when opened.
#pragma once

#include "session/session.h"
#include "ui/window_layout.h"

namespace spineview::app::ui {

// Draws the presenter chrome when presenter mode is on and returns true: the caller then
// draws no other panel (hidden chrome). Returns false, drawing nothing, otherwise.
bool drawPresenterOverlay(const Session& session, CommandQueue& commands, const WindowLayout& layout);

}  // namespace spineview::app::ui
