// `spineview open FILE` (what the desktop entry runs for a double-clicked file) and
// `spineview present LESSON`: a lesson starts presenter mode, a model opens in the viewer.
#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"
#include "verbs/verbs.h"

namespace spineview::app {

// The session command that opens a lesson (an id or a file) in presenter mode. The lesson is
// found and loaded here, so a missing or broken one fails with the lesson loader's own message;
// the command names the file by its absolute path, quoted so spaces stay in one argument.
core::Result<std::string> presentLessonCommand(const std::string& lessonIdOrFile);

// Adds what opening `file` means to `viewer`: a lesson (.spinelesson, .json) → its presenter
// command first; a model (.gltf .glb .obj .stl .ply .fbx .dae) → the model to show. Any
// other file fails with a message naming it and what spineview opens.
core::Status addFileToOpen(const std::filesystem::path& file, ViewerRequest& viewer);

}  // namespace spineview::app
