#include "session/session.h"

#include <algorithm>
#include <cmath>

#include "core/log.h"
#include "lessons/presenter.h"

namespace spineview::app {

std::string sentenceForPeople(std::string message) {
  // "\"seek x\": \"x\" is not a number (usage: seek SECONDS)" → "“x” is not a number."
  if (const auto usage = message.rfind(" (usage: "); usage != std::string::npos && message.back() == ')') message.resize(usage);
  if (!message.empty() && message.front() == '"')
    if (const auto end = message.find("\": "); end != std::string::npos) message.erase(0, end + 3);
  if (!message.empty() && message.front() >= 'a' && message.front() <= 'z') message.front() = static_cast<char>(message.front() - 'a' + 'A');
  if (!message.empty() && message.back() != '.' && message.back() != ')') message += '.';
  return message;
}

core::Result<std::unique_ptr<Session>> Session::create(ViewModel model, const std::filesystem::path& assetDir) {
  auto biomech = biomech::loadBiomechModel(assetDir);
  if (!biomech) return core::fail("cannot load the spine biomechanics: " + biomech.message());
  auto motions = biomech::loadMotionLibrary(assetDir / "motions");
  if (!motions) return core::fail("cannot load the motion library: " + motions.message());
  if (motions->empty()) return core::fail("no motion programs in " + (assetDir / "motions").string());
  std::unique_ptr<Session> session(new Session(std::move(model), std::move(biomech).value(), std::move(motions).value()));
  session->registerCoreCommands();
  registerFeatureCommands(session->commands_);
  for (const auto& w : session->model_.warnings) session->notify(Notice::Kind::Warning, w);
  return session;
}

Session::Session(ViewModel model, biomech::BiomechModel biomech, std::vector<biomech::MotionProgram> motions)
    : model_(std::move(model)),
      biomech_(std::make_unique<biomech::BiomechModel>(std::move(biomech))),
      motions_(std::move(motions)) {
  const biomech::MotionProgram* first = findMotion(state_.playback.motionId);
  if (!first) {
    first = &motions_.front();
    state_.playback.motionId = first->id;
  }
  player_ = std::make_unique<MotionPlayer>(*biomech_, *first);
}

void Session::replaceModel(ViewModel model) {
  model_ = std::move(model);
  ++modelGeneration_;
  state_.selection = {};
  probes_.clear();
  for (const auto& w : model_.warnings) notify(Notice::Kind::Warning, w);
}

const biomech::MotionProgram* Session::findMotion(const std::string& id) const {
  for (const auto& m : motions_)
    if (m.id == id) return &m;
  return nullptr;
}

core::Status Session::selectMotion(const std::string& id) {
  const biomech::MotionProgram* program = findMotion(id);
  if (!program) return core::fail("there is no motion called \"" + id + "\"");
  if (player_->program().id != id) player_ = std::make_unique<MotionPlayer>(*biomech_, *program);
  state_.playback.motionId = id;
  state_.playback.timeS = 0.0;
  player_->seek(0.0);
  return core::Ok{};
}

core::Status Session::prepareComparison() {
  const auto* forceful = findMotion(state_.compare.forcefulMotionId);
  const auto* controlled = findMotion(state_.compare.controlledMotionId);
  if (!forceful) return core::fail("there is no motion called \"" + state_.compare.forcefulMotionId + "\"");
  if (!controlled) return core::fail("there is no motion called \"" + state_.compare.controlledMotionId + "\"");
  if (!forceful_ || forceful_->program().id != forceful->id) forceful_ = std::make_unique<MotionPlayer>(*biomech_, *forceful);
  if (!controlled_ || controlled_->program().id != controlled->id)
    controlled_ = std::make_unique<MotionPlayer>(*biomech_, *controlled);
  compareClock_ = app::compareClock(forceful_->program(), controlled_->program());
  state_.playback.timeS = std::min(state_.playback.timeS, compareClock_.timelineS);
  forceful_->seek(compareClock_.forcefulTime(state_.playback.timeS));
  controlled_->seek(compareClock_.controlledTime(state_.playback.timeS));
  return core::Ok{};
}

double Session::timelineDurationS() const {
  if (state_.mode == AppMode::Compare && forceful_ && controlled_) return compareClock_.timelineS;
  return player_->durationS();
}

void Session::seek(double t) {
  state_.playback.timeS = std::clamp(t, 0.0, timelineDurationS());
  player_->seek(state_.playback.timeS);
  if (state_.mode == AppMode::Compare && forceful_ && controlled_) {
    forceful_->seek(compareClock_.forcefulTime(state_.playback.timeS));
    controlled_->seek(compareClock_.controlledTime(state_.playback.timeS));
  }
}

core::Status Session::execute(const Command& command) {
  if (command.verb.empty()) return core::Ok{};
  return commands_.execute(*this, command);
}

core::Status Session::execute(std::string_view line) {
  auto command = parseCommand(line);
  if (!command) return core::fail(command.message());
  return execute(*command);
}

void Session::update(double wallDtS) {
  for (const auto& command : queue_.take()) {
    if (auto done = execute(command); !done) {
      core::logWarning(done.message());
      notify(Notice::Kind::Error, sentenceForPeople(done.message()));
    }
  }
  recentPops_.clear();
  clockS_ += std::max(0.0, wallDtS);
  advancePlayback(wallDtS);
  lessons::enforceStepRange(*this);  // a lesson step plays only its own time range
}

void Session::advancePlayback(double wallDtS) {
  auto& playback = state_.playback;
  if (!playback.playing || wallDtS <= 0.0) return;
  const double duration = timelineDurationS();
  double t = playback.timeS + wallDtS * playback.speed;
  if (t >= duration) {
    if (playback.loop && duration > 0.0) {
      t = std::fmod(t, duration);
    } else {
      t = duration;
      playback.playing = false;
    }
  }
  const bool wrapped = t < playback.timeS;
  auto advanceTo = [&](MotionPlayer& p, double programT) {
    if (wrapped) p.seek(0.0);
    const double dt = std::max(0.0, std::min(programT, p.durationS()) - p.timeS());
    auto pops = p.advance(dt, 1.0, false);
    recentPops_.insert(recentPops_.end(), pops.begin(), pops.end());
  };
  if (state_.mode == AppMode::Compare && forceful_ && controlled_) {
    advanceTo(*forceful_, compareClock_.forcefulTime(t));
    advanceTo(*controlled_, compareClock_.controlledTime(t));
  } else {
    advanceTo(*player_, t);
  }
  playback.timeS = t;
}

}  // namespace spineview::app
