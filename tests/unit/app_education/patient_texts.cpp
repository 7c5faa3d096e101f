#include "patient_texts.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

#include "education/coach.h"
#include "education/content.h"
#include "education/gauge_reading.h"
#include "education/glossary.h"
#include "education/plain_words.h"
#include "education/pop_explainer.h"
#include "education/verdict.h"
#include "education_fixture.h"
#include "lessons/lesson.h"

namespace spineview::test {

namespace {

namespace fs = std::filesystem;
using namespace app::education;

const fs::path kAssets = SPINEVIEW_TEST_ASSET_DIR;

template <typename T>
const T& orThrow(const core::Result<T>& r) {
  if (!r) throw std::runtime_error(r.message());
  return *r;
}

void addLine(std::string& text, const std::string& line) {
  if (line.empty()) return;
  text += line;
  text += '\n';
}

// The coach's words over a whole program: headlines, instructions, repetition counts, the cue.
std::string coachText(const biomech::MotionProgram& p) {
  std::set<std::string> seen;
  std::string text;
  for (double t = 0.0; t <= p.durationS() + 0.05; t += 0.1) {
    const auto c = coachState(p, t);
    for (const auto* s : {&c.headline, &c.instruction, &c.repetitionText})
      if (seen.insert(*s).second) addLine(text, *s);
  }
  addLine(text, std::string(painFreeCue()));
  return text;
}

}  // namespace

const std::vector<PatientText>& patientTexts() {
  static const std::vector<PatientText> texts = [] {
    std::vector<PatientText> out;
    const auto& f = educationFixture();
    for (const auto& m : f.motions) {
      std::string text;
      addLine(text, m.description);
      addLine(text, "Works on: " + m.worksOn);
      addLine(text, m.startPosition);
      for (const auto& ph : m.phases) addLine(text, ph.instruction);
      if (m.home) addLine(text, "Stop if " + m.home->stopIf);
      out.push_back({"motion " + m.id, text});
      out.push_back({"coach for " + m.id, coachText(m)});
    }
    for (const auto& entry : fs::directory_iterator(kAssets / "lessons")) {
      const auto lesson = orThrow(app::lessons::loadLesson(entry.path()));
      std::string text;
      addLine(text, lesson.title);
      for (const auto& s : lesson.steps) addLine(text, s.caption);
      out.push_back({"lesson " + lesson.id, text});
    }
    const auto help = orThrow(loadSeekHelp(kAssets / "text" / "seek_help.json"));
    {
      std::string text;
      for (const auto& g : help.groups) {
        addLine(text, withNumber(g.title, "999") + ".");
        addLine(text, withNumber(g.advice, "999"));
        for (const auto& s : g.signs) addLine(text, withNumber(s.sign, "999"));
      }
      addLine(text, help.notice);
      out.push_back({"help panel", text});
    }
    const auto structures = orThrow(loadStructureTexts(kAssets / "text" / "structures.json"));
    for (const auto& k : structures.kinds) out.push_back({"structure card " + k.title, k.title + ".\n" + k.text});
    for (const auto& [key, s] : structures.special) out.push_back({"structure card " + key, s.title + ".\n" + s.text});
    const auto glossary = orThrow(loadGlossary(kAssets / "text" / "glossary.json"));
    {
      std::string text;
      for (const auto& e : glossary) addLine(text, e.term + ": " + e.gloss);
      out.push_back({"glossary", text});
    }
    // The verdict for every program against the slow turn, as the Compare view would show it.
    auto speed = loadSpeedThresholds(kAssets / "text" / "verdict.json");
    const auto thresholds = verdictThresholds(f.model->data(), speed ? &*speed : nullptr);
    const auto& series = educationSeries();
    const auto controlled = summarize(series.controlled->series(), series.controlled->program().displayName);
    const auto forceful = summarize(series.forceful->series(), series.forceful->program().displayName);
    {
      std::string text;
      for (const auto& line : verdictLines(computeVerdict(forceful, controlled, thresholds))) addLine(text, line);
      out.push_back({"verdict: forceful twist vs slow turn", text});
    }
    // The pop explainer for the twist's pops.
    {
      const auto& pops = series.forceful->series().pops;
      std::string text;
      for (std::size_t i = 1; i <= pops.size(); ++i) {
        const std::vector<biomech::CavitationEvent> upTo(pops.begin(), pops.begin() + static_cast<long>(i));
        const auto e = explainPops(upTo, upTo.back().timeS, f.model->data().cavitation.refractoryS);
        addLine(text, e.headline);
        for (const auto& l : e.lines) addLine(text, l);
      }
      out.push_back({"pop explainer", text});
    }
    // Gauge words: the coach's status lines, the artery bands, the nerve-exit note.
    {
      std::string text;
      GaugeReadings r;
      for (auto zone : {biomech::Zone::Comfortable, biomech::Zone::EndRange, biomech::Zone::BeyondActive}) {
        r.zone = zone;
        addLine(text, coachStatus(r).text);
      }
      r.zone = biomech::Zone::Comfortable;
      r.artery = biomech::StrainGauge::Amber;
      addLine(text, coachStatus(r).text);
      r.artery = biomech::StrainGauge::Green;
      r.exitPastEveryday = true;
      addLine(text, coachStatus(r).text);
      for (const auto& band : f.model->data().arteries.bands) addLine(text, "Neck artery " + std::string(biomech::gaugeName(band.gauge)) + ": " + band.meaning + ".");
      out.push_back({"gauge words", text});
    }
    return out;
  }();
  return texts;
}

}  // namespace spineview::test
