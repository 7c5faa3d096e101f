#include "education/verdict.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstdio>

#include "biomech/cavitation.h"
#include "core/json_file.h"
#include "education/gauge_reading.h"
#include "education/plain_words.h"

namespace spineview::app::education {

std::string formatNumber(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

core::Result<SpeedThresholds> loadSpeedThresholds(const std::filesystem::path& file, biomech::SourcesList* sources) {
  auto doc = core::loadJsonFile(file);
  if (!doc) return core::fail(doc.message());
  biomech::SourcesList scratch;
  biomech::SourcesList& out = sources ? *sources : scratch;
  const std::string name = file.filename().string();
  return core::withJsonErrors<SpeedThresholds>(file, [&]() -> SpeedThresholds {
    SpeedThresholds t;
    t.gentleMaxDegS = biomech::readCited(*doc, "gentle_speed_max_deg_s", "", 1.0, 1000.0,
                                         "Gentle head speed, upper limit (verdict)", "°/s", name, out);
    t.fastFromDegS = biomech::readCited(*doc, "fast_speed_from_deg_s", "", 1.0, 5000.0,
                                        "Fast voluntary head rotation (verdict)", "°/s", name, out);
    if (t.fastFromDegS <= t.gentleMaxDegS)
      throw core::JsonFieldError{"/fast_speed_from_deg_s", "must be above gentle_speed_max_deg_s"};
    return t;
  });
}

VerdictThresholds verdictThresholds(const biomech::BiomechData& data, const SpeedThresholds* speed) {
  VerdictThresholds t;
  t.zones = data.zones;
  t.arteryGreenBelowPercent = data.arteries.greenBelowPercent();
  t.arteryRedFromPercent = data.arteries.redFromPercent();
  t.exitEverydayBelowPercent = data.foramina.everydayNarrowingBelowPercent;
  if (speed) t.speed = *speed;
  return t;
}

MotionSummary summarize(const PlotSeries& series, const std::string& name) {
  MotionSummary s;
  s.name = name;
  s.peakSpeedDegS = series.peakHeadSpeedDegS;
  s.zone = series.worstZone;
  for (const auto& sample : series.samples) {
    if (sample.worstUsePercent > s.peakUsePercent) {
      s.peakUsePercent = sample.worstUsePercent;
      s.peakSegment = sample.worstSegment;
    }
    s.narrowestForamenPercent = std::min(s.narrowestForamenPercent, static_cast<double>(sample.worstForamenAreaChangePercent));
  }
  s.peakUsePercent = std::max(s.peakUsePercent, series.peakUsePercent);
  const auto& strain = series.peakArteryStrainPercent;
  s.arterySide = strain[1] > strain[0] ? anatomy::Side::Right : anatomy::Side::Left;
  s.peakArteryStrainPercent = std::max(strain[0], strain[1]);
  s.peakArteryRatePercentPerS = std::max(series.peakArteryRatePercentPerS[0], series.peakArteryRatePercentPerS[1]);
  s.pops = static_cast<int>(series.pops.size());
  for (const auto& pop : series.pops) {
    const std::string joint = biomech::facetJointName(pop.segment, pop.side);
    if (std::find(s.poppedJoints.begin(), s.poppedJoints.end(), joint) == s.poppedJoints.end()) s.poppedJoints.push_back(joint);
  }
  return s;
}

namespace {

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string popWords(int pops) {
  if (pops == 0) return "no pops";
  if (pops == 1) return "1 pop";
  return std::to_string(pops) + " pops";
}

bool arteryEveryday(const MotionSummary& m, const VerdictThresholds& t) { return m.peakArteryStrainPercent < t.arteryGreenBelowPercent; }
bool exitEveryday(const MotionSummary& m, const VerdictThresholds& t) { return -m.narrowestForamenPercent < t.exitEverydayBelowPercent; }

std::vector<std::string> reached(const MotionSummary& m, const VerdictThresholds& t) {
  const std::string side(anatomy::sideName(m.arterySide));
  std::vector<std::string> lines;
  lines.push_back("Head speed: up to " + speedWords(m.peakSpeedDegS) + ".");
  // "comfortable" only when no other gauge left its everyday band.
  const bool othersPast = !arteryEveryday(m, t) || !exitEveryday(m, t);
  const std::string zone = m.zone == biomech::Zone::Comfortable && othersPast ? "in range" : zoneWords(m.zone);
  lines.push_back("Most used level: " + anatomy::segmentName(m.peakSegment) + ", at " + rangeShareWords(m.peakUsePercent) +
                  ". That is " + zone + ".");
  std::string artery = "Neck artery: " + stretchWords(m.peakArteryStrainPercent) + " at most";
  if (m.peakArteryStrainPercent >= 0.05)
    artery += ", on the " + side + ". Top stretch speed: " + percentText(m.peakArteryRatePercentPerS) + " a second";
  lines.push_back(artery + ".");
  lines.push_back("Nerve exits: " + exitWords(m.narrowestForamenPercent) + " at most.");
  std::string pops = capitalised(popWords(m.pops)) + ".";
  if (!m.poppedJoints.empty()) {
    pops += " The first: " + m.poppedJoints.front();
    if (m.poppedJoints.size() > 1) pops += ", and " + std::to_string(m.poppedJoints.size() - 1) + " more";
    pops += ".";
  }
  lines.push_back(pops);
  return lines;
}

}  // namespace

Verdict computeVerdict(const MotionSummary& forceful, const MotionSummary& controlled, const VerdictThresholds& t) {
  Verdict v;
  v.forceful = forceful;
  v.controlled = controlled;
  v.forcefulReached = reached(forceful, t);
  v.controlledReached = reached(controlled, t);

  v.forcefulTooFast = forceful.peakSpeedDegS > t.speed.gentleMaxDegS;
  v.forcefulBeyondActive = forceful.zone >= biomech::Zone::BeyondActive;
  v.forcefulPopped = forceful.pops > 0;
  v.forcefulArteryAboveGreen = !arteryEveryday(forceful, t);
  const bool controlledSlow = controlled.peakSpeedDegS <= t.speed.gentleMaxDegS;
  const bool controlledInRange = controlled.zone <= biomech::Zone::EndRange;
  v.controlledGentle = controlledSlow && controlledInRange && controlled.pops == 0 && arteryEveryday(controlled, t) && exitEveryday(controlled, t);

  const std::string level = anatomy::segmentName(forceful.peakSegment);
  if (v.forcefulTooFast) {
    const double times = forceful.peakSpeedDegS / t.speed.gentleMaxDegS;
    std::string s = "Speed: the head moved " + formatNumber(times, 0) + " times faster than a gentle stretch.";
    if (forceful.peakSpeedDegS >= t.speed.fastFromDegS) s += " People can hardly turn faster.";
    v.risks.push_back(s + " That is too fast for the muscles to guard the joints, so muscles and ligaments can be strained.");
  }
  if (v.forcefulBeyondActive) {
    v.risks.push_back("Range: " + level + " was pushed to " + rangeShareWords(forceful.peakUsePercent) +
                      ", past what its muscles can do. Done again and again, this can overstretch the ligaments. Then the "
                      "joint gets loose (hypermobile).");
  } else if (forceful.zone == biomech::Zone::EndRange) {
    v.risks.push_back("Range: " + level + " reached the end of its range (" + formatNumber(forceful.peakUsePercent, 0) +
                      " %) at speed. The end of the move comes as a jolt, not a stretch.");
  }
  if (v.forcefulPopped) {
    v.risks.push_back("Pops: " + std::to_string(forceful.pops) +
                      ". A pop is the sound of a gas bubble collapsing in the joint fluid. It is not the goal. Chasing "
                      "it keeps stretching the same joints.");
  }
  if (forceful.peakArteryStrainPercent >= 0.05 &&
      (v.forcefulArteryAboveGreen || forceful.peakArteryStrainPercent > 1.5 * controlled.peakArteryStrainPercent ||
       forceful.peakArteryRatePercentPerS > 3.0 * controlled.peakArteryRatePercentPerS)) {
    std::string s = "Artery: the " + std::string(anatomy::sideName(forceful.arterySide)) + " neck artery was " +
                    stretchWords(forceful.peakArteryStrainPercent) + ".";
    if (forceful.peakArteryStrainPercent >= t.arteryRedFromPercent) s += " That is as far as arteries tore in the lab.";
    if (controlled.peakArteryStrainPercent >= 0.05) {
      s += " That is " + formatNumber(forceful.peakArteryStrainPercent / controlled.peakArteryStrainPercent, 1) + " times as much as in the slow move";
      if (controlled.peakArteryRatePercentPerS >= 0.05 && forceful.peakArteryRatePercentPerS > 3.0 * controlled.peakArteryRatePercentPerS)
        s += ", and " + formatNumber(forceful.peakArteryRatePercentPerS / controlled.peakArteryRatePercentPerS, 0) + " times as fast";
      s += ".";
    }
    v.risks.push_back(s + " A tear in its wall is rare but can lead to a stroke.");
  }
  if (forceful.narrowestForamenPercent < controlled.narrowestForamenPercent - 1.0) {
    v.risks.push_back("Nerves: a nerve exit was " + exitWords(forceful.narrowestForamenPercent) + ". In the slow move: " +
                      exitWords(controlled.narrowestForamenPercent) + ". Squeezing a nerve root can make it sore.");
  }

  if (controlledSlow)
    v.achieves.push_back("Moves at " + speedWords(controlled.peakSpeedDegS) + " at most. That is slow enough for the muscles to guide every degree.");
  if (controlledInRange && v.controlledGentle)
    v.achieves.push_back("Stays within its own range (" + anatomy::segmentName(controlled.peakSegment) + " at " +
                         formatNumber(controlled.peakUsePercent, 0) + " %). It stretches where you feel it and no further.");
  if (controlled.pops == 0) v.achieves.push_back("Eases stiffness with no pop. The sound is not what brings relief.");
  if (arteryEveryday(controlled, t))
    v.achieves.push_back("Keeps the neck artery in its daily band: " + stretchWords(controlled.peakArteryStrainPercent) + " at most.");

  if (v.controlledGentle && !v.risks.empty())
    v.bottomLine = "Same goal, less risk. " + controlled.name + " moves the neck without the speed, the overstretch or the pops.";
  else if (v.controlledGentle)
    v.bottomLine = "Both moves stayed gentle in this comparison.";
  else
    v.bottomLine = controlled.name + " was not fully gentle either: slow down and stop before it hurts.";
  return v;
}

std::vector<std::string> verdictLines(const Verdict& v) {
  std::vector<std::string> lines;
  for (const auto* group : {&v.forcefulReached, &v.controlledReached, &v.risks, &v.achieves})
    lines.insert(lines.end(), group->begin(), group->end());
  lines.push_back(v.bottomLine);
  return lines;
}

}  // namespace spineview::app::education
