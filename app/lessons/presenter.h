// Presenter mode: lessons stepped through with a clicker, and the step's time range.
#pragma once

#include "lessons/lesson.h"
#include "session/session.h"

namespace spineview::app::lessons {

// `presenter on|off`, `lesson FILE_OR_ID` (open and present), `lesson-open FILE_OR_ID` (open
// at step 1 in the window; F5 presents), `lesson-step N|next|prev|first|last`.
void registerPresenterCommands(CommandRegistry& registry);

// Puts the session into step `number` (1-based) of the loaded lesson: runs the step's
// commands; a command that fails leaves a warning notice naming the step and the command.
core::Status applyLessonStep(Session& session, int number);

// Checks a whole lesson before it opens: every step is run as it will run (and then undone),
// every motion must exist and every range lie inside its motion. The error names the file,
// the field's JSON pointer and the step: "talk.json: /steps/2/motion: there is no motion
// called "chin_tukc" (step 3)".
core::Status validateLesson(Session& session, const Lesson& lesson);

// Keeps playback inside the current step's time range: at the end it holds (pauses) or loops.
// Call after every Session::update.
void enforceStepRange(Session& session);

}  // namespace spineview::app::lessons
