// One full biomechanics update of C0–T12: pose solve + transforms, range use, facet gaps,
// both vertebral arteries and all foramina. Target ≤ 20 µs (Release).
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <benchmark/benchmark.h>

#include "biomech/biomech_model.h"
#include "biomech/simulation.h"
#include "core/paths.h"

namespace {

using namespace spineview::biomech;

const BiomechModel& benchModel() {
  static const BiomechModel model = [] {
    auto r = loadBiomechModel(spineview::core::assetDir());
    if (!r) {
      std::fprintf(stderr, "biomech_bench: %s\n", r.message().c_str());
      std::exit(1);
    }
    return std::move(r).value();
  }();
  return model;
}

void BM_BiomechFullUpdate(benchmark::State& state) {
  const BiomechModel& model = benchModel();
  BiomechState out;
  SegmentDistraction distraction{};
  PoseTarget target;
  double t = 0.0;
  for (auto _ : state) {
    t += 0.001;
    target.headRotationDeg = 60.0 * std::sin(t);
    target.headLateralBendDeg = 15.0 * std::cos(t);
    target.headFlexionDeg = 20.0 * std::sin(0.7 * t);
    target.thoracicRotationDeg = 10.0 * std::sin(t);
    model.evaluate(target, distraction, out);
    benchmark::DoNotOptimize(out);
  }
}
BENCHMARK(BM_BiomechFullUpdate);

void BM_SimulationStep(benchmark::State& state) {
  const BiomechModel& model = benchModel();
  auto program = loadMotionProgram(spineview::core::assetDir() / "motions" / "forceful_self_twist.json");
  if (!program) {
    state.SkipWithError(program.message().c_str());
    return;
  }
  Simulation sim(model, *program, 0.001);
  for (auto _ : state) {
    if (sim.finished()) sim.restartProgram(0.0);
    benchmark::DoNotOptimize(sim.step());
  }
}
BENCHMARK(BM_SimulationStep);

}  // namespace
