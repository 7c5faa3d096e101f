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
  runSeries(model);
  simulation_->reset();
}

void MotionPlayer::runSeries(const biomech::BiomechModel& model) {
  biomech::Simulation run(model, simulation_->program(), kSimulationStepS);
  run.reset();
  const int stride = static_cast<int>(std::lround(kPlotStepS / kSimulationStepS));
  series_.samples.push_back(plotSample(run.frame()));
  for (long long step = 1; !run.finished(); ++step) {
    const auto& f = run.step();
    series_.pops.insert(series_.pops.end(), f.pops.begin(), f.pops.end());
    series_.peakHeadSpeedDegS = std::max(series_.peakHeadSpeedDegS, f.headAngularSpeedDegS);
    // The rate peaks between plot samples (a 70 ms thrust); take it at every step.
    for (int side = 0; side < 2; ++side)
      series_.peakArteryRatePercentPerS[side] = std::max(series_.peakArteryRatePercentPerS[side], f.state.arteries[side].peakRatePercentPerS);
    if (step % stride == 0 || run.finished()) series_.samples.push_back(plotSample(f));
  }
  for (const auto& s : series_.samples) {
    series_.peakUsePercent = std::max(series_.peakUsePercent, s.worstUsePercent);
    series_.worstZone = std::max(series_.worstZone, s.worstZone);
    for (int side = 0; side < 2; ++side)
      series_.peakArteryStrainPercent[side] =
          std::max(series_.peakArteryStrainPercent[side], static_cast<double>(s.arteryPeakStrainPercent[side]));
  }
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
