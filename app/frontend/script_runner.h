// Scripted sessions (`spineview --script FILE`): each line is a session command, or one of
// the script verbs
//   frames N [DT]          advance N frames of DT seconds (default 1/30)
//   expect PATH OP VALUE   check the state, e.g. `expect playback.time >= 1.9` (OP: == != < <= > >=)
//   screenshot FILE        save the picture (interface included)
//   golden NAME [DELTA]    compare with tests/golden/NAME.png next to the script's folder
//   key NAME               a key press through the shortcut table (`key F1`, `key ctrl+q`)
//   click X Y              a click on the picture, as in the window: picks what is drawn there
//                          (`expect selection == "C5 vertebra"`, `expect selection.level == C5`)
// Errors name the script file and line. No GPU is touched unless a line needs a picture.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/png_image.h"
#include "session/session.h"

namespace spineview::app {

// The state paths `expect` can read, as text ("1.900000", "true", "compare").
core::Result<std::string> readStatePath(const Session& session, const std::string& path);
std::vector<std::string> readableStatePaths();

// Compares `actual` (from readStatePath) with `expected` using OP; numbers numerically.
core::Result<bool> compareValues(const std::string& actual, const std::string& op, const std::string& expected);

struct ImageTolerance {
  int maxChannelDelta = 8;            // per 8-bit channel
  double maxFailingFraction = 0.003;  // share of pixels allowed beyond it
};
// Empty string: the images match within the tolerance; otherwise what differs.
std::string compareImages(const core::RgbaImage& actual, const core::RgbaImage& expected, ImageTolerance tolerance);

struct ScriptResult {
  int exitCode = 0;     // 0 passed, 1 a check failed or a picture could not be made, 2 a malformed line
  std::string message;  // "script.svscript:12: ..." when not passed
  int linesRun = 0;
};

using RenderFn = std::function<core::Result<core::RgbaImage>()>;

// Runs the script's lines against the session. `render` makes the current picture.
ScriptResult runScript(Session& session, const std::filesystem::path& scriptFile, const std::vector<std::string>& lines,
                       const RenderFn& render);
// Reads the file, then runScript.
ScriptResult runScriptFile(Session& session, const std::filesystem::path& scriptFile, const RenderFn& render);

}  // namespace spineview::app
