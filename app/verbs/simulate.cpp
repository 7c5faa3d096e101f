#include "verbs/simulate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <sstream>
#include <vector>

#include "biomech/biomech_model.h"
#include "biomech/simulation.h"
#include "core/file_io.h"
#include "core/paths.h"

namespace spineview::app {

namespace {

using namespace spineview::biomech;

// Internal step: fine enough to see a 5 ms pop and a 70 ms thrust; output is resampled.
constexpr double kSimulationRateHz = 1000.0;

struct Library {
  std::optional<BiomechModel> model;
  std::vector<MotionProgram> programs;
};

std::optional<Library> loadLibrary(std::ostream& err) {
  const auto assets = core::assetDir();
  auto model = loadBiomechModel(assets);
  if (!model) {
    err << "spineview simulate: cannot load the spine model: " << model.message()
        << " (check the assets folder or set SPINEVIEW_ASSETS)\n";
    return std::nullopt;
  }
  auto programs = loadMotionLibrary(assets / "motions");
  if (!programs) {
    err << "spineview simulate: cannot load the motion programs: " << programs.message() << "\n";
    return std::nullopt;
  }
  Library lib;
  lib.model.emplace(std::move(model).value());
  lib.programs = std::move(programs).value();
  return lib;
}

const MotionProgram* findProgram(const Library& lib, const std::string& id, std::ostream& err) {
  for (const auto& p : lib.programs) {
    if (p.id == id) return &p;
  }
  err << "spineview simulate: unknown motion \"" << id << "\"; run `spineview simulate --list` to see the names\n";
  return nullptr;
}

std::string asciiSegment(int s) {
  std::string name = anatomy::segmentName(s);
  const std::string dash = "\xE2\x80\x93";  // en dash
  if (auto pos = name.find(dash); pos != std::string::npos) name.replace(pos, dash.size(), "-");
  return name;
}

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Pads to a width in characters (segment names hold a multi-byte en dash).
std::string padded(const std::string& text, std::size_t width) {
  std::size_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
  return chars >= width ? text : text + std::string(width - chars, ' ');
}

struct RunSummary {
  double durationS = 0.0;
  double peakSpeedDegS = 0.0;
  Zone worstZone = Zone::Comfortable;
  int worstSegment = 0;
  double worstPercent = 0.0;
  double timeBeyondEndRangeS = 0.0;
  std::array<std::array<double, kArterySegmentCount>, 2> peakStrain{};
  std::array<double, 2> peakRate{};  // %/s, fastest lengthening per artery
  double narrowestExitPercent = 0.0;
  std::vector<CavitationEvent> pops;
};

RunSummary summarise(const BiomechModel& model, const MotionProgram& program) {
  Simulation sim(model, program, 1.0 / kSimulationRateHz);
  RunSummary sum;
  sum.durationS = program.durationS();
  for (int side = 0; side < 2; ++side) sum.peakStrain[side].fill(-1e9);
  while (!sim.finished()) {
    const auto& f = sim.step();
    sum.peakSpeedDegS = std::max(sum.peakSpeedDegS, f.headAngularSpeedDegS);
    const auto& use = f.state.use;
    if (use.levels[use.worstSegment].percent > sum.worstPercent) {
      sum.worstPercent = use.levels[use.worstSegment].percent;
      sum.worstSegment = use.worstSegment;
      sum.worstZone = use.worstZone;
    }
    if (use.worstZone >= Zone::BeyondActive) sum.timeBeyondEndRangeS += sim.dt();
    for (int side = 0; side < 2; ++side) {
      for (int k = 0; k < kArterySegmentCount; ++k) {
        sum.peakStrain[side][k] = std::max(sum.peakStrain[side][k], f.state.arteries[side].segments[k].strainPercent);
      }
      sum.peakRate[side] = std::max(sum.peakRate[side], f.state.arteries[side].peakRatePercentPerS);
    }
    sum.narrowestExitPercent = std::min(sum.narrowestExitPercent, narrowestForamenPercent(f.state.foramina));
    sum.pops.insert(sum.pops.end(), f.pops.begin(), f.pops.end());
  }
  return sum;
}

void writeCsvHeader(std::ostream& csv) {
  csv << "time_s,phase,repetition,head_speed_deg_s";
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const std::string n = asciiSegment(s);
    csv << ',' << n << "_flexion_deg," << n << "_lateral_bend_deg," << n << "_axial_rotation_deg," << n << "_use_pct,"
        << n << "_zone";
  }
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const std::string n = asciiSegment(s);
    csv << ',' << n << "_facet_left_gap_mm," << n << "_facet_right_gap_mm";
  }
  for (const char* side : {"left", "right"}) {
    for (int k = 0; k < kArterySegmentCount; ++k) {
      csv << ",va_" << side << '_' << arterySegmentName(static_cast<ArterySegment>(k)) << "_strain_pct";
    }
  }
  for (const char* side : {"left", "right"}) {
    for (int k = 0; k < kArterySegmentCount; ++k) {
      csv << ",va_" << side << '_' << arterySegmentName(static_cast<ArterySegment>(k)) << "_strain_rate_pct_s";
    }
  }
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const std::string n = asciiSegment(s);
    csv << ',' << n << "_foramen_left_area_pct," << n << "_foramen_right_area_pct";
  }
  csv << ",pops\n";
}

void writeCsvRow(std::ostream& csv, const SimulationFrame& f, const std::vector<CavitationEvent>& pops) {
  csv << fixed(f.timeS, 4) << ',' << f.phaseIndex << ',' << f.repetition << ',' << fixed(f.headAngularSpeedDegS, 2);
  const auto& st = f.state;
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const auto& a = st.pose.angles[s];
    csv << ',' << fixed(a.flexion, 3) << ',' << fixed(a.lateralBend, 3) << ',' << fixed(a.axialRotation, 3) << ','
        << fixed(st.use.levels[s].percent, 1) << ',' << zoneName(st.use.levels[s].zone);
  }
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    csv << ',' << fixed(st.facets[s][0].gapMm, 3) << ',' << fixed(st.facets[s][1].gapMm, 3);
  }
  for (int side = 0; side < 2; ++side) {
    for (int k = 0; k < kArterySegmentCount; ++k) csv << ',' << fixed(st.arteries[side].segments[k].strainPercent, 3);
  }
  for (int side = 0; side < 2; ++side) {
    for (int k = 0; k < kArterySegmentCount; ++k) csv << ',' << fixed(st.arteries[side].segments[k].strainRatePercentPerS, 2);
  }
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    csv << ',' << fixed(st.foramina[s][0].areaChangePercent, 2) << ',' << fixed(st.foramina[s][1].areaChangePercent, 2);
  }
  csv << ",\"";
  for (std::size_t i = 0; i < pops.size(); ++i) csv << (i ? "; " : "") << describe(pops[i]);
  csv << "\"\n";
}

}  // namespace

int simulateList(std::ostream& out, std::ostream& err) {
  auto lib = loadLibrary(err);
  if (!lib) return 1;
  for (const auto& p : lib->programs) {
    out << p.id << "  [" << categoryName(p.category) << "]  " << p.displayName << "  (" << fixed(p.durationS(), 1)
        << " s; hold " << fixed(p.holdS, 0) << " s, " << p.repetitions << (p.repetitions == 1 ? " repetition" : " repetitions")
        << ")\n";
  }
  return 0;
}

int simulateToCsv(const std::string& motion, double rateHz, const std::filesystem::path& csvOut, std::ostream& out,
                  std::ostream& err) {
  if (!(rateHz >= 1.0 && rateHz <= kSimulationRateHz)) {
    err << "spineview simulate: rate " << rateHz << " Hz is out of range; use 1 to " << kSimulationRateHz << " Hz\n";
    return 1;
  }
  auto lib = loadLibrary(err);
  if (!lib) return 1;
  const MotionProgram* program = findProgram(*lib, motion, err);
  if (!program) return 1;

  std::ostringstream csv;
  writeCsvHeader(csv);
  Simulation sim(*lib->model, *program, 1.0 / kSimulationRateHz);
  const long long stride = std::max(1LL, static_cast<long long>(std::llround(kSimulationRateHz / rateHz)));
  std::vector<CavitationEvent> pending;
  writeCsvRow(csv, sim.frame(), pending);
  long long rows = 1, steps = 0;
  while (!sim.finished()) {
    const auto& f = sim.step();
    pending.insert(pending.end(), f.pops.begin(), f.pops.end());
    if (++steps % stride == 0 || sim.finished()) {
      writeCsvRow(csv, f, pending);
      pending.clear();
      ++rows;
    }
  }
  if (auto st = core::writeFileAtomic(csvOut, csv.str()); !st) {
    err << "spineview simulate: cannot write the CSV: " << st.message() << " (choose a writable path)\n";
    return 1;
  }
  out << "wrote " << rows << " rows of \"" << program->id << "\" (" << fixed(program->durationS(), 2) << " s at "
      << fixed(rateHz, 0) << " Hz) to " << csvOut.string() << "\n";
  return 0;
}

int simulateCompare(const std::string& a, const std::string& b, std::ostream& out, std::ostream& err) {
  auto lib = loadLibrary(err);
  if (!lib) return 1;
  const MotionProgram* pa = findProgram(*lib, a, err);
  if (!pa) return 1;
  const MotionProgram* pb = findProgram(*lib, b, err);
  if (!pb) return 1;
  const RunSummary sa = summarise(*lib->model, *pa);
  const RunSummary sb = summarise(*lib->model, *pb);

  const auto row = [&](const std::string& label, const std::string& x, const std::string& y) {
    out << padded(label, 34) << ' ' << padded(x, 48) << ' ' << y << '\n';
  };
  const auto zone = [](const RunSummary& s) {
    return std::string(zoneName(s.worstZone)) + " at " + anatomy::segmentName(s.worstSegment) + " (" +
           fixed(s.worstPercent, 0) + " %)";
  };
  const auto pops = [](const RunSummary& s) {
    int left = 0, right = 0;
    for (const auto& e : s.pops) (e.side == anatomy::Side::Left ? left : right)++;
    return std::to_string(s.pops.size()) + " (left " + std::to_string(left) + ", right " + std::to_string(right) + ")";
  };
  row("", pa->id, pb->id);
  row("duration (s)", fixed(sa.durationS, 2), fixed(sb.durationS, 2));
  row("peak head speed (deg/s)", fixed(sa.peakSpeedDegS, 0), fixed(sb.peakSpeedDegS, 0));
  row("worst zone", zone(sa), zone(sb));
  row("time beyond end range (s)", fixed(sa.timeBeyondEndRangeS, 3), fixed(sb.timeBeyondEndRangeS, 3));
  for (int side = 0; side < 2; ++side) {
    for (int k = 0; k < kArterySegmentCount; ++k) {
      row(std::string("peak strain, ") + (side ? "right" : "left") + " VA " +
              std::string(arterySegmentName(static_cast<ArterySegment>(k))) + " (%)",
          fixed(sa.peakStrain[side][k], 2), fixed(sb.peakStrain[side][k], 2));
    }
  }
  const auto peakAll = [](const RunSummary& s) {
    double peak = 0.0;
    for (const auto& side : s.peakStrain)
      for (double v : side) peak = std::max(peak, v);
    return peak;
  };
  row("peak artery strain, any part (%)", fixed(peakAll(sa), 2), fixed(peakAll(sb), 2));
  row("peak artery strain rate (%/s)", fixed(std::max(sa.peakRate[0], sa.peakRate[1]), 1), fixed(std::max(sb.peakRate[0], sb.peakRate[1]), 1));
  row("narrowest nerve exit (area, %)", fixed(sa.narrowestExitPercent, 1), fixed(sb.narrowestExitPercent, 1));
  row("pops", pops(sa), pops(sb));
  const auto popList = [](const RunSummary& s) {
    std::string out;
    for (const auto& e : s.pops) out += (out.empty() ? "" : "; ") + describe(e);
    return out.empty() ? std::string("none") : out;
  };
  out << "pops, " << pa->id << ": " << popList(sa) << '\n';
  out << "pops, " << pb->id << ": " << popList(sb) << '\n';
  return 0;
}

}  // namespace spineview::app
