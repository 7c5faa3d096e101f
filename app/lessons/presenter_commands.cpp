#include <algorithm>
#include <cstdio>
#include <iterator>

#include "lessons/presenter.h"

namespace spineview::app::lessons {

core::Status applyLessonStep(Session& s, int number) {
  auto& presenter = s.state().presenter;
  if (!presenter.lesson) return core::fail("no lesson is loaded (use `lesson ID`)");
  const int count = static_cast<int>(presenter.lesson->steps.size());
  if (number < 1 || number > count)
    return core::fail("step " + std::to_string(number) + " does not exist; this lesson has " + std::to_string(count));
  const LessonStep& step = presenter.lesson->steps[static_cast<std::size_t>(number - 1)];
  presenter.step = number;
  presenter.rangeActive = false;  // the step's own seek/play must not be clipped by the old range
  for (const auto& line : stepCommands(step)) {
    if (auto done = s.execute(line); !done)
      s.notify(Notice::Kind::Warning, "Lesson step " + std::to_string(number) + ": " + done.message());
  }
  presenter.rangeFromS = step.fromS;
  presenter.rangeToS = step.toS;
  presenter.rangeLoops = step.end == RangeEnd::Loop;
  presenter.rangeActive = step.toS > step.fromS;
  return core::Ok{};
}

void enforceStepRange(Session& s) {
  const auto& presenter = s.state().presenter;
  if (!presenter.rangeActive) return;
  auto& playback = s.state().playback;
  if (playback.timeS < presenter.rangeToS - 1e-9 && playback.timeS >= presenter.rangeFromS - 1e-9) return;
  if (playback.timeS < presenter.rangeFromS) {  // the whole program wrapped round
    if (!presenter.rangeLoops) {
      s.seek(presenter.rangeToS);
      playback.playing = false;
    }
    return;
  }
  if (!playback.playing) return;  // the user moved the time by hand: leave it
  if (presenter.rangeLoops) {
    s.seek(presenter.rangeFromS);
  } else {
    s.seek(presenter.rangeToS);
    playback.playing = false;
  }
}

namespace {
// Commands that make no sense inside a lesson step (they would leave or replace the lesson).
constexpr std::string_view kNotInLessons[] = {"lesson", "lesson-open", "lesson-step", "presenter", "quit", "open",
                                              "open-builtin", "screenshot", "tour", "dismiss-notices"};

std::string motionList(const Session& s) {
  std::string out;
  for (const auto& m : s.motions()) out += (out.empty() ? "" : ", ") + m.id;
  return out;
}

double timelineOf(const Session& s) {
  if (s.state().mode == AppMode::Compare && s.forcefulPlayer() && s.controlledPlayer())
    return s.compareClock().timelineS;
  return s.player().durationS();
}

// Puts back what a dry run changed: the state, the players and the notices.
void restore(Session& s, const AppState& saved, std::size_t notices) {
  (void)s.selectMotion(saved.playback.motionId);
  s.state() = saved;
  if (saved.mode == AppMode::Compare) (void)s.prepareComparison();
  s.seek(saved.playback.timeS);
  s.state().playback = saved.playback;
  if (s.notices().size() > notices) s.notices().resize(notices);
}

core::Result<Lesson> openLesson(Session& s, const std::string& fileOrId) {
  auto file = resolveLesson(fileOrId);
  if (!file) return core::fail(file.message());
  auto lesson = loadLesson(*file);
  if (!lesson) return core::fail(lesson.message());
  if (auto valid = validateLesson(s, *lesson); !valid) return core::fail(valid.message());
  return lesson;
}

core::Status openAt(Session& s, const std::string& fileOrId, bool present) {
  auto lesson = openLesson(s, fileOrId);
  if (!lesson) return core::fail(lesson.message());
  auto& presenter = s.state().presenter;
  presenter.lessonFile = lesson->file;
  presenter.lesson = std::move(lesson).value();
  presenter.active = present;
  if (!present)
    s.notify(Notice::Kind::Info, "The lesson \u201c" + presenter.lesson->title + "\u201d is open at step 1. Press F5 to present it.");
  return applyLessonStep(s, 1);
}
}  // namespace

core::Status validateLesson(Session& s, const Lesson& lesson) {
  const AppState saved = s.state();
  const std::size_t notices = s.notices().size();
  std::string error;
  for (std::size_t i = 0; i < lesson.steps.size() && error.empty(); ++i) {
    const LessonStep& step = lesson.steps[i];
    const std::string where = lesson.file.string() + ": /steps/" + std::to_string(i) + "/";
    const std::string which = " (step " + std::to_string(i + 1) + ")";
    if (step.motion && !s.findMotion(*step.motion)) {
      error = where + "motion: there is no motion called \"" + *step.motion + "\" (" + motionList(s) + ")" + which;
      break;
    }
    for (const auto& [field, line] : stepCommandFields(step)) {
      const auto command = parseCommand(line);
      const std::string verb = command ? command->verb : std::string();
      if (std::find(std::begin(kNotInLessons), std::end(kNotInLessons), verb) != std::end(kNotInLessons)) {
        error = where + field + ": \"" + verb + "\" cannot be used inside a lesson step" + which;
        break;
      }
      if (auto done = s.execute(line); !done) {
        error = where + (field.empty() ? std::string("") : field + ": ") + done.message() + which;
        break;
      }
    }
    if (error.empty() && step.toS > timelineOf(s) + 1e-6) {
      char text[160];
      std::snprintf(text, sizeof text, "range/1: %.2f s is past the end of what the step shows (%.2f s)", step.toS, timelineOf(s));
      error = where + text + which;
    }
  }
  restore(s, saved, notices);
  if (!error.empty()) return core::fail(error);
  return core::Ok{};
}

void registerPresenterCommands(CommandRegistry& r) {
  r.add("presenter", "presenter [on|off]", "Presenter mode: full screen, large captions, clicker keys (F5 / Esc)",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 0, 1); !n) return n;
          bool on = !s.state().presenter.active;
          if (!args.empty()) {
            auto v = argOnOff(args, 0);
            if (!v) return core::fail(v.message());
            on = *v;
          }
          s.state().presenter.active = on;
          if (!on) s.state().presenter.rangeActive = false;
          // Presenting an open lesson starts from its current step as the lesson sets it.
          if (on && s.state().presenter.lesson) return applyLessonStep(s, std::max(1, s.state().presenter.step));
          return core::Ok{};
        });
  r.add("lesson", "lesson FILE_OR_ID", "Open a lesson (shipped, or your own in ~/.local/share/spineview/lessons) and present it",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          return openAt(s, args[0], true);
        });
  r.add("lesson-open", "lesson-open FILE_OR_ID", "Open a lesson at its first step in the window (F5 presents it)",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          return openAt(s, args[0], false);
        });
  r.add("lesson-step", "lesson-step N|next|prev|first|last", "Go to a step of the open lesson",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          const auto& presenter = s.state().presenter;
          if (!presenter.lesson) return core::fail("no lesson is loaded (use `lesson ID`)");
          const int count = static_cast<int>(presenter.lesson->steps.size());
          int target = presenter.step;
          if (args[0] == "next") target = std::min(count, presenter.step + 1);
          else if (args[0] == "prev") target = std::max(1, presenter.step - 1);
          else if (args[0] == "first") target = 1;
          else if (args[0] == "last") target = count;
          else {
            auto v = argNumber(args, 0, 1, static_cast<double>(kMaxLessonSteps));
            if (!v) return core::fail(v.message());
            target = static_cast<int>(*v);
          }
          return applyLessonStep(s, target);
        });
}

}  // namespace spineview::app::lessons
