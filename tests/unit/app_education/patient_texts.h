// Every text a patient reads, gathered from the assets and from the pure code that writes
// sentences (coach, verdict, pop explainer, gauge words), for the readability and coherence
// tests. Each entry is one text as it is read together on screen.
#pragma once

#include <string>
#include <vector>

namespace spineview::test {

struct PatientText {
  std::string where;  // "motion chin_tuck", "lesson why_necks_crack", "help panel", ...
  std::string text;
};

const std::vector<PatientText>& patientTexts();

}  // namespace spineview::test
