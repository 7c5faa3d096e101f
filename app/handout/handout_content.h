// The words of a home-exercise handout, before any layout: which exercises, each one's steps
// (starting position first) and dose with the clinician's changes, "stop if", the warning signs
// from the help data, and the header. Pure (no cairo, no GPU), so the text and its reading level
// are tested on their own. The patient's name and notes live only in this value and the PDF.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "biomech/motion_program.h"
#include "core/result.h"
#include "education/content.h"

namespace spineview::app::handout {

// "Less is more": adherence falls as exercises are added; eight is the most a handout takes.
inline constexpr int kMaxExercises = 8;

enum class Paper : std::uint8_t { A4, Letter };

struct Dosage {
  int sets = 1;
  int repetitions = 1;
  int holdS = 0;
  int restS = 0;
  int timesPerDay = 1;
  int daysPerWeek = 7;
  bool eachSide = false;
};

// One --dosage value: "chin_tuck:sets=2,reps=10,hold=5,rest=30,per_day=3,days=5"; any subset
// of the keys, each a whole number in its range.
struct DosageOverride {
  std::string exerciseId;
  std::optional<int> sets, repetitions, holdS, restS, timesPerDay, daysPerWeek;
};
core::Result<DosageOverride> parseDosageOverride(std::string_view text);

// --exercise values, each one id or a comma list, in order.
std::vector<std::string> splitExerciseIds(const std::vector<std::string>& values);

struct HandoutRequest {
  std::vector<std::string> exerciseIds;
  std::vector<DosageOverride> dosage;
  std::string patient, clinician, clinic, notes;
  std::string date;  // as printed, e.g. "4 December 2026"
  Paper paper = Paper::A4;
};

struct HandoutExercise {
  std::string id;
  std::string name;
  std::vector<std::string> steps;  // starting position first
  Dosage dosage;
  std::string stopIf;              // "Stop if " + this
  std::string view, frame;         // how the pictures are taken (session commands)
  double startS = 0.0, endS = 0.0; // timeline times of the start and end pictures
};

struct WarningGroup {
  std::string title;
  std::string advice;
  std::vector<std::string> signs;
};

struct HandoutDocument {
  std::string title;      // "Home exercises"
  std::string clinic, patient, clinician, date, notes;
  std::vector<HandoutExercise> exercises;
  std::string helpTitle;  // "When to get help"
  std::vector<WarningGroup> warnings;
  std::string notice;     // for learning; not a diagnosis
  Paper paper = Paper::A4;
};

// The default dose of an exercise from its assets, with the override applied.
Dosage dosageFor(const biomech::MotionProgram& exercise, const DosageOverride* change);
// The boxed dose as lines: "2 sets of 10 each side, hold each for 5 seconds", then rest and
// how often.
std::vector<std::string> dosageLines(const Dosage& dosage);

// Every failure is the user's input (unknown or non-exercise id, too many, an override for an
// exercise not on the handout): the message starts with "usage: ".
core::Result<HandoutDocument> buildHandout(const HandoutRequest& request, const std::vector<biomech::MotionProgram>& library,
                                           const education::SeekHelpContent& help, std::string_view emergencyNumber);

// All patient-facing words of a document, one sentence group per line (readability tests).
std::string patientText(const HandoutDocument& document);

}  // namespace spineview::app::handout
