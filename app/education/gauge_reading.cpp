#include "education/gauge_reading.h"

#include <algorithm>
#include <cctype>

#include "education/text_case.h"

namespace spineview::app::education {

namespace {

bool letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Whole-word (or whole-phrase) match.
bool containsPhrase(const std::string& text, std::string_view phrase) {
  for (std::size_t at = text.find(phrase); at != std::string::npos; at = text.find(phrase, at + 1)) {
    const bool startOk = at == 0 || !letter(text[at - 1]);
    const bool endOk = at + phrase.size() >= text.size() || !letter(text[at + phrase.size()]);
    if (startOk && endOk) return true;
  }
  return false;
}

std::string pastWhat(const GaugeReadings& r) {
  if (r.rangePastEveryday()) return "the range gauge is past the active range";
  if (r.arteryPastEveryday()) return "the artery gauge is " + std::string(biomech::gaugeName(r.artery));
  return "a nerve exit is narrowed past its everyday band";
}

}  // namespace

GaugeReadings readGauges(const biomech::BiomechState& state, const biomech::BiomechData& data) {
  GaugeReadings r;
  r.zone = state.use.worstZone;
  r.usePercent = state.use.levels[static_cast<std::size_t>(state.use.worstSegment)].percent;
  for (const auto& a : state.arteries) r.arteryStrainPercent = std::max(r.arteryStrainPercent, a.peakStrainPercent);
  r.artery = data.arteries.gauge(r.arteryStrainPercent);
  r.narrowestExitPercent = biomech::narrowestForamenPercent(state.foramina);
  r.exitPastEveryday = -r.narrowestExitPercent >= data.foramina.everydayNarrowingBelowPercent;
  return r;
}

const std::vector<std::string_view>& reassuringPhrases() {
  static const std::vector<std::string_view> phrases{"safe", "safely", "safer", "comfortable", "comfortably",
                                                     "within your range", "within your own range", "within its own range",
                                                     "within its range", "nothing to worry"};
  return phrases;
}

std::string contradiction(std::string_view text, const GaugeReadings& readings) {
  const std::string t = lowerCase(text);
  if (readings.anyPastEveryday()) {
    for (auto phrase : reassuringPhrases())
      if (containsPhrase(t, phrase)) return "says \"" + std::string(phrase) + "\" while " + pastWhat(readings);
  }
  if (readings.zone != biomech::Zone::Comfortable && (containsPhrase(t, "comfortable") || containsPhrase(t, "comfortably")))
    return "says \"comfortable\" while the range gauge shows " + zoneWords(readings.zone);
  return {};
}

std::string zoneWords(biomech::Zone zone) {
  switch (zone) {
    case biomech::Zone::Comfortable: return "comfortable";
    case biomech::Zone::EndRange: return "a stretch at the end of its range";
    case biomech::Zone::BeyondActive: return "pushed past its own range";
    case biomech::Zone::BeyondPhysiological: return "past the joint's limit";
  }
  return {};
}

std::string captionZoneWords(const GaugeReadings& r) {
  switch (r.zone) {
    case biomech::Zone::Comfortable: return r.anyPastEveryday() ? "in range" : "comfortable";
    case biomech::Zone::EndRange: return "end of range";
    case biomech::Zone::BeyondActive: return "past own range";
    case biomech::Zone::BeyondPhysiological: return "past the limit";
  }
  return {};
}

StatusLine coachStatus(const GaugeReadings& r) {
  if (r.rangePastEveryday()) return {"Past your own range: ease off.", Tone::Stop};
  if (r.arteryPastEveryday()) return {"The neck artery is stretched more than in daily moves: ease off.", Tone::Stop};
  if (r.exitPastEveryday) return {"A nerve exit is squeezed more than in daily moves: ease off.", Tone::Stop};
  if (r.zone == biomech::Zone::EndRange) return {"Within your own range: a gentle stretch. Stop if it hurts.", Tone::Caution};
  return {"Moving freely, well within your own range.", Tone::Good};
}

}  // namespace spineview::app::education
