// Readability of the patient-facing texts: our own English syllable counter, sentence and word
// splitting, and the SMOG grade (McLaughlin 1969): grade = 1.0430 · √(polysyllables · 30 /
// sentences) + 3.1291, a polysyllable being a word of three or more syllables. SMOG is the
// measure health-information studies prefer (Fitzsimmons et al. 2010); the project's limit is
// grade 8. Numbers count as they are read aloud ("20" is "twenty"); hyphenated words are one
// word; a range dash ("C5–C6") separates two words. Pure; no locale.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spineview::app::education {

// Syllables of one word as spoken: a vowel-group count with rules for silent endings and
// vowel pairs that split ("create", "period"), letters of an acronym spelled out ("C5" is
// "see five"), digits read as a number. At least 1 for any word with a letter or digit.
int syllableCount(std::string_view word);

struct TextStats {
  int sentences = 0;
  int words = 0;
  int polysyllables = 0;
  std::vector<std::string> polysyllableWords;  // for messages: which words make a text hard
};

// Sentences end at . ! ? (not inside a number like 0.5) and at a line break.
TextStats textStats(std::string_view text);

// SMOG grade of a text; 0 for a text without sentences.
double smogGrade(const TextStats& stats);
inline double smogGrade(std::string_view text) { return smogGrade(textStats(text)); }

// The project's limit for patient-facing text.
inline constexpr double kMaxSmogGrade = 8.0;

}  // namespace spineview::app::education
