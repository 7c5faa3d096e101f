// Plays one motion program for the viewer: play at a speed, scrub, loop, step frames. The
// simulation runs at a fixed 1 kHz step (a 5 ms pop and a 70 ms thrust are resolved); seeking
// backwards re-runs it from the start, so any time shows the same state, pops included.
// The whole program is also run once into a plot series on one time base: in a background
// thread started with the player, so a start or a single picture does not wait for it unless
// something asks for it (series() then waits for the rest).
#pragma once

#include <array>
#include <future>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "biomech/simulation.h"

namespace spineview::app {

// One plot sample (every kPlotStepS of program time).
struct PlotSample {
  double timeS = 0.0;
  biomech::SegmentAngles headDeg;        // C0 relative to T1, summed over the cervical levels
  double headSpeedDegS = 0.0;
  double worstUsePercent = 0.0;          // the most-used level's share of its active range
  int worstSegment = 0;
  biomech::Zone worstZone = biomech::Zone::Comfortable;
  std::array<std::array<float, 2>, anatomy::kSegmentCount> facetChangeMm{};  // [segment][side]; > 0 gapping
  std::array<float, 2> arteryPeakStrainPercent{};                              // [side]
  std::array<float, 2> arteryPeakRatePercentPerS{};                            // [side], lengthening
  float worstForamenAreaChangePercent = 0.0f;                                  // most negative: narrowest
};

struct PlotSeries {
  std::vector<PlotSample> samples;
  std::vector<biomech::CavitationEvent> pops;  // every pop in the program, program time
  double peakHeadSpeedDegS = 0.0;
  double peakUsePercent = 0.0;
  biomech::Zone worstZone = biomech::Zone::Comfortable;
  std::array<double, 2> peakArteryStrainPercent{};
  std::array<double, 2> peakArteryRatePercentPerS{};
};

inline constexpr double kSimulationStepS = 0.001;
inline constexpr double kPlotStepS = 0.01;

class MotionPlayer {
 public:
  // `model` must outlive the player. Destroying the player stops an unfinished series run.
  MotionPlayer(const biomech::BiomechModel& model, biomech::MotionProgram program);
  MotionPlayer(const MotionPlayer&) = delete;
  MotionPlayer& operator=(const MotionPlayer&) = delete;

  const biomech::MotionProgram& program() const { return simulation_->program(); }
  double durationS() const { return program().durationS(); }
  double timeS() const { return simulation_->frame().programTimeS; }

  // Moves to program time t (clamped to [0, duration]).
  void seek(double t);
  // Advances by wall-clock dt × speed; at the end it loops (back to 0) or stops. Returns the
  // pops that happened on the way.
  std::vector<biomech::CavitationEvent> advance(double wallDtS, double speed, bool loop);
  // One plot step forward or back (frame step while paused).
  void stepFrame(int direction);

  const biomech::SimulationFrame& frame() const { return simulation_->frame(); }
  const std::string& instruction() const { return simulation_->currentInstruction(); }
  // Waits for the background run the first time it is asked for (call from one thread).
  const PlotSeries& series() const;
  bool atEnd() const { return simulation_->finished(); }

 private:
  std::unique_ptr<biomech::Simulation> simulation_;
  mutable std::future<PlotSeries> pendingSeries_;
  mutable std::optional<PlotSeries> series_;
  std::jthread seriesWorker_;  // last: joined before the members above go
};

PlotSample plotSample(const biomech::SimulationFrame& frame);
// Runs `program` from the start to the end into a plot series; stops early (and returns what
// it has) when `stop` is requested.
PlotSeries runPlotSeries(const biomech::BiomechModel& model, const biomech::MotionProgram& program,
                         std::stop_token stop = {});

}  // namespace spineview::app
