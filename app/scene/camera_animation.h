// Camera moves requested by commands: animated in the window (ViewSettings::smoothCamera),
// immediate in headless pictures and when asked for (`view left instant`).
#pragma once

#include "scene/camera.h"
#include "session/app_state.h"

namespace spineview::app {

// Starts a transition to `goal`, or jumps there when instant or smoothCamera is off.
void moveCamera(ViewSettings& view, const scene::OrbitCamera& goal, bool instant = false);
// Advances a running transition; the viewer calls it once per frame with the frame time.
void animateCamera(ViewSettings& view, double dtS);

}  // namespace spineview::app
