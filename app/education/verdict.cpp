#include "education/verdict.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstdio>

#include "biomech/cavitation.h"
#include "core/json_file.h"

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
  s.pops = static_cast<int>(series.pops.size());
  for (const auto& pop : series.pops) {
    const std::string joint = biomech::facetJointName(pop.segment, pop.side);
    if (std::find(s.poppedJoints.begin(), s.poppedJoints.end(), joint) == s.poppedJoints.end()) s.poppedJoints.push_back(joint);
  }
  return s;
}

namespace {

std::string zoneWords(biomech::Zone z) {
  switch (z) {
    case biomech::Zone::Comfortable: return "the comfortable zone";
    case biomech::Zone::EndRange: return "the end of its own range (a stretch)";
    case biomech::Zone::BeyondActive: return "past what its own muscles can reach";
    case biomech::Zone::BeyondPhysiological: return "beyond the joint's physical limit";
  }
  return {};
}

std::string popWords(int pops) {
  if (pops == 0) return "no joint popped";
  if (pops == 1) return "1 joint popped";
  return std::to_string(pops) + " pops";
}

std::vector<std::string> reached(const MotionSummary& m) {
  const std::string side(anatomy::sideName(m.arterySide));
  std::vector<std::string> lines;
  lines.push_back("Head speed up to " + formatNumber(m.peakSpeedDegS, 0) + " °/s.");
  lines.push_back("Most-used level " + anatomy::segmentName(m.peakSegment) + " at " + formatNumber(m.peakUsePercent, 0) +
                  " % of its active range: " + zoneWords(m.zone) + ".");
  lines.push_back("Vertebral artery stretch up to " + formatNumber(m.peakArteryStrainPercent, 1) + " % (" + side + " side).");
  std::string pops = popWords(m.pops);
  pops[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(pops[0])));
  if (!m.poppedJoints.empty()) {
    pops += ": " + m.poppedJoints.front();
    if (m.poppedJoints.size() > 1) pops += " and " + std::to_string(m.poppedJoints.size() - 1) + " more";
  }
  lines.push_back(pops + ".");
  return lines;
}

}  // namespace

Verdict computeVerdict(const MotionSummary& forceful, const MotionSummary& controlled, const VerdictThresholds& t) {
  Verdict v;
  v.forceful = forceful;
  v.controlled = controlled;
  v.forcefulReached = reached(forceful);
  v.controlledReached = reached(controlled);

  v.forcefulTooFast = forceful.peakSpeedDegS > t.speed.gentleMaxDegS;
  v.forcefulBeyondActive = forceful.zone >= biomech::Zone::BeyondActive;
  v.forcefulPopped = forceful.pops > 0;
  v.forcefulArteryAboveGreen = forceful.peakArteryStrainPercent >= t.arteryGreenBelowPercent;
  v.controlledGentle = controlled.peakSpeedDegS <= t.speed.gentleMaxDegS && controlled.zone <= biomech::Zone::EndRange &&
                       controlled.pops == 0 && controlled.peakArteryStrainPercent < t.arteryGreenBelowPercent;

  const std::string level = anatomy::segmentName(forceful.peakSegment);
  if (v.forcefulTooFast) {
    const double times = forceful.peakSpeedDegS / t.speed.gentleMaxDegS;
    std::string s = "Speed: at " + formatNumber(forceful.peakSpeedDegS, 0) + " °/s the head moved " + formatNumber(times, 0) +
                    " times faster than a gentle stretch";
    if (forceful.peakSpeedDegS >= t.speed.fastFromDegS) s += " (as fast as people can turn at all)";
    v.risks.push_back(s + ", too fast for the neck muscles to guard the joints: muscles and ligaments can be strained.");
  }
  if (v.forcefulBeyondActive) {
    v.risks.push_back("Range: " + level + " was pushed to " + formatNumber(forceful.peakUsePercent, 0) +
                      " % of its active range, into the passive zone. Stretching ligaments and joint capsules there, "
                      "again and again, can leave the joint loose and unstable (hypermobile).");
  } else if (forceful.zone == biomech::Zone::EndRange) {
    v.risks.push_back("Range: " + level + " reached the end of its range (" + formatNumber(forceful.peakUsePercent, 0) +
                      " %) at speed, so the end of the movement is met with a jolt rather than a stretch.");
  }
  if (v.forcefulPopped) {
    v.risks.push_back("Pops: " + popWords(forceful.pops) +
                      ". The sound only means a gas bubble formed; it is not the goal, and chasing it over and over "
                      "keeps stretching the same joints.");
  }
  if (forceful.peakArteryStrainPercent > 0.0 &&
      (v.forcefulArteryAboveGreen || forceful.peakArteryStrainPercent > 1.5 * controlled.peakArteryStrainPercent)) {
    std::string s = "Artery: the " + std::string(anatomy::sideName(forceful.arterySide)) + " vertebral artery was stretched by " +
                    formatNumber(forceful.peakArteryStrainPercent, 1) + " %";
    if (controlled.peakArteryStrainPercent > 0.05)
      s += ", " + formatNumber(forceful.peakArteryStrainPercent / controlled.peakArteryStrainPercent, 1) +
           " times the controlled motion's";
    if (forceful.peakArteryStrainPercent >= t.arteryRedFromPercent) s += ", as far as arteries were seen to tear in the lab";
    v.risks.push_back(s + ". A tear in this artery's wall is rare but can lead to a stroke.");
  }
  if (forceful.narrowestForamenPercent < controlled.narrowestForamenPercent - 1.0) {
    v.risks.push_back("Nerves: a nerve-root exit narrowed by " + formatNumber(-forceful.narrowestForamenPercent, 0) +
                      " % (controlled: " + formatNumber(-controlled.narrowestForamenPercent, 0) +
                      " %); squeezing a root can irritate the nerve.");
  }

  if (controlled.peakSpeedDegS <= t.speed.gentleMaxDegS)
    v.achieves.push_back("Moves at " + formatNumber(controlled.peakSpeedDegS, 0) + " °/s at most, slow enough for the muscles to control every degree.");
  if (controlled.zone <= biomech::Zone::EndRange)
    v.achieves.push_back("Stays within its own range (" + anatomy::segmentName(controlled.peakSegment) + " at " +
                         formatNumber(controlled.peakUsePercent, 0) + " %), stretching where tension is felt and no further.");
  if (controlled.pops == 0)
    v.achieves.push_back("Eases stiffness without any pop: the sound is not what brings relief.");
  if (controlled.peakArteryStrainPercent < t.arteryGreenBelowPercent)
    v.achieves.push_back("Keeps the artery stretch at " + formatNumber(controlled.peakArteryStrainPercent, 1) +
                         " %, in the green band of everyday neck movement.");

  if (v.controlledGentle && !v.risks.empty())
    v.bottomLine = "Same goal, less risk: " + controlled.name + " moves the neck without the speed, the overstretch or the pops.";
  else if (v.controlledGentle)
    v.bottomLine = "Both motions stayed gentle in this comparison.";
  else
    v.bottomLine = controlled.name + " was not fully gentle either: slow down and stop where it still feels comfortable.";
  return v;
}

}  // namespace spineview::app::education
