// Every patient-facing text at SMOG grade 8 or below, its technical words in the glossary, its
// figures as words with units, no evidence tags or section numbers (those live in the Sources
// panel and tooltips), one refractory figure, and no sentence saying a test or a professional
// makes a neck manipulation free of risk.
#include <algorithm>
#include <cctype>
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "education/education_library.h"
#include "education/glossary.h"
#include "education/readability.h"
#include "patient_texts.h"

namespace spineview::app::education {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  for (std::size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    const bool end = text[i] == '\n' || ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
                                         (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n'));
    if (end) {
      out.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

TEST(PlainLanguage, EveryPatientTextIsAtSmogGradeEightOrBelow) {
  const auto& texts = test::patientTexts();
  ASSERT_GT(texts.size(), 30u);
  for (const auto& t : texts) {
    const auto stats = textStats(t.text);
    ASSERT_GT(stats.sentences, 0) << t.where;
    const double grade = smogGrade(stats);
    std::string hard;
    for (const auto& w : stats.polysyllableWords) hard += " " + w;
    EXPECT_LE(grade, kMaxSmogGrade) << t.where << ": SMOG " << grade << " (" << stats.polysyllables << " long words in "
                                    << stats.sentences << " sentences:" << hard << ")";
  }
}

TEST(PlainLanguage, TechnicalWordsHaveAGlossInTheGlossary) {
  const auto glossary = loadGlossary(std::filesystem::path(SPINEVIEW_TEST_ASSET_DIR) / "text" / "glossary.json");
  ASSERT_TRUE(glossary) << glossary.message();
  // Words a patient may not know; wherever one appears it must be glossed.
  const char* technical[] = {"vertebra", "vertebral", "foramen", "foramina", "cavitation", "facet", "ligament", "capsule",
                             "trapezius", "rhomboids", "flexors", "atlas", "axis", "occiput", "cervical", "thoracic",
                             "dissection", "hypermobile", "manipulation", "synovial", "basilar", "brainstem", "subclavian",
                             "nerve root", "nerve exit", "BE-FAST", "V1", "V2", "V3", "V4", "thrust", "Spurling"};
  for (const auto& t : test::patientTexts()) {
    const std::string low = lower(t.text);
    const auto glossed = termsIn(*glossary, t.text);
    for (const char* word : technical) {
      const std::string w = lower(word);
      for (auto at = low.find(w); at != std::string::npos; at = low.find(w, at + 1)) {
        const bool start = at == 0 || !std::isalnum(static_cast<unsigned char>(low[at - 1]));
        if (!start) continue;
        // Some glossary entry must cover this spot.
        bool covered = false;
        std::size_t pos = 0;
        for (const auto& piece : splitByTerms(*glossary, t.text)) {
          if (piece.entry && at >= pos && at < pos + piece.text.size()) covered = true;
          pos += piece.text.size();
        }
        EXPECT_TRUE(covered) << t.where << ": \"" << word << "\" has no gloss";
      }
    }
    (void)glossed;
  }
}

TEST(PlainLanguage, NoEvidenceTagsSectionNumbersOrSignedPercentagesInPatientText) {
  const std::regex tag(R"(\[(V|S|U|D)\])");
  const std::regex section(R"(§|\bB[0-9]\.[0-9]|\bPass [0-9]|literature)");
  const std::regex signedPercent(R"((^|[\s(])[+\-−][0-9]+(\.[0-9]+)? ?%)");
  const std::regex citation(R"(\bet al\b|\b(19|20)[0-9]{2}\b)");
  for (const auto& t : test::patientTexts()) {
    EXPECT_FALSE(std::regex_search(t.text, tag)) << t.where;
    EXPECT_FALSE(std::regex_search(t.text, section)) << t.where;
    EXPECT_FALSE(std::regex_search(t.text, signedPercent)) << t.where << ": " << t.text;
    EXPECT_FALSE(std::regex_search(t.text, citation)) << t.where << ": sources belong in the Sources panel";
  }
}

TEST(PlainLanguage, OneRefractoryFigureAndTheBubbleCollapses) {
  int mentions = 0;
  for (const auto& t : test::patientTexts()) {
    const std::string low = lower(t.text);
    EXPECT_EQ(low.find("quarter of an hour"), std::string::npos) << t.where;
    EXPECT_EQ(low.find("about 20"), std::string::npos) << t.where;
    for (auto at = low.find("20 minutes"); at != std::string::npos; at = low.find("20 minutes", at + 1))
      EXPECT_TRUE(at >= 5 && low.compare(at - 5, 5, "15\xE2\x80\x93") == 0) << t.where << ": a refractory figure other than 15–20 minutes";
    for (const auto& s : sentences(low)) {
      const bool aboutThePop = s.find("pop") != std::string::npos || s.find("crack") != std::string::npos ||
                               s.find("quiet") != std::string::npos;
      if (aboutThePop && s.find("minute") != std::string::npos) {
        EXPECT_NE(s.find("15–20 minutes"), std::string::npos) << t.where << ": " << s;
        ++mentions;
      }
      // The sound comes as the bubble collapses (the teaching article), never "the sound means a bubble formed".
      if (s.find("bubble") != std::string::npos && (s.find("sound") != std::string::npos || s.find("pop") != std::string::npos ||
                                                    s.find("crack") != std::string::npos)) {
        EXPECT_NE(s.find("collaps"), std::string::npos) << t.where << ": " << s;
      }
    }
  }
  EXPECT_GE(mentions, 2);  // the lesson and the explainer both give it
}

TEST(PlainLanguage, NoSentenceSaysATestOrAProfessionalMakesManipulationRiskFree) {
  const char* who[] = {"test", "check", "exam", "professional", "clinician", "doctor", "chiropractor", "physiotherapist", "therapist", "trained"};
  const char* assurance[] = {"safe", "risk-free", "no risk", "without risk", "free of risk", "harmless", "rule out"};
  const char* negation[] = {"no ", "not ", "cannot", "can't", "never"};
  for (const auto& t : test::patientTexts()) {
    for (const auto& s : sentences(lower(t.text))) {
      const bool mentionsWho = std::any_of(std::begin(who), std::end(who), [&](const char* w) { return s.find(w) != std::string::npos; });
      const bool assures = std::any_of(std::begin(assurance), std::end(assurance), [&](const char* w) { return s.find(w) != std::string::npos; });
      const bool negated = std::any_of(std::begin(negation), std::end(negation), [&](const char* w) { return s.find(w) != std::string::npos; });
      EXPECT_FALSE(mentionsWho && assures && !negated) << t.where << ": " << s;
    }
  }
}

}  // namespace
}  // namespace spineview::app::education
