#include "verbs/record_verb.h"

#include <algorithm>
#include <cmath>
#include <csignal>
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

// A lesson step plays its time range at its speed and then rests on the last picture, for at
// least kLessonRestS and long enough to read the caption at kCaptionCharsPerS (a comfortable
// subtitle reading rate; a presentation choice, not a measurement).
constexpr double kLessonRestS = 1.5;
constexpr double kCaptionCharsPerS = 15.0;

int framesFor(double seconds, double fps) { return static_cast<int>(std::ceil(seconds * fps - 1e-6)); }

// The length of the main timeline: in Compare mode the longer of the pair (as Session plays it).
double timelineS(const Session& session) {
  if (session.state().mode == AppMode::Compare && session.forcefulPlayer() && session.controlledPlayer())
    return std::max(session.forcefulPlayer()->durationS(), session.controlledPlayer()->durationS());
  return session.player().durationS();
}

int stepFrames(const Session& session, const lessons::LessonStep& step, double fps) {
  const double playS = (step.toS - step.fromS) / session.state().playback.speed;
  const double readS = static_cast<double>(step.caption.size()) / kCaptionCharsPerS;
  return framesFor(std::max(playS + kLessonRestS, readS), fps);
}
}  // namespace

int runRecordVerb(const GpuOptions& gpuOptions, const RecordRequest& request) {
  if (request.motion.empty() == request.lesson.empty()) return fail(kExitUsage, "record needs --motion NAME or --lesson ID");
  if (!(request.fps >= 1.0 && request.fps <= 120.0)) return fail(kExitUsage, "--fps must be 1 … 120");
  const capture::VideoSink::Options sinkOptions{request.out, request.fps, request.size.width, request.size.height};
  if (auto checked = capture::VideoSink::check(sinkOptions); !checked) return fail(kExitUsage, checked.message());
  std::vector<std::string> commands = request.commands;
  if (!request.motion.empty()) {
    commands.insert(commands.begin(), {"motion " + request.motion, "loop off", "seek 0", "play"});
  } else {
    commands.push_back("lesson " + request.lesson);
  }
  auto created = createSession(request.model, commands);
  if (!created) return fail(exitCodeFor(created.message()), created.message());
  Session& session = **created;
  const int stepCount = request.motion.empty() ? static_cast<int>(session.state().presenter.lesson->steps.size()) : 0;

  auto context = GpuContext::create(gpuOptions, nullptr);
  if (!context) return fail(kExitRuntime, context.message());
  std::signal(SIGPIPE, SIG_IGN);  // a dying ffmpeg must give an error message, not kill us
  int frames = 0;
  {
    auto sink = capture::VideoSink::open(sinkOptions);
    if (!sink) return fail(kExitRuntime, sink.message());
    HeadlessSession headless(**context, session, VkExtent2D{request.size.width, request.size.height}, request.showUi);
    const double dt = 1.0 / request.fps;
    // Part 0 is the motion (from t = 0 to its end, both included); parts 1… are the lesson's steps.
    for (int part = stepCount > 0 ? 1 : 0; part <= stepCount; ++part) {
      int partFrames = 0;
      if (part == 0) {
        partFrames = framesFor(timelineS(session) / session.state().playback.speed, request.fps) + 1;
      } else {
        if (auto applied = lessons::applyLessonStep(session, part); !applied) return fail(kExitRuntime, applied.message());
        session.state().presenter.rangeLoops = false;  // a video rests on the step's last picture
        partFrames = stepFrames(session, session.state().presenter.lesson->steps[static_cast<std::size_t>(part - 1)], request.fps);
      }
      for (int f = 0; f < partFrames; ++f) {
        session.update(f == 0 ? 0.0 : dt);
        if (auto added = (*sink)->addFrame(headless.renderFrame(0.0)); !added) return fail(kExitRuntime, added.message());
        ++frames;
      }
    }
    if (auto finished = (*sink)->finish(); !finished) return fail(kExitRuntime, finished.message());
    std::printf("wrote %d frames (%ux%u, %g fps, %.2f s) to %s\n", frames, request.size.width, request.size.height, request.fps,
                frames / request.fps, (*sink)->destination().c_str());
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
