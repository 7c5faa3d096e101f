// The project's own syllable counter and SMOG grade, checked on word lists with known
// syllable counts (dictionary pronunciations) and on the SMOG arithmetic.
#include "education/readability.h"

#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace spineview::app::education {
namespace {

using WordList = std::vector<std::pair<const char*, int>>;

// Words the app uses or that test the rules (silent e, -ed, -es, split vowel pairs, numbers).
const WordList kTuned = {
    {"neck", 1}, {"back", 1}, {"stretch", 1}, {"bone", 1}, {"joint", 1}, {"pop", 1}, {"crack", 1}, {"twist", 1}, {"turn", 1},
    {"head", 1}, {"chin", 1}, {"tuck", 1}, {"hold", 1}, {"slow", 1}, {"bend", 1}, {"side", 1}, {"ear", 1}, {"arm", 1},
    {"hand", 1}, {"blade", 1}, {"pain", 1}, {"sound", 1}, {"gas", 1}, {"stroke", 1}, {"speech", 1}, {"face", 1},
    {"breathe", 1}, {"nerve", 1}, {"strained", 1}, {"stretched", 1}, {"squeeze", 1}, {"through", 1}, {"one", 1},
    {"stiff", 1}, {"skull", 1}, {"joints", 1}, {"spine", 1}, {"spines", 1}, {"fixed", 1}, {"jumped", 1}, {"nerves", 1},
    {"the", 1}, {"eyes", 1}, {"tired", 1}, {"clear", 1}, {"gently", 2}, {"gentle", 2}, {"slowly", 2}, {"shoulder", 2},
    {"muscle", 2}, {"muscles", 2}, {"bubble", 2}, {"minutes", 2}, {"moment", 2}, {"forward", 2}, {"tissue", 2},
    {"spinal", 2}, {"dizzy", 2}, {"balance", 2}, {"vision", 2}, {"double", 2}, {"swallow", 2}, {"numbness", 2},
    {"tingling", 2}, {"weakness", 2}, {"sudden", 2}, {"severe", 2}, {"headache", 2}, {"doctor", 2}, {"able", 2},
    {"little", 2}, {"people", 2}, {"pressure", 2}, {"surface", 2}, {"forceful", 2}, {"extra", 2}, {"into", 2},
    {"over", 2}, {"about", 2}, {"between", 2}, {"behind", 2}, {"upright", 2}, {"repeat", 2}, {"release", 2},
    {"create", 2}, {"quiet", 2}, {"fluid", 2}, {"science", 2}, {"being", 2}, {"going", 2}, {"seeing", 2}, {"lying", 2},
    {"level", 2}, {"even", 2}, {"closes", 2}, {"rises", 2}, {"pushes", 2}, {"boxes", 2}, {"rested", 2}, {"needed", 2},
    {"capsule", 2}, {"relaxed", 2}, {"dissolve", 2}, {"dissolves", 2}, {"ankle", 2}, {"table", 2}, {"simple", 2},
    {"middle", 2}, {"narrowed", 2}, {"faster", 2}, {"higher", 2}, {"lower", 2}, {"region", 2}, {"button", 2},
    {"settings", 2}, {"number", 2}, {"signal", 2}, {"artery", 3}, {"arteries", 3}, {"vertebra", 3}, {"vertebrae", 3},
    {"vertebral", 3}, {"dissection", 3}, {"foramen", 3}, {"exercise", 3}, {"position", 3}, {"animal", 3},
    {"dangerous", 3}, {"another", 3}, {"important", 3}, {"medical", 3}, {"tomorrow", 3}, {"already", 3},
    {"everyday", 3}, {"area", 3}, {"idea", 3}, {"period", 3}, {"radio", 3}, {"video", 3}, {"piano", 3},
    {"ligament", 3}, {"cervical", 3}, {"thoracic", 3}, {"diagnose", 3}, {"possible", 3}, {"terrible", 3},
    {"physical", 3}, {"anything", 3}, {"together", 3}, {"different", 3}, {"imagine", 3}, {"exactly", 3},
    {"direction", 3}, {"injury", 3}, {"serious", 3}, {"cavitation", 4}, {"emergency", 4}, {"professional", 4},
    {"exercises", 4}, {"stability", 4}, {"recovery", 4}, {"anybody", 4}, {"experience", 4}, {"coordination", 5},
    {"manipulation", 5}, {"immediately", 5}, {"intervertebral", 5}, {"20", 2}, {"15", 2}, {"7", 2}, {"100", 3},
    {"0.1", 4}, {"C5", 2}, {"V3", 2}, {"999", 6}, {"112", 4}, {"CT", 2}, {"BE-FAST", 2}, {"self-twist", 2},
    {"shoulder-blade", 3}, {"something", 2}, {"sometimes", 2}};

// Words never used while writing the rules: a fair measure of the counter's error rate.
const WordList kHeldOut = {
    {"curious", 3}, {"various", 3}, {"million", 2}, {"patient", 2}, {"ocean", 2}, {"social", 2}, {"special", 2},
    {"usual", 3}, {"actual", 3}, {"ruin", 2}, {"quickly", 2}, {"theory", 3}, {"museum", 3}, {"violent", 3},
    {"diet", 2}, {"poem", 2}, {"lion", 2}, {"giant", 2}, {"trial", 2}, {"dial", 2}, {"cruel", 2}, {"fuel", 2},
    {"duel", 2}, {"react", 2}, {"reality", 4}, {"radius", 3}, {"audio", 3}, {"stadium", 3}, {"medium", 3},
    {"helium", 3}, {"brain", 1}, {"train", 1}, {"point", 1}, {"voice", 1}, {"house", 1}, {"cause", 1}, {"caused", 1},
    {"loosen", 2}, {"toward", 2}, {"towards", 2}, {"weather", 2}, {"feather", 2}, {"measure", 2}, {"treatment", 2},
    {"healthy", 2}, {"ready", 2}, {"heavy", 2}, {"easy", 2}, {"easily", 3}, {"really", 2}, {"family", 3},
    {"history", 3}, {"memory", 3}, {"battery", 3}, {"category", 4}, {"temporary", 4}, {"necessary", 4},
    {"ordinary", 4}, {"vocabulary", 5}, {"university", 5}, {"opportunity", 5}, {"personality", 5},
    {"responsibility", 6}, {"communication", 5}, {"education", 4}, {"information", 4}, {"mechanical", 4},
    {"biological", 5}, {"anatomy", 4}, {"skeleton", 3}, {"cartilage", 3}, {"synovial", 4}, {"carbon", 2},
    {"dioxide", 3}, {"nitrogen", 3}, {"relief", 2}, {"believe", 2}, {"achieve", 2}, {"piece", 1}, {"field", 1},
    {"tie", 1}, {"lie", 1}, {"died", 1}, {"argue", 2}, {"value", 2}, {"continue", 3}, {"rescue", 2}, {"issue", 2},
    {"tissues", 2}, {"clue", 1}, {"blue", 1}, {"true", 1}, {"queue", 1}, {"blood", 1}, {"flood", 1}, {"floor", 1},
    {"door", 1}, {"poor", 1}, {"zoo", 1}, {"cooperate", 4}, {"coordinate", 4}, {"alcohol", 3}, {"chocolate", 3}};

struct Score {
  int exact = 0, polyClass = 0, total = 0;
  std::string misses;
};

Score score(const WordList& list) {
  Score s;
  for (const auto& [word, syllables] : list) {
    const int got = syllableCount(word);
    ++s.total;
    s.exact += got == syllables;
    s.polyClass += (got >= 3) == (syllables >= 3);
    if (got != syllables) s.misses += std::string(" ") + word + "=" + std::to_string(got) + "(" + std::to_string(syllables) + ")";
  }
  return s;
}

TEST(Readability, SyllableCounterOnTheTunedWordList) {
  const Score s = score(kTuned);
  EXPECT_GE(s.exact, s.total - 2) << s.misses;
  EXPECT_EQ(s.polyClass, s.total) << s.misses;  // SMOG only needs the "three or more" test right
}

TEST(Readability, SyllableCounterOnHeldOutWords) {
  // Published heuristics of this kind miss about 8 % of common words; this one must do as well.
  const Score s = score(kHeldOut);
  EXPECT_GE(static_cast<double>(s.exact) / s.total, 0.88) << s.misses;
  EXPECT_GE(static_cast<double>(s.polyClass) / s.total, 0.95) << s.misses;
}

TEST(Readability, NumbersAreReadAloud) {
  EXPECT_EQ(syllableCount("7"), 2);        // seven
  EXPECT_EQ(syllableCount("20"), 2);       // twenty
  EXPECT_EQ(syllableCount("21"), 3);       // twenty-one
  EXPECT_EQ(syllableCount("348"), 6);      // three hundred forty-eight
  EXPECT_EQ(syllableCount("0.5"), 4);      // zero point five
  EXPECT_EQ(syllableCount("C5"), 2);       // see five
  EXPECT_EQ(syllableCount("%"), 0);        // no word
  EXPECT_EQ(syllableCount("—"), 0);
}

TEST(Readability, SentencesWordsAndPolysyllables) {
  const auto s = textStats("The neck artery is stretched 0.5 %. Hold it! Is it hard?\nA list item\n\nC5–C6 narrowed");
  EXPECT_EQ(s.sentences, 5);
  EXPECT_EQ(s.words, 17);  // C5–C6 is two words, "%" none
  EXPECT_EQ(s.polysyllables, 2);  // artery, 0.5
}

TEST(Readability, SmogGradeFollowsMcLaughlin) {
  TextStats s;
  s.sentences = 30;
  s.polysyllables = 16;
  EXPECT_NEAR(smogGrade(s), 1.0430 * 4.0 + 3.1291, 1e-9);
  s.polysyllables = 21;  // the most polysyllables 30 sentences can hold at grade 8
  EXPECT_LE(smogGrade(s), 8.0);
  s.polysyllables = 22;
  EXPECT_GT(smogGrade(s), 8.0);
  EXPECT_EQ(smogGrade(TextStats{}), 0.0);
  EXPECT_GT(smogGrade("Cervical manipulation carries a potential vertebrobasilar complication."), 12.0);
  EXPECT_LT(smogGrade("Turn your head slowly. Stop if it hurts."), 4.0);
}

}  // namespace
}  // namespace spineview::app::education
