// The running app without its window: the model, the biomechanics, the motion library, the
// players on the timeline and the AppState, changed only through commands. The viewer, the
// headless renderer, presenter lessons and test scripts all drive a Session the same way:
// commands → update(dt) → snapshot (scene builder) → render.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "biomech/biomech_model.h"
#include "model_source.h"
#include "scene/probe_feedback.h"
#include "session/app_state.h"
#include "session/command.h"
#include "session/compare_clock.h"
#include "session/motion_player.h"

namespace spineview::app {

// A message for the user (status line / toast): warnings about files, settings moved aside…
struct Notice {
  enum class Kind { Info, Warning, Error } kind = Kind::Info;
  std::string text;
  double atS = 0.0;  // Session::clockS() when it was raised
};

class Session {
 public:
  // Loads the biomechanics and motion library from assetDir. The model is shown and, when it
  // is the built-in spine or a mapped file, driven by the biomechanics.
  static core::Result<std::unique_ptr<Session>> create(ViewModel model, const std::filesystem::path& assetDir);

  AppState& state() { return state_; }
  const AppState& state() const { return state_; }
  const ViewModel& model() const { return model_; }
  // A new model (File → Open, drag-and-drop); the old one stays if the caller failed to load.
  void replaceModel(ViewModel model);
  std::uint64_t modelGeneration() const { return modelGeneration_; }  // changes with replaceModel

  const biomech::BiomechModel& biomech() const { return *biomech_; }
  bool drivenBySpine() const { return model_.builtInSpine || model_.mapping.has_value(); }
  const std::vector<biomech::MotionProgram>& motions() const { return motions_; }
  const biomech::MotionProgram* findMotion(const std::string& id) const;

  // The program on the timeline (Explore, Guided); the pair in Compare mode.
  MotionPlayer& player() { return *player_; }
  const MotionPlayer& player() const { return *player_; }
  const MotionPlayer* forcefulPlayer() const { return forceful_.get(); }
  const MotionPlayer* controlledPlayer() const { return controlled_.get(); }
  // The comparison's time base (session/compare_clock.h): valid once the pair exists.
  const CompareClock& compareClock() const { return compareClock_; }

  // Pops since the last update (all players), for markers and sounds.
  const std::vector<biomech::CavitationEvent>& recentPops() const { return recentPops_; }

  // The part of the target the panels leave free for the model (normalized x, y, w, h, origin
  // top-left), set by the front end each frame from the window layout; the camera's target is
  // drawn at its centre and the framing commands fit their subject into it.
  void setSceneArea(glm::vec4 area, float aspect) { sceneArea_ = area, sceneAspect_ = aspect; }
  glm::vec4 sceneArea() const { return sceneArea_; }
  float sceneAspect() const { return sceneAspect_; }

  // Picks waiting for a frame's results and the latest probes (app/scene/probe_feedback.h).
  ProbeFeedback& probes() { return probes_; }
  const ProbeFeedback& probes() const { return probes_; }

  CommandRegistry& commands() { return commands_; }
  const CommandRegistry& commands() const { return commands_; }
  CommandQueue& queue() { return queue_; }
  core::Status execute(const Command& command);
  core::Status execute(std::string_view line);

  // Runs queued commands (failures become error notices), then advances playback by dt.
  void update(double wallDtS);

  std::vector<Notice>& notices() { return notices_; }
  const std::vector<Notice>& notices() const { return notices_; }
  void notify(Notice::Kind kind, std::string text) { notices_.push_back({kind, std::move(text), clockS_}); }
  // Notices before this index were dismissed by the user (`dismiss-notices`).
  std::size_t noticesDismissed() const { return noticesDismissed_; }
  // Wall-clock seconds the session has run (sum of update steps): for fading notices.
  double clockS() const { return clockS_; }

  // Loads a motion onto the main timeline (time 0, paused state unchanged).
  core::Status selectMotion(const std::string& id);
  // Creates or refreshes the compare pair from state().compare; keeps them at the main time.
  core::Status prepareComparison();
  // Program time on the main timeline; in Compare mode both players follow it.
  void seek(double t);

 private:
  Session(ViewModel model, biomech::BiomechModel biomech, std::vector<biomech::MotionProgram> motions);
  void registerCoreCommands();
  void advancePlayback(double wallDtS);
  double timelineDurationS() const;

  AppState state_;
  ViewModel model_;
  std::uint64_t modelGeneration_ = 1;
  std::unique_ptr<biomech::BiomechModel> biomech_;
  std::vector<biomech::MotionProgram> motions_;
  std::unique_ptr<MotionPlayer> player_;
  std::unique_ptr<MotionPlayer> forceful_, controlled_;
  CompareClock compareClock_;
  std::vector<biomech::CavitationEvent> recentPops_;
  CommandRegistry commands_;
  CommandQueue queue_;
  ProbeFeedback probes_;
  glm::vec4 sceneArea_{0.0f, 0.0f, 1.0f, 1.0f};
  float sceneAspect_ = 16.0f / 9.0f;
  std::vector<Notice> notices_;
  std::size_t noticesDismissed_ = 0;
  double clockS_ = 0.0;
};

// A command's error as a sentence for the notices: without the command line, the "usage:"
// text written for scripts, capitalised and ended ("There is no motion called “x”.").
std::string sentenceForPeople(std::string message);

// Each feature registers its commands here (defined next to the feature), called by
// Session::create after the core commands: keeps features from editing session.cpp.
void registerFeatureCommands(CommandRegistry& registry);

}  // namespace spineview::app
