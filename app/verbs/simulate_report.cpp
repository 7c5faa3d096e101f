// `spineview simulate --validation-report FILE`: docs/model-validation.md, the model's figures
// (artery strain and strain rate, nerve-exit change, pops) for each direction of motion at 60,
// 85 and 100 % of the active range and for every program, next to the published figure and
// its evidence tag (assets/biomech/validation.json).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "biomech/biomech_model.h"
#include "biomech/simulation.h"
#include "core/file_io.h"
#include "core/json_file.h"
#include "core/paths.h"
#include "verbs/simulate.h"

namespace spineview::app {

namespace {

using namespace spineview::biomech;
using nlohmann::json;

constexpr double kStepS = 0.001;

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string signedPercent(double v) { return (v > 0.05 ? "+" : v < -0.05 ? "−" : "") + fixed(std::abs(v), 1) + " %"; }

struct Published {
  std::string sweep, program, measure, figure, source, tag;
  std::optional<int> percent;
};

struct Run {
  double peakStrain = 0.0;
  std::string peakWhere;  // "right V3"
  double farV3 = 0.0, convexV2 = 0.0;
  double peakRate = 0.0;
  double narrowest = 0.0;
  std::string narrowestWhere;
  double endMidNeckLeft = 0.0;  // mean left C3–C4 … C6–C7 area change at the end
  std::vector<CavitationEvent> pops;
};

Run runProgram(const BiomechModel& model, const MotionProgram& program) {
  Simulation sim(model, program, kStepS);
  Run r;
  while (!sim.finished()) {
    const auto& f = sim.step();
    for (int side = 0; side < 2; ++side) {
      const auto& a = f.state.arteries[static_cast<std::size_t>(side)];
      for (int k = 0; k < kArterySegmentCount; ++k) {
        const double s = a.segments[static_cast<std::size_t>(k)].strainPercent;
        if (s > r.peakStrain + 1e-9 && s >= 0.005) {
          r.peakStrain = s;
          r.peakWhere = std::string(anatomy::sideName(static_cast<anatomy::Side>(side))) + " " +
                        std::string(arterySegmentName(static_cast<ArterySegment>(k)));
        }
      }
      r.peakRate = std::max(r.peakRate, a.peakRatePercentPerS);
    }
    r.farV3 = std::max(r.farV3, f.state.arteries[1].segments[2].strainPercent);
    r.convexV2 = std::max(r.convexV2, f.state.arteries[1].segments[1].strainPercent);
    for (int s = 0; s < anatomy::kSegmentCount; ++s) {
      for (int side = 0; side < 2; ++side) {
        const double a = f.state.foramina[static_cast<std::size_t>(s)][static_cast<std::size_t>(side)].areaChangePercent;
        if (a < r.narrowest - 1e-9) {
          r.narrowest = a;
          r.narrowestWhere = std::string(anatomy::sideName(static_cast<anatomy::Side>(side))) + " " + anatomy::segmentName(s);
        }
      }
    }
    r.pops.insert(r.pops.end(), f.pops.begin(), f.pops.end());
  }
  double mean = 0.0;
  for (int s = 3; s <= 6; ++s) mean += sim.frame().state.foramina[static_cast<std::size_t>(s)][0].areaChangePercent / 4.0;
  r.endMidNeckLeft = mean;
  return r;
}

MotionProgram sweepProgram(const std::string& id, const ProgramPose& to, double moveS, double holdS) {
  MotionProgram p;
  p.id = id;
  p.displayName = id;
  p.category = MotionCategory::Controlled;
  p.phases = {MotionPhase{PhaseKind::Move, moveS, TimeCurve::MinimumJerk, to, ""}, MotionPhase{PhaseKind::Hold, holdS, TimeCurve::Linear, {}, ""}};
  return p;
}

RegionalAxis axisFromKey(const std::string& key) {
  for (int a = 0; a < kRegionalAxisCount; ++a)
    if (regionalAxisKey(static_cast<RegionalAxis>(a)) == key) return static_cast<RegionalAxis>(a);
  throw core::JsonFieldError{"/sweeps", "\"" + key + "\" is not a regional axis such as head_rotation"};
}

std::string popsText(const std::vector<CavitationEvent>& pops) {
  if (pops.empty()) return "none";
  std::string out = std::to_string(pops.size()) + ": ";
  for (std::size_t i = 0; i < pops.size(); ++i) {
    const auto& e = pops[i];
    out += (i ? ", " : "") + std::string(anatomy::sideName(e.side)) + " " + anatomy::segmentName(e.segment) + " at " + fixed(e.timeS, 3) + " s";
  }
  return out;
}

std::string publishedCell(const std::vector<Published>& published, const std::string& sweep, const std::string& program,
                          std::optional<int> percent) {
  std::string out;
  for (const auto& p : published) {
    if (p.sweep != sweep || p.program != program || p.percent != percent) continue;
    out += (out.empty() ? "" : "<br>") + p.measure + ": " + p.figure + " [" + p.tag + "]";
  }
  return out;
}

struct Spec {
  json doc;
  std::vector<Published> published;
};

std::optional<Spec> loadSpec(const std::filesystem::path& file, std::ostream& err) {
  auto doc = core::loadJsonFile(file);
  if (!doc) {
    err << "spineview simulate: " << doc.message() << "\n";
    return std::nullopt;
  }
  auto published = core::withJsonErrors<std::vector<Published>>(file, [&]() {
    std::vector<Published> out;
    const auto& list = core::requireArray(*doc, "published", "");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string p = "/published/" + std::to_string(i);
      Published row;
      row.sweep = list[i].value("sweep", "");
      row.program = list[i].value("program", "");
      if (row.sweep.empty() == row.program.empty()) throw core::JsonFieldError{p, "name a sweep or a program"};
      if (list[i].contains("percent")) row.percent = static_cast<int>(core::requireNumberIn(list[i], "percent", p, 0, 200));
      row.measure = core::requireString(list[i], "measure", p);
      row.figure = core::requireString(list[i], "figure", p);
      row.source = core::requireString(list[i], "source", p);
      row.tag = core::requireString(list[i], "tag", p);
      out.push_back(std::move(row));
    }
    return out;
  });
  if (!published) {
    err << "spineview simulate: " << published.message() << "\n";
    return std::nullopt;
  }
  return Spec{std::move(doc).value(), std::move(published).value()};
}

}  // namespace

int simulateValidationReport(const std::filesystem::path& outFile, std::ostream& out, std::ostream& err) {
  const auto assets = core::assetDir();
  auto model = loadBiomechModel(assets);
  if (!model) {
    err << "spineview simulate: cannot load the spine model: " << model.message() << "\n";
    return 1;
  }
  auto programs = loadMotionLibrary(assets / "motions");
  if (!programs) {
    err << "spineview simulate: cannot load the motion programs: " << programs.message() << "\n";
    return 1;
  }
  const auto specFile = assets / "biomech" / "validation.json";
  auto spec = loadSpec(specFile, err);
  if (!spec) return 1;

  std::ostringstream md;
  md << "# Model validation\n\n"
     << "Generated by `scripts/make-model-validation.sh`, which runs `spineview simulate --validation-report "
        "docs/model-validation.md` on the model in `assets/`. Do not edit by hand: change the data and run the script.\n\n"
     << "Each sweep moves the head (or the upper back) from neutral to the given share of its **active** range in "
     << fixed(spec->doc.value("move_duration_s", 4.0), 0) << " s with a smooth (minimum-jerk) curve, a slow exercise pace, and holds for "
     << fixed(spec->doc.value("hold_s", 1.0), 0) << " s; 110 % is the hard stop (the passive range). The model runs at 1 kHz. "
     << "Artery strain is the most stretched part of either vertebral artery (the far artery is the right one: every sweep "
     << "goes to the left); strain rate is its own figure, never folded into the strain. Nerve exits are the area change "
     << "of the intervertebral foramen (− narrower). Published figures carry their evidence tag: V read in the source, "
     << "S secondary, U unverified, D derived (arithmetic in assets/biomech/validation.json); the sources are listed at the end.\n\n";

  std::vector<int> percents;
  for (const auto& p : core::requireArray(spec->doc, "percents", "")) percents.push_back(p.get<int>());
  const double moveS = spec->doc.value("move_duration_s", 4.0), holdS = spec->doc.value("hold_s", 1.0);
  md << "## Each direction at 60, 85 and 100 % of the active range\n\n";
  struct RankRow {
    int percent = 0;
    double rotation = 0.0, sideBend = 0.0, flexion = 0.0;
  };
  std::vector<RankRow> ranks(percents.size());
  for (const auto& sweep : core::requireArray(spec->doc, "sweeps", "")) {
    const std::string id = sweep.at("id").get<std::string>();
    md << "### " << sweep.at("label").get<std::string>() << "\n\n";
    md << "| % of active range | Artery: peak strain (where) | Far V3 | Far V2 | Strain rate, peak | Nerve exit: narrowest (where) | Left mid-neck exits, mean at the end | Pops | Published |\n"
       << "|---|---|---|---|---|---|---|---|---|\n";
    std::vector<std::optional<int>> rows;
    if (sweep.contains("pose")) {
      rows.push_back(std::nullopt);
    } else {
      for (int p : percents) rows.push_back(p);
      if (sweep.contains("extra_percents"))
        for (const auto& p : sweep["extra_percents"]) rows.push_back(p.get<int>());
    }
    for (const auto& percent : rows) {
      ProgramPose to;
      if (percent) {
        to.regionalPercent[static_cast<std::size_t>(axisFromKey(sweep.at("target").get<std::string>()))] = sweep.at("sign").get<double>() * *percent;
      } else {
        for (const auto& [key, value] : sweep.at("pose").items())
          to.regionalPercent[static_cast<std::size_t>(axisFromKey(key))] = value.get<double>();
      }
      const Run r = runProgram(*model, sweepProgram(id, to, moveS, holdS));
      md << "| " << (percent ? std::to_string(*percent) : std::string("held")) << " | " << fixed(r.peakStrain, 2) << " %"
         << (r.peakWhere.empty() ? "" : " (" + r.peakWhere + ")") << " | " << fixed(r.farV3, 2) << " % | " << fixed(r.convexV2, 2)
         << " % | " << fixed(r.peakRate, 1) << " %/s | " << signedPercent(r.narrowest)
         << (r.narrowestWhere.empty() ? "" : " (" + r.narrowestWhere + ")") << " | " << signedPercent(r.endMidNeckLeft) << " | "
         << popsText(r.pops) << " | " << publishedCell(spec->published, id, "", percent) << " |\n";
      for (std::size_t i = 0; i < percents.size(); ++i) {
        if (!percent || *percent != percents[i]) continue;
        ranks[i].percent = *percent;
        if (id == "rotation") ranks[i].rotation = r.farV3;
        if (id == "side_bend") ranks[i].sideBend = r.convexV2;
        if (id == "flexion") ranks[i].flexion = r.peakStrain;
      }
    }
    const std::string general = publishedCell(spec->published, id, "", std::nullopt);
    if (!general.empty() && !sweep.contains("pose")) md << "\nPublished, any share of the range: " << general << "\n";
    md << "\n";
  }

  md << "## Rank order at the same share of the active range\n\n"
     << "Rotation strains the far artery's V3 most, a side bend the convex V2 much less, flexion least (Haynes 1996; Gorrell 2022).\n\n"
     << "| % of active range | Turn: far V3 | Side bend: far V2 | Forward bend: any part | Order holds | Side bend ÷ turn |\n|---|---|---|---|---|---|\n";
  for (const auto& r : ranks) {
    const bool holds = r.rotation > r.sideBend && r.sideBend > r.flexion;
    md << "| " << r.percent << " | " << fixed(r.rotation, 2) << " % | " << fixed(r.sideBend, 2) << " % | " << fixed(r.flexion, 2) << " % | "
       << (holds ? "yes" : "**no**") << " | " << (r.rotation > 0.0 ? fixed(r.sideBend / r.rotation, 2) : std::string("—")) << " |\n";
  }

  md << "\n## The motion programs\n\n"
     << "| Program | Artery: peak strain (where) | Strain rate, peak | Nerve exit: narrowest (where) | Pops (joint, time) | Published |\n"
     << "|---|---|---|---|---|---|\n";
  for (const auto& p : *programs) {
    const Run r = runProgram(*model, p);
    md << "| " << p.id << " | " << fixed(r.peakStrain, 2) << " %" << (r.peakWhere.empty() ? "" : " (" + r.peakWhere + ")") << " | "
       << fixed(r.peakRate, 1) << " %/s | " << signedPercent(r.narrowest) << (r.narrowestWhere.empty() ? "" : " (" + r.narrowestWhere + ")")
       << " | " << popsText(r.pops) << " | " << publishedCell(spec->published, "", p.id, std::nullopt) << " |\n";
  }

  md << "\n## Sources of the published figures\n\n";
  for (const auto& p : spec->published)
    md << "- " << (p.sweep.empty() ? p.program : p.sweep) << (p.percent ? " at " + std::to_string(*p.percent) + " %" : std::string()) << ", "
       << p.measure << ": " << p.figure << " [" << p.tag << "] — " << p.source << "\n";
  md << "\nThe model's own parameters (slack, tethers, thresholds) and their sources are in the app's Sources panel and in assets/biomech/*.json.\n";

  if (auto st = core::writeFileAtomic(outFile, md.str()); !st) {
    err << "spineview simulate: cannot write the report: " << st.message() << " (choose a writable path)\n";
    return 1;
  }
  out << "wrote the model validation report to " << outFile.string() << "\n";
  return 0;
}

}  // namespace spineview::app
