// Procedural spine model generation (all bones, soft parts, ribs, body surface) per detail
// level. Target ≤ ~3 s for Default in Release on a 2-core machine.
#include <cstdio>
#include <cstdlib>

#include <benchmark/benchmark.h>

#include "anatomy/rest_skeleton_builder.h"
#include "core/paths.h"
#include "mesh/spine_model.h"

namespace {

using namespace spineview;

struct BenchInputs {
  anatomy::SpineMorphometry morphometry;
  anatomy::RestSkeleton rest;
};

const BenchInputs& benchInputs() {
  static const BenchInputs inputs = [] {
    auto m = anatomy::loadMorphometry(core::assetDir() / "anatomy");
    if (!m) {
      std::fprintf(stderr, "mesh_bench: %s\n", m.message().c_str());
      std::exit(1);
    }
    BenchInputs in{*m, anatomy::buildRestSkeleton(*m)};
    return in;
  }();
  return inputs;
}

void BM_GenerateSpineModel(benchmark::State& state) {
  const BenchInputs& in = benchInputs();
  const auto detail = static_cast<mesh::Detail>(state.range(0));
  std::size_t triangles = 0;
  for (auto _ : state) {
    mesh::MeshData model = mesh::generateSpineModel(in.morphometry, in.rest, detail);
    triangles = model.triangleCount();
    benchmark::DoNotOptimize(model.positions.data());
  }
  state.counters["triangles"] = static_cast<double>(triangles);
  state.SetLabel(detail == mesh::Detail::Low ? "Low" : "Default");
}
BENCHMARK(BM_GenerateSpineModel)
    ->Arg(static_cast<int>(mesh::Detail::Low))
    ->Arg(static_cast<int>(mesh::Detail::Default))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2)
    ->UseRealTime();

}  // namespace
