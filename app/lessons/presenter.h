// Presenter mode: lessons stepped through with a clicker, and the step's time range.
#pragma once

#include "session/session.h"

namespace spineview::app::lessons {

// `presenter on|off`, `lesson FILE_OR_ID`, `lesson-step N|next|prev|first|last`.
void registerPresenterCommands(CommandRegistry& registry);

// Puts the session into step `number` (1-based) of the loaded lesson: runs the step's
// commands; a command that fails leaves a warning notice naming the step and the command.
core::Status applyLessonStep(Session& session, int number);

// Keeps playback inside the current step's time range: at the end it holds (pauses) or loops.
// Call after every Session::update.
void enforceStepRange(Session& session);

}  // namespace spineview::app::lessons
