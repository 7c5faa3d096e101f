#include "verbs/record_verb.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

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
    return session.compareClock().timelineS;
  return session.player().durationS();
}

int stepFrames(const lessons::LessonStep& step, double fps) {
  const double playS = (step.toS - step.fromS) / step.speed.value_or(1.0);
  const double readS = static_cast<double>(step.caption.size()) / kCaptionCharsPerS;
  return framesFor(std::max(playS + kLessonRestS, readS), fps);
}

// Progress on a terminal, at most a few times a second: frames, percent and time left.
class Progress {
 public:
  explicit Progress(int total) : total_(total), tty_(::isatty(STDERR_FILENO) != 0), start_(std::chrono::steady_clock::now()) {}
  void frame(int done) {
    if (!tty_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done < total_ && now - shown_ < std::chrono::milliseconds(250)) return;
    shown_ = now;
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    std::fprintf(stderr, "\rrecording: %s   ", capture::progressLine(done, total_, elapsed).c_str());
    std::fflush(stderr);
  }
  void finish() {
    if (tty_ && !finished_) std::fprintf(stderr, "\n");
    finished_ = true;
  }
  ~Progress() { finish(); }

 private:
  int total_;
  bool tty_;
  bool finished_ = false;
  std::chrono::steady_clock::time_point start_, shown_{};
};
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
  const double fps = request.fps;
  // Every frame of the whole recording, then the part of it that --from/--to keep.
  std::vector<int> partFrames;
  if (stepCount == 0) partFrames.push_back(framesFor(timelineS(session) / session.state().playback.speed, fps) + 1);
  for (int part = 1; part <= stepCount; ++part)
    partFrames.push_back(stepFrames(session.state().presenter.lesson->steps[static_cast<std::size_t>(part - 1)], fps));
  int allFrames = 0;
  for (int n : partFrames) allFrames += n;
  const int firstKept = request.fromS ? std::clamp(static_cast<int>(std::ceil(*request.fromS * fps - 1e-6)), 0, allFrames) : 0;
  const int endKept = request.toS ? std::clamp(static_cast<int>(std::floor(*request.toS * fps + 1e-6)) + 1, 0, allFrames) : allFrames;
  if (endKept <= firstKept)
    return fail(kExitUsage, "--from/--to keep no frame of the recording, which is " + std::to_string(static_cast<int>(allFrames / fps)) +
                                " s long");

  auto context = GpuContext::create(gpuOptions, nullptr);
  if (!context) return fail(kExitRuntime, context.message());
  std::signal(SIGPIPE, SIG_IGN);  // a dying ffmpeg must give an error message, not kill us
  int frames = 0;
  {
    auto sink = capture::VideoSink::open(sinkOptions);
    if (!sink) return fail(kExitRuntime, sink.message());
    HeadlessSession headless(**context, session, VkExtent2D{request.size.width, request.size.height}, request.showUi);
    const double dt = 1.0 / fps;
    Progress progress(endKept - firstKept);
    int index = 0;  // frame of the whole recording
    // Part 0 is the motion (from t = 0 to its end, both included); parts 1… are the lesson's steps.
    for (int part = stepCount > 0 ? 1 : 0; part <= stepCount && index < endKept; ++part) {
      if (part > 0) {
        if (auto applied = lessons::applyLessonStep(session, part); !applied) return fail(kExitRuntime, applied.message());
        session.state().presenter.rangeLoops = false;  // a video rests on the step's last picture
      }
      const int count = partFrames[static_cast<std::size_t>(stepCount > 0 ? part - 1 : 0)];
      for (int f = 0; f < count && index < endKept; ++f, ++index) {
        session.update(f == 0 ? 0.0 : dt);
        if (index < firstKept) continue;  // simulated (lesson steps, pops) but not drawn
        if (auto added = (*sink)->addFrame(headless.renderFrame(0.0)); !added) return fail(kExitRuntime, added.message());
        ++frames;
        progress.frame(frames);
      }
    }
    progress.finish();
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
