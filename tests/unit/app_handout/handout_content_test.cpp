// The handout's words before layout: --dosage parsing, the exercise list, the dose wording,
// steps that start with the starting position, the warning signs, and plain language.
#include <filesystem>

#include <gtest/gtest.h>

#include "education/readability.h"
#include "handout/handout_content.h"

namespace spineview::app::handout {
namespace {

namespace fs = std::filesystem;
const fs::path kAssets = SPINEVIEW_TEST_ASSET_DIR;

const std::vector<biomech::MotionProgram>& library() {
  static const auto lib = biomech::loadMotionLibrary(kAssets / "motions");
  EXPECT_TRUE(lib) << lib.message();
  return *lib;
}
const education::SeekHelpContent& help() {
  static const auto h = education::loadSeekHelp(kAssets / "text" / "seek_help.json");
  EXPECT_TRUE(h) << h.message();
  return *h;
}

TEST(HandoutDosage, ParsesEveryKeyAndKeepsTheRestUnset) {
  auto d = parseDosageOverride("chin_tuck:sets=2,reps=10,hold=5,rest=30,per_day=3,days=5");
  ASSERT_TRUE(d) << d.message();
  EXPECT_EQ(d->exerciseId, "chin_tuck");
  EXPECT_EQ(d->sets, 2);
  EXPECT_EQ(d->repetitions, 10);
  EXPECT_EQ(d->holdS, 5);
  EXPECT_EQ(d->restS, 30);
  EXPECT_EQ(d->timesPerDay, 3);
  EXPECT_EQ(d->daysPerWeek, 5);
  auto some = parseDosageOverride(" neck_side_bend : hold = 30 ");
  ASSERT_TRUE(some) << some.message();
  EXPECT_EQ(some->exerciseId, "neck_side_bend");
  EXPECT_EQ(some->holdS, 30);
  EXPECT_FALSE(some->sets);
}

TEST(HandoutDosage, MalformedValuesSayWhatIsWrong) {
  const std::pair<const char*, const char*> cases[] = {
      {"sets=2", "expected ID:KEY=VALUE"},
      {"chin_tuck:", "no KEY=VALUE"},
      {"chin_tuck:sets", "\"sets\" is not KEY=VALUE"},
      {"chin_tuck:load=5", "unknown key \"load\""},
      {"chin_tuck:reps=1.5", "reps must be a whole number, not \"1.5\""},
      {"chin_tuck:reps=", "reps must be a whole number"},
      {"chin_tuck:sets=0", "sets must be 1 to 10 sets, not 0"},
      {"chin_tuck:per_day=25", "per_day must be 1 to 24 times a day"},
  };
  for (const auto& [text, expected] : cases) {
    auto d = parseDosageOverride(text);
    ASSERT_FALSE(d) << text;
    EXPECT_EQ(d.message().rfind("usage: bad --dosage", 0), 0u) << d.message();
    EXPECT_NE(d.message().find(expected), std::string::npos) << text << " → " << d.message();
  }
}

TEST(HandoutDosage, ExerciseListsSplitOnCommas) {
  EXPECT_EQ(splitExerciseIds({"chin_tuck,neck_side_bend", " seated_rotation ", ",,"}),
            (std::vector<std::string>{"chin_tuck", "neck_side_bend", "seated_rotation"}));
}

TEST(HandoutDosage, LinesSayEachFigureInWords) {
  Dosage d{2, 10, 5, 30, 3, 5, false};
  EXPECT_EQ(dosageLines(d), (std::vector<std::string>{"2 sets of 10. Hold each one for 5 seconds.",
                                                      "Rest 30 seconds between sets. Do this 3 times a day, 5 days a week."}));
  Dosage one{1, 3, 20, 10, 1, 7, true};  // one set: no rest between sets to mention
  EXPECT_EQ(dosageLines(one), (std::vector<std::string>{"1 set of 3 each side. Hold each one for 20 seconds.",
                                                        "Do this 1 time a day, 7 days a week."}));
  Dosage noHold{1, 8, 0, 0, 2, 3, false};
  EXPECT_EQ(dosageLines(noHold)[0], "1 set of 8.");
}

TEST(Handout, StepsStartWithTheStartingPositionAndTheDoseTakesChanges) {
  HandoutRequest request;
  request.exerciseIds = {"chin_tuck", "neck_side_bend"};
  request.dosage.push_back(*parseDosageOverride("chin_tuck:sets=3,hold=7"));
  request.dosage.push_back(*parseDosageOverride("chin_tuck:reps=12,sets=2"));  // a later value of a key wins
  request.patient = "A. Patient";
  auto doc = buildHandout(request, library(), help(), "999");
  ASSERT_TRUE(doc) << doc.message();
  ASSERT_EQ(doc->exercises.size(), 2u);
  const auto& chin = doc->exercises[0];
  EXPECT_EQ(chin.name, "Chin tuck");
  EXPECT_EQ(chin.steps.front().rfind("Sit tall", 0), 0u) << chin.steps.front();
  EXPECT_EQ(chin.steps.size(), 5u);  // starting position + four phases
  EXPECT_EQ(chin.dosage.sets, 2);
  EXPECT_EQ(chin.dosage.repetitions, 12);
  EXPECT_EQ(chin.dosage.holdS, 7);  // kept from the first change
  EXPECT_DOUBLE_EQ(chin.startS, 0.0);
  EXPECT_DOUBLE_EQ(chin.endS, 3.0);  // the end of the first move: the end of the range
  EXPECT_EQ(chin.frame, "head_and_neck");
  EXPECT_TRUE(doc->exercises[1].dosage.eachSide);
  ASSERT_EQ(doc->warnings.size(), 4u);
  EXPECT_EQ(doc->warnings[0].title, "Call 999 now");
  for (const auto& w : doc->warnings) {
    EXPECT_EQ(w.title.find("{number}"), std::string::npos);
    for (const auto& s : w.signs) EXPECT_EQ(s.find("{number}"), std::string::npos) << s;
  }
  EXPECT_EQ(doc->notice, "For learning; not a diagnosis.");
}

TEST(Handout, BadRequestsAreUsageErrors) {
  const auto fails = [](HandoutRequest r, const std::string& expected) {
    auto doc = buildHandout(r, library(), help(), "112");
    ASSERT_FALSE(doc) << expected;
    EXPECT_EQ(doc.message().rfind("usage: ", 0), 0u) << doc.message();
    EXPECT_NE(doc.message().find(expected), std::string::npos) << doc.message();
  };
  fails({}, "at least one --exercise");
  fails({{"no_such"}}, "no exercise called \"no_such\" (exercises: chin_tuck, neck_side_bend, seated_rotation");
  fails({{"clinician_thrust"}}, "is a clinician motion, not a home exercise");
  fails({std::vector<std::string>(9, "chin_tuck")}, "at most 8 exercises, not 9");
  HandoutRequest other{{"chin_tuck"}};
  other.dosage.push_back(*parseDosageOverride("seated_rotation:sets=2"));
  fails(other, "\"seated_rotation\", which is not an --exercise");
}

// The whole handout, with every exercise and the warning signs, reads at grade 8 or below.
TEST(Handout, EveryHandoutTextIsPlain) {
  HandoutRequest request;
  for (const auto& p : library())
    if (p.home) request.exerciseIds.push_back(p.id);
  ASSERT_EQ(request.exerciseIds.size(), 5u);
  auto doc = buildHandout(request, library(), help(), "999");
  ASSERT_TRUE(doc) << doc.message();
  const auto stats = education::textStats(patientText(*doc));
  std::string hard;
  for (const auto& w : stats.polysyllableWords) hard += " " + w;
  EXPECT_LE(education::smogGrade(stats), education::kMaxSmogGrade) << hard;
  for (const auto& e : doc->exercises) {
    std::string words = e.name + ".\n" + "Stop if " + e.stopIf + "\n";
    for (const auto& s : e.steps) words += s + "\n";
    EXPECT_LE(education::smogGrade(words), education::kMaxSmogGrade) << e.id;
  }
}

}  // namespace
}  // namespace spineview::app::handout
