// Figures as a patient reads them: words with units, never a bare signed percentage.
// "stretched 4 %", "narrowed by about a sixth", "opened 0.3 mm", "26 degrees a second".
#pragma once

#include <string>

namespace spineview::app::education {

// "4 %" (whole percent; one decimal below 1 %: "0.4 %").
std::string percentText(double percent);
// Neck artery: "not stretched", "stretched 4 %".
std::string stretchWords(double strainPercent);
// Speed of stretching: "stretching 3 % a second"; "not stretching" when not lengthening.
std::string stretchSpeedWords(double percentPerS);
// A share as a fraction a reader pictures: "a tenth", "a sixth", "a quarter", "a third", "half".
std::string fractionWords(double percent);
// Nerve exit: "about the same", "narrowed by about a sixth", "opened by about a tenth".
std::string exitWords(double areaChangePercent);
// The same in a table cell: "a sixth narrower", "a tenth wider", "same".
std::string exitShortWords(double areaChangePercent);
// Facet joint: "at rest", "opened 0.3 mm", "squeezed 0.2 mm".
std::string jointWords(double changeMm);
// Head speed: "26 degrees a second".
std::string speedWords(double degreesPerS);
// Share of the active range: "70 % of its own range".
std::string rangeShareWords(double percent);

}  // namespace spineview::app::education
