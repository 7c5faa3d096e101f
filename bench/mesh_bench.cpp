// Procedural spine model generation (all bones, soft parts, ribs, body surface) per detail
// level. Target ≤ ~3 s for Default in Release on a 2-core machine.
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <benchmark/benchmark.h>

#include "anatomy/rest_skeleton_builder.h"
#include "core/paths.h"
#include "mesh/mesh_cache.h"
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

// Start-up with a warm cache: key (hashing the data files) + read + validate + parse.
void BM_LoadCachedSpineModel(benchmark::State& state) {
  const auto detail = static_cast<mesh::Detail>(state.range(0));
  const std::filesystem::path cache = std::filesystem::temp_directory_path() / "spineview_mesh_bench_cache";
  bool fromCache = false;
  if (!mesh::loadOrGenerateSpineModel(core::assetDir(), detail, cache, &fromCache)) {
    state.SkipWithError("model generation failed");
    return;
  }
  std::size_t triangles = 0;
  for (auto _ : state) {
    auto model = mesh::loadOrGenerateSpineModel(core::assetDir(), detail, cache, &fromCache);
    if (!model || !fromCache) {
      state.SkipWithError("cache miss");
      break;
    }
    triangles = model->triangleCount();
    benchmark::DoNotOptimize(model->positions.data());
  }
  std::error_code ec;
  std::filesystem::remove_all(cache, ec);
  state.counters["triangles"] = static_cast<double>(triangles);
  state.SetLabel(detail == mesh::Detail::Low ? "Low" : "Default");
}
BENCHMARK(BM_LoadCachedSpineModel)
    ->Arg(static_cast<int>(mesh::Detail::Low))
    ->Arg(static_cast<int>(mesh::Detail::Default))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10)
    ->UseRealTime();

}  // namespace
