// What the gauges on screen say at one moment, as bands, and the rule every sentence shown
// beside them follows: no reassuring word ("safe", "comfortable", "within your range") while any
// gauge is past its everyday band, and "comfortable" only in the comfortable zone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "biomech/biomech_model.h"

namespace spineview::app::education {

struct GaugeReadings {
  biomech::Zone zone = biomech::Zone::Comfortable;  // range gauge: the worst level's zone
  double usePercent = 0.0;                          // of the most-used level
  biomech::StrainGauge artery = biomech::StrainGauge::Green;
  double arteryStrainPercent = 0.0;                 // most stretched artery segment, either side
  double narrowestExitPercent = 0.0;                // most negative foramen area change
  bool exitPastEveryday = false;

  bool rangePastEveryday() const { return zone >= biomech::Zone::BeyondActive; }
  bool arteryPastEveryday() const { return artery != biomech::StrainGauge::Green; }
  bool anyPastEveryday() const { return rangePastEveryday() || arteryPastEveryday() || exitPastEveryday; }
};

GaugeReadings readGauges(const biomech::BiomechState& state, const biomech::BiomechData& data);

// The reassuring phrases the rule above governs (lower case).
const std::vector<std::string_view>& reassuringPhrases();

// Empty when `text` agrees with the gauges; else what contradicts them ("says \"safe\" while
// the artery gauge is amber").
std::string contradiction(std::string_view text, const GaugeReadings& readings);

// Plain words for a range zone: "comfortable", "a stretch at the end of its range", ...
std::string zoneWords(biomech::Zone zone);

// The short range word of a compare caption: "comfortable" only while every gauge is in its
// everyday band, else "in range"; "end of range", "past own range", "past the limit".
std::string captionZoneWords(const GaugeReadings& readings);

// The line under the coach's range gauge, from every gauge on screen.
enum class Tone : std::uint8_t { Good, Caution, Stop };
struct StatusLine {
  std::string text;
  Tone tone = Tone::Good;
};
StatusLine coachStatus(const GaugeReadings& readings);

}  // namespace spineview::app::education
