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
  std::optional<std::string> frame;             // what the camera frames: a preset or a level (command `frame`)
  std::optional<std::string> camera;            // a saved camera, "YAW PITCH DISTANCE X Y Z" (command `camera`)
  std::vector<std::string> extraCommands;       // any further session commands ("xray on")
};

struct Lesson {
  std::string id;  // file stem
  std::string title;
  std::vector<LessonStep> steps;
  std::filesystem::path file;
};

inline constexpr std::size_t kMaxLessonSteps = 99;
inline constexpr std::string_view kDefaultLessonMotion = "controlled_rotation";

// What a step's "frame" may name (command `frame`): the whole model, the head and neck, the
// neck, the junction of neck and upper back, the upper back, or one level ("C5").
inline constexpr std::string_view kFrameSubjectsText = "whole, head_and_neck, neck, junction, upper_back";
bool isFrameSubject(std::string_view text);
// The lesson format this build reads and writes. Files without "version" (version 0, before
// the field existed) have the same fields and load as they are; a newer file is refused with
// a message, never changed.
inline constexpr int kLessonFormatVersion = 1;
// Lesson files shared between people carry this extension (MIME type application/x-spineview-lesson);
// lessons in the lesson folders may also end in .json.
inline constexpr const char* kLessonExtension = ".spinelesson";

// Errors name the file, the JSON pointer and the problem, e.g.
// "why_necks_crack.json: /steps/2/range/1: expected a number". The format: docs/lessons.md.
core::Result<Lesson> loadLesson(const std::filesystem::path& file);

// Session commands that put the session into a step. A step is complete in itself: what it
// does not set returns to the default (all layers, no x-ray, cut or isolation, Explore mode,
// the controlled rotation, the left view framing the whole model, 1x speed), so stepping back
// lands in the same state as stepping forward.
std::vector<std::string> stepCommands(const LessonStep& step);
// The same with the lesson field each command comes from ("motion", "commands/2"; empty for
// the defaults), so an error can name it.
struct StepCommand {
  std::string field, line;
};
std::vector<StepCommand> stepCommandFields(const LessonStep& step);

// Folders searched for lesson ids, in order: the user's (dataDir()/lessons, and the older
// configDir()/lessons), then the shipped ones (assetDir()/lessons).
std::vector<std::filesystem::path> lessonSearchPath();
// A path to a lesson file, or an id looked up in lessonSearchPath().
core::Result<std::filesystem::path> resolveLesson(const std::string& fileOrId);
// Every lesson id found on the search path (user lessons shadow shipped ones with the same id).
std::vector<std::string> availableLessons();

// The lessons for File > Lessons: id, title (the id when the file cannot be read) and whether
// it is one of the user's own.
struct LessonEntry {
  std::string id, title;
  std::filesystem::path file;
  bool userLesson = false;
};
std::vector<LessonEntry> lessonCatalogue();

}  // namespace spineview::app::lessons
