#include "session/motion_player.h"

#include <algorithm>
#include <cmath>

namespace spineview::app {

PlotSample plotSample(const biomech::SimulationFrame& frame) {
  PlotSample s;
  const auto& state = frame.state;
  s.timeS = frame.programTimeS;
  s.headDeg = state.use.cervical.totalDeg;
  s.headSpeedDegS = frame.headAngularSpeedDegS;
  s.worstSegment = state.use.worstSegment;
  s.worstUsePercent = state.use.levels[s.worstSegment].percent;
  s.worstZone = state.use.worstZone;
  float narrowest = 0.0f;
  for (int seg = 0; seg < anatomy::kSegmentCount; ++seg) {
    for (int side = 0; side < 2; ++side) {
      s.facetChangeMm[seg][side] = static_cast<float>(state.facets[seg][side].changeMm);
      narrowest = std::min(narrowest, static_cast<float>(state.foramina[seg][side].areaChangePercent));
    }
  }
  s.worstForamenAreaChangePercent = narrowest;
  for (int side = 0; side < 2; ++side) {
    s.arteryPeakStrainPercent[side] = static_cast<float>(state.arteries[side].peakStrainPercent);
    s.arteryPeakRatePercentPerS[side] = static_cast<float>(state.arteries[side].peakRatePercentPerS);
  }
  return s;
}

MotionPlayer::MotionPlayer(const biomech::BiomechModel& model, biomech::MotionProgram program)
    : simulation_(std::make_unique<biomech::Simulation>(model, std::move(program), kSimulationStepS)) {
  simulation_->reset();
  std::promise<PlotSeries> promise;
  pendingSeries_ = promise.get_future();
  seriesWorker_ = std::jthread([&model, program = simulation_->program(), promise = std::move(promise)](std::stop_token stop) mutable {
    promise.set_value(runPlotSeries(model, program, stop));
  });
}

const PlotSeries& MotionPlayer::series() const {
  if (!series_) series_ = pendingSeries_.get();
  return *series_;
}

PlotSeries runPlotSeries(const biomech::BiomechModel& model, const biomech::MotionProgram& program, std::stop_token stop) {
  PlotSeries series;
  biomech::Simulation run(model, program, kSimulationStepS);
  run.reset();
  const int stride = static_cast<int>(std::lround(kPlotStepS / kSimulationStepS));
  series.samples.push_back(plotSample(run.frame()));
  for (long long step = 1; !run.finished(); ++step) {
    if (step % 1024 == 0 && stop.stop_requested()) return series;
    const auto& f = run.step();
    series.pops.insert(series.pops.end(), f.pops.begin(), f.pops.end());
    series.peakHeadSpeedDegS = std::max(series.peakHeadSpeedDegS, f.headAngularSpeedDegS);
    // The rate peaks between plot samples (a 70 ms thrust); take it at every step.
    for (int side = 0; side < 2; ++side)
      series.peakArteryRatePercentPerS[side] = std::max(series.peakArteryRatePercentPerS[side], f.state.arteries[side].peakRatePercentPerS);
    if (step % stride == 0 || run.finished()) series.samples.push_back(plotSample(f));
  }
  for (const auto& s : series.samples) {
    series.peakUsePercent = std::max(series.peakUsePercent, s.worstUsePercent);
    series.worstZone = std::max(series.worstZone, s.worstZone);
    for (int side = 0; side < 2; ++side)
      series.peakArteryStrainPercent[side] =
          std::max(series.peakArteryStrainPercent[side], static_cast<double>(s.arteryPeakStrainPercent[side]));
  }
  return series;
}

void MotionPlayer::seek(double t) {
  t = std::clamp(t, 0.0, durationS());
  if (t + 0.5 * kSimulationStepS < timeS()) simulation_->reset();
  while (!simulation_->finished() && timeS() + 0.5 * kSimulationStepS < t) simulation_->step();
}

std::vector<biomech::CavitationEvent> MotionPlayer::advance(double wallDtS, double speed, bool loop) {
  std::vector<biomech::CavitationEvent> pops;
  double target = timeS() + std::max(0.0, wallDtS) * speed;
  if (target > durationS() && loop && durationS() > 0.0) {
    simulation_->reset();
    target = std::fmod(target, durationS());
  }
  target = std::min(target, durationS());
  while (!simulation_->finished() && timeS() + 0.5 * kSimulationStepS < target) {
    const auto& f = simulation_->step();
    pops.insert(pops.end(), f.pops.begin(), f.pops.end());
  }
  return pops;
}

void MotionPlayer::stepFrame(int direction) {
  seek(timeS() + (direction >= 0 ? kPlotStepS : -kPlotStepS));
}

}  // namespace spineview::app
