// Timeline and mode commands: the core every front end needs.
#include "scene/camera_animation.h"
#include "scene_builder.h"
#include "session/session.h"

namespace spineview::app {

namespace {
// From the front and a little to the left and above, so a turn of the head reads at a glance,
// with the neck above the comparison plots.
void showNeckForComparison(Session& s) {
  auto& camera = s.state().view.camera;
  camera.yawDegrees = 35.0f;
  camera.pitchDegrees = 12.0f;
  frameNeckAbovePanels(camera, s.model().mesh, 0.45f);
  s.state().view.cameraGoal.reset();
}
}  // namespace

void Session::registerCoreCommands() {
  auto& r = commands_;
  r.add("play", "play", "Play the motion on the timeline", [](Session& s, const auto& args) -> core::Status {
    if (auto n = argCount(args, 0, 0); !n) return n;
    if (s.state().playback.timeS >= s.timelineDurationS() && !s.state().playback.loop) s.seek(0.0);
    s.state().playback.playing = true;
    return core::Ok{};
  });
  r.add("pause", "pause", "Pause the timeline", [](Session& s, const auto& args) -> core::Status {
    if (auto n = argCount(args, 0, 0); !n) return n;
    s.state().playback.playing = false;
    return core::Ok{};
  });
  r.add("toggle-play", "toggle-play", "Play or pause", [](Session& s, const auto& args) -> core::Status {
    if (auto n = argCount(args, 0, 0); !n) return n;
    return s.execute(Command{s.state().playback.playing ? "pause" : "play", {}});
  });
  r.add("seek", "seek SECONDS", "Move the timeline to a time in the program", [](Session& s, const auto& args) -> core::Status {
    if (auto n = argCount(args, 1, 1); !n) return n;
    auto t = argNumber(args, 0, 0.0, 1e6);
    if (!t) return core::fail(t.message());
    s.seek(*t);
    return core::Ok{};
  });
  r.add("step", "step [+1|-1]", "Step one frame (10 ms) forward or back, and pause",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 0, 1); !n) return n;
          double direction = 1.0;
          if (!args.empty()) {
            auto d = argNumber(args, 0, -1.0, 1.0);
            if (!d) return core::fail(d.message());
            direction = *d < 0.0 ? -1.0 : 1.0;
          }
          s.state().playback.playing = false;
          s.seek(s.state().playback.timeS + direction * kPlotStepS);
          return core::Ok{};
        });
  r.add("speed", "speed FACTOR", "Playback speed, 0.05 to 2 (slow motion shows a 100 ms event)",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          auto v = argNumber(args, 0, 0.05, 2.0);
          if (!v) return core::fail(v.message());
          s.state().playback.speed = *v;
          return core::Ok{};
        });
  r.add("loop", "loop on|off", "Start again at the end", [](Session& s, const auto& args) -> core::Status {
    if (auto n = argCount(args, 1, 1); !n) return n;
    auto v = argOnOff(args, 0);
    if (!v) return core::fail(v.message());
    s.state().playback.loop = *v;
    return core::Ok{};
  });
  r.add("motion", "motion ID", "Put a motion from the library on the timeline", [](Session& s, const auto& args) -> core::Status {
    if (auto n = argCount(args, 1, 1); !n) return n;
    return s.selectMotion(args[0]);
  });
  r.add("mode", "mode explore|compare|guided", "Switch what the main view shows",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          AppMode mode{};
          if (!parseMode(args[0], mode)) return core::fail("\"" + args[0] + "\" is not explore, compare or guided");
          const bool entering = s.state().mode != mode;
          s.state().mode = mode;
          if (mode == AppMode::Compare) {
            // The plots cover the lower half: show the neck, where the comparison happens, above them.
            if (entering) showNeckForComparison(s);
            return s.prepareComparison();
          }
          if (mode == AppMode::Guided) {
            if (auto selected = s.selectMotion(s.state().guided.exerciseId); !selected) return selected;
            if (entering) frameForExercise(s, false);
          }
          return core::Ok{};
        });
  r.add("compare", "compare FORCEFUL CONTROLLED", "Choose the two motions of the comparison",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 2, 2); !n) return n;
          s.state().compare.forcefulMotionId = args[0];
          s.state().compare.controlledMotionId = args[1];
          if (s.state().mode != AppMode::Compare) showNeckForComparison(s);
          s.state().mode = AppMode::Compare;
          return s.prepareComparison();
        });
  r.add("dismiss-notices", "dismiss-notices", "Hide the messages shown so far", [](Session& s, const auto& args) -> core::Status {
    if (auto n = argCount(args, 0, 0); !n) return n;
    s.noticesDismissed_ = s.notices_.size();
    return core::Ok{};
  });
  r.add("quit", "quit", "Close spineview", [](Session& s, const auto& args) -> core::Status {
    if (auto n = argCount(args, 0, 0); !n) return n;
    s.state().quitRequested = true;
    return core::Ok{};
  });
}

}  // namespace spineview::app
