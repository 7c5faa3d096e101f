// libFuzzer harness: the lesson loader (app::lessons::loadLesson, the files under
// assets/lessons/ and any a lecturer adds to configDir()/lessons). An accepted lesson is
// turned into the session commands of each step, and the promises of lesson.h are checked:
// 1–99 steps, a non-empty caption, a finite time range that does not run backwards.
#include <cmath>
#include <cstdint>

#include "fuzz_support.h"
#include "lessons/lesson.h"

using namespace spineview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::writeInput("fuzz_lesson.json", data, size);
  auto lesson = app::lessons::loadLesson(file);
  if (!lesson) {
    if (lesson.message().empty()) __builtin_trap();  // a refusal must say why
    return 0;
  }
  if (lesson->steps.empty() || lesson->steps.size() > app::lessons::kMaxLessonSteps || lesson->title.empty())
    __builtin_trap();
  volatile std::size_t sink = 0;
  for (const auto& step : lesson->steps) {
    if (step.caption.empty() || !std::isfinite(step.fromS) || !std::isfinite(step.toS) || step.toS < step.fromS)
      __builtin_trap();
    if (step.speed && !(*step.speed >= 0.05 && *step.speed <= 2.0)) __builtin_trap();
    const auto commands = app::lessons::stepCommands(step);
    if (commands.empty()) __builtin_trap();
    for (const auto& c : commands) sink = sink + c.size();
  }
  return 0;
}
