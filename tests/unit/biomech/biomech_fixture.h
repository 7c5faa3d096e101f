// Shared, loaded-once model and motion library for the biomech tests (real asset data).
#pragma once

#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "biomech/biomech_model.h"
#include "biomech/motion_program.h"
#include "biomech/simulation.h"

namespace spineview::biomech::test {

inline const BiomechModel& model() {
  static const BiomechModel m = [] {
    auto r = loadBiomechModel(SPINEVIEW_TEST_ASSET_DIR);
    if (!r) {
      ADD_FAILURE() << r.message();
      std::abort();
    }
    return std::move(r).value();
  }();
  return m;
}

inline const MotionProgram& program(const std::string& id) {
  static const std::vector<MotionProgram> lib = [] {
    auto r = loadMotionLibrary(std::string(SPINEVIEW_TEST_ASSET_DIR) + "/motions");
    if (!r) {
      ADD_FAILURE() << r.message();
      std::abort();
    }
    return std::move(r).value();
  }();
  for (const auto& p : lib) {
    if (p.id == id) return p;
  }
  ADD_FAILURE() << "no motion program " << id;
  std::abort();
}

inline BiomechState evaluate(const PoseTarget& t) {
  BiomechState st;
  model().evaluate(t, SegmentDistraction{}, st);
  return st;
}

constexpr int seg(anatomy::Vertebra upper) { return anatomy::index(upper); }
constexpr int kLeft = 0;
constexpr int kRight = 1;

// Summary of a whole program run at 1 kHz.
struct RunStats {
  double peakSpeed = 0.0;
  Zone worstZone = Zone::Comfortable;
  double worstPercent = 0.0;
  std::vector<CavitationEvent> pops;
  double peakV3[2] = {0.0, 0.0};
  double peakStrain = 0.0;        // any artery segment, either side
  double peakRate = 0.0;          // %/s
  double narrowestForamen = 0.0;  // most negative area change
  double maxGapChange = -1e9;
  double minGapChange = 1e9;
};

inline RunStats run(const MotionProgram& p, double dt = 0.001, Simulation* reuse = nullptr) {
  Simulation local(model(), p, dt);
  Simulation& sim = reuse ? *reuse : local;
  RunStats s;
  while (!sim.finished()) {
    const auto& f = sim.step();
    s.peakSpeed = std::max(s.peakSpeed, f.headAngularSpeedDegS);
    s.worstZone = std::max(s.worstZone, f.state.use.worstZone);
    s.worstPercent = std::max(s.worstPercent, f.state.use.levels[f.state.use.worstSegment].percent);
    s.pops.insert(s.pops.end(), f.pops.begin(), f.pops.end());
    for (int side = 0; side < 2; ++side) {
      s.peakV3[side] = std::max(s.peakV3[side], f.state.arteries[side].segments[2].strainPercent);
      s.peakStrain = std::max(s.peakStrain, f.state.arteries[side].peakStrainPercent);
      s.peakRate = std::max(s.peakRate, f.state.arteries[side].peakRatePercentPerS);
    }
    s.narrowestForamen = std::min(s.narrowestForamen, narrowestForamenPercent(f.state.foramina));
    for (const auto& level : f.state.facets) {
      for (const auto& j : level) {
        s.maxGapChange = std::max(s.maxGapChange, j.changeMm);
        s.minGapChange = std::min(s.minGapChange, j.changeMm);
      }
    }
  }
  return s;
}

}  // namespace spineview::biomech::test
