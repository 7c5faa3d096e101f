#include "verbs/record_verb.h"

#include <csignal>
#include <cmath>
#include <cstdio>
#include <memory>

#include "frontend/capture.h"
#include "frontend/headless_session.h"
#include "frontend/script_runner.h"
#include "frontend/session_setup.h"
#include "lessons/presenter.h"

namespace spineview::app {
namespace {
int fail(int code, const std::string& message) {
  std::fprintf(stderr, "spineview: %s\n", message.c_str());
  return code;
}
int exitCodeFor(const std::string& message) { return message.rfind("usage: ", 0) == 0 ? kExitUsage : kExitRuntime; }

// How many frames each part of the recording lasts: a motion plays once; a lesson plays each
// step's range at its speed and then rests on it for a moment.
struct Segment {
  int step = 0;  // 0: the motion on the timeline
  int frames = 0;
};
constexpr double kLessonRestS = 1.5;
}  // namespace

int runRecordVerb(const GpuOptions& gpuOptions, const RecordRequest& request) {
  if (request.motion.empty() == request.lesson.empty()) return fail(kExitUsage, "record needs --motion NAME or --lesson ID");
  if (!(request.fps >= 1.0 && request.fps <= 120.0)) return fail(kExitUsage, "--fps must be 1 … 120");
  std::vector<std::string> commands = request.commands;
  if (!request.motion.empty()) {
    commands.insert(commands.begin(), {"motion " + request.motion, "loop off", "seek 0", "play"});
  } else {
    commands.push_back("lesson " + request.lesson);
  }
  auto created = createSession(request.model, commands);
  if (!created) return fail(exitCodeFor(created.message()), created.message());
  Session& session = **created;

  std::vector<Segment> segments;
  if (!request.motion.empty()) {
    segments.push_back({0, static_cast<int>(std::ceil(session.player().durationS() * request.fps)) + 1});
  } else {
    const auto& lesson = *session.state().presenter.lesson;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
      const auto& step = lesson.steps[i];
      const double speed = step.speed.value_or(1.0);
      const double seconds = (step.toS - step.fromS) / speed + kLessonRestS;
      segments.push_back({static_cast<int>(i) + 1, static_cast<int>(std::ceil(seconds * request.fps))});
    }
  }

  auto context = GpuContext::create(gpuOptions, nullptr);
  if (!context) return fail(kExitRuntime, context.message());
  std::signal(SIGPIPE, SIG_IGN);  // a dying ffmpeg must give an error message, not kill us
  int frames = 0;
  std::string note;
  {
    auto sink = capture::VideoSink::open({request.out, request.fps, request.size.width, request.size.height});
    if (!sink) return fail(kExitRuntime, sink.message());
    if (!(*sink)->note().empty()) std::fprintf(stderr, "spineview: %s\n", (*sink)->note().c_str());
    HeadlessSession headless(**context, session, VkExtent2D{request.size.width, request.size.height}, request.showUi);
    const double dt = 1.0 / request.fps;
    for (const auto& segment : segments) {
      if (segment.step > 0) {
        if (auto applied = lessons::applyLessonStep(session, segment.step); !applied) return fail(kExitRuntime, applied.message());
      }
      for (int f = 0; f < segment.frames; ++f) {
        if (f > 0 || segment.step > 0) {
          session.update(f == 0 ? 0.0 : dt);
        }
        if (auto added = (*sink)->addFrame(headless.renderFrame(0.0)); !added) return fail(kExitRuntime, added.message());
        ++frames;
      }
    }
    if (auto finished = (*sink)->finish(); !finished) return fail(kExitRuntime, finished.message());
    std::printf("wrote %d frames (%ux%u, %g fps) to %s\n", frames, request.size.width, request.size.height, request.fps,
                (*sink)->destination().c_str());
  }
  context->reset();
  return reportValidation(gpuOptions.validation) ? kExitOk : kExitValidation;
}

int runScriptVerb(const GpuOptions& gpuOptions, const ScriptRequest& request) {
  auto created = createSession(request.model, {});
  if (!created) return fail(exitCodeFor(created.message()), created.message());
  Session& session = **created;
  // The GPU is started only when a line needs a picture, so state-only scripts run anywhere.
  std::unique_ptr<GpuContext> gpu;
  std::unique_ptr<HeadlessSession> headless;
  std::string gpuError;
  const RenderFn render = [&]() -> core::Result<core::RgbaImage> {
    if (!headless) {
      if (!gpuError.empty()) return core::fail(gpuError);
      auto context = GpuContext::create(gpuOptions, nullptr);
      if (!context) return core::fail(gpuError = "cannot render: " + context.message());
      gpu = std::move(context).value();
      headless = std::make_unique<HeadlessSession>(*gpu, session, VkExtent2D{request.size.width, request.size.height}, true);
    }
    return headless->renderFrame(0.0);
  };
  const ScriptResult result = runScriptFile(session, request.file, render);
  headless.reset();
  gpu.reset();
  if (result.exitCode != 0) return fail(result.exitCode, result.message);
  std::printf("script %s passed (%d lines)\n", request.file.c_str(), result.linesRun);
  return reportValidation(gpuOptions.validation) ? kExitOk : kExitValidation;
}

}  // namespace spineview::app
