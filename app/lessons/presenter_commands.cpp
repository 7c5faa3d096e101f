#include <algorithm>

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
core::Status loadAndStart(Session& s, const std::string& fileOrId) {
  auto file = resolveLesson(fileOrId);
  if (!file) return core::fail(file.message());
  auto lesson = loadLesson(*file);
  if (!lesson) return core::fail(lesson.message());
  auto& presenter = s.state().presenter;
  presenter.lesson = std::move(lesson).value();
  presenter.lessonFile = *file;
  presenter.active = true;
  return applyLessonStep(s, 1);
}
}  // namespace

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
          return core::Ok{};
        });
  r.add("lesson", "lesson FILE_OR_ID", "Open a lesson (assets/lessons or ~/.config/spineview/lessons) in presenter mode",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          return loadAndStart(s, args[0]);
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
