// The comparison verdict: what a forceful and a controlled motion each reached (head speed,
// range use and zone at the most-used level, artery stretch and how fast it stretched, nerve
// exits, pops) and, from those numbers, plain sentences on what the forceful one risks and what
// the controlled one achieves. Pure: same series in, same sentences out; every sentence
// depends on the data, and no reassuring word appears unless the gauges agree over the whole run.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "biomech/artery_model.h"
#include "biomech/range_table.h"
#include "biomech/sources_list.h"
#include "core/result.h"
#include "session/motion_player.h"

namespace spineview::app::education {

struct SpeedThresholds {
  double gentleMaxDegS = 30.0;  // assets/text/verdict.json
  double fastFromDegS = 348.0;
};

// Reads assets/text/verdict.json; records the figures in `sources` (Sources panel).
core::Result<SpeedThresholds> loadSpeedThresholds(const std::filesystem::path& file, biomech::SourcesList* sources = nullptr);

struct VerdictThresholds {
  biomech::ZoneThresholds zones;
  double arteryGreenBelowPercent = 10.0;   // assets/biomech/arteries.json gauge
  double arteryRedFromPercent = 39.0;
  double exitEverydayBelowPercent = 25.0;  // assets/biomech/foramina.json gauge (narrowing)
  SpeedThresholds speed;
};

// The thresholds from the loaded data (the speed from assets/text/verdict.json when given).
VerdictThresholds verdictThresholds(const biomech::BiomechData& data, const SpeedThresholds* speed);

struct MotionSummary {
  std::string name;
  double peakSpeedDegS = 0.0;
  double peakUsePercent = 0.0;
  int peakSegment = 0;             // the most-used level at the moment of peak use
  biomech::Zone zone = biomech::Zone::Comfortable;
  double peakArteryStrainPercent = 0.0;
  anatomy::Side arterySide = anatomy::Side::Left;  // the more strained artery
  double peakArteryRatePercentPerS = 0.0;          // fastest lengthening, either artery
  double narrowestForamenPercent = 0.0;            // most negative area change
  int pops = 0;
  std::vector<std::string> poppedJoints;           // "left C1–C2 facet (lateral atlanto-axial joint)", unique
};

MotionSummary summarize(const PlotSeries& series, const std::string& name);

struct Verdict {
  MotionSummary forceful, controlled;
  std::vector<std::string> forcefulReached;   // facts, one per line
  std::vector<std::string> controlledReached;
  std::vector<std::string> risks;             // what the forceful motion risks, from its numbers
  std::vector<std::string> achieves;          // what the controlled motion gives instead
  std::string bottomLine;
  // Flags the sentences came from (tests, colours).
  bool forcefulTooFast = false;
  bool forcefulBeyondActive = false;
  bool forcefulPopped = false;
  bool forcefulArteryAboveGreen = false;
  bool controlledGentle = false;  // slow, within its own range, no pops, every gauge in its everyday band
};

Verdict computeVerdict(const MotionSummary& forceful, const MotionSummary& controlled, const VerdictThresholds& t);

// "12" style helper shared by the panels.
std::string formatNumber(double value, int decimals);

// Every line of a verdict, in the order shown (tests, readability).
std::vector<std::string> verdictLines(const Verdict& v);

}  // namespace spineview::app::education
