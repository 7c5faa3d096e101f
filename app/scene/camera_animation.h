// Camera moves requested by commands: animated in the window (ViewSettings::smoothCamera),
// immediate in headless pictures and when asked for (`view left instant`).
#pragma once

#include <string>

#include "scene/camera.h"
#include "session/app_state.h"

namespace spineview::app {

class Session;

// Starts a transition to `goal`, or jumps there when instant or smoothCamera is off.
void moveCamera(ViewSettings& view, const scene::OrbitCamera& goal, bool instant = false);
// Advances a running transition; the viewer calls it once per frame with the frame time.
void animateCamera(ViewSettings& view, double dtS);

// Frames a subject (lessons::kFrameSubjectsText or a level such as "C5") in the free part of
// the window, from the current direction of view; false when the model has no such part.
bool frameSubject(Session& session, const std::string& subject, bool instant);
// Guided mode: the exercise on the timeline seen from the side it moves in, framing the head
// and neck (neck exercises) or the upper back.
void frameForExercise(Session& session, bool instant);

}  // namespace spineview::app
