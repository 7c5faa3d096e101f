// Lessons for presenter mode: a title and a list of steps, each a camera view, the layers to
// show, a motion and the part of it to play, and a plain-language caption. Pure data and a
// strict loader; applying a step turns it into session commands (presenter_commands.cpp).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace spineview::app::lessons {

// What happens when a step's time range has played.
enum class RangeEnd { Hold, Loop };

struct LessonStep {
  std::string caption;                          // plain language, shown in the caption bar
  std::optional<std::string> view;              // "left", "anterior", ... (command `view`)
  std::optional<std::vector<std::string>> layers;  // layers shown; the others are hidden
  std::optional<std::string> motion;            // motion id on the timeline
  std::optional<std::string> mode;              // "explore", "compare", "guided"
  std::optional<double> speed;                  // 0.05 … 2; absent: 1 (not the previous step's speed)
  double fromS = 0.0, toS = 0.0;                // time range played (toS ≥ fromS)
  RangeEnd end = RangeEnd::Hold;
  std::vector<std::string> extraCommands;       // any further session commands ("xray on")
};

struct Lesson {
  std::string id;  // file stem
  std::string title;
  std::vector<LessonStep> steps;
  std::filesystem::path file;
};

inline constexpr std::size_t kMaxLessonSteps = 99;
// The lesson format this build reads and writes. Files without "version" (version 0, before
// the field existed) have the same fields and load as they are; a newer file is refused with
// a message, never changed.
inline constexpr int kLessonFormatVersion = 1;
// Lesson files shared between people carry this extension (MIME type application/x-spineview-lesson);
// lessons in the lesson folders may also end in .json.
inline constexpr const char* kLessonExtension = ".spinelesson";

// Errors name the file, the JSON pointer and the problem, e.g.
// "why_necks_crack.json: /steps/2/range/1: expected a number".
core::Result<Lesson> loadLesson(const std::filesystem::path& file);

// Session commands that put the session into a step (view, layers, motion, mode, speed,
// seek to the start, play). Each one may fail on its own; the caller shows which.
std::vector<std::string> stepCommands(const LessonStep& step);

// Folders searched for lesson ids, in order: the user's (configDir()/lessons), then the
// shipped ones (assetDir()/lessons).
std::vector<std::filesystem::path> lessonSearchPath();
// A path to a lesson file, or an id looked up in lessonSearchPath().
core::Result<std::filesystem::path> resolveLesson(const std::string& fileOrId);
// Every lesson id found on the search path (user lessons shadow shipped ones with the same id).
std::vector<std::string> availableLessons();

}  // namespace spineview::app::lessons
