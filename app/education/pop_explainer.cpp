#include "education/pop_explainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace spineview::app::education {

namespace {

std::string minutesSeconds(double s) {
  const int total = static_cast<int>(std::ceil(std::max(0.0, s)));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%d min %02d s", total / 60, total % 60);
  return buffer;
}

std::string fixed(double v, int decimals) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  return buffer;
}

}  // namespace

PopExplanation explainPops(const std::vector<biomech::CavitationEvent>& pops, double nowS, double refractoryS) {
  PopExplanation e;
  if (pops.empty()) return e;
  const auto& last = pops.back();
  e.headline = "Pop: " + biomech::facetJointName(last.segment, last.side) + ".";
  if (pops.size() > 1) e.lines.push_back(std::to_string(pops.size()) + " pops so far in this move.");
  e.lines.push_back("Its joint surfaces were pulled apart fast (" + fixed(last.openingMm, 1) + " mm at " + fixed(last.rateMmPerS, 0) +
                    " mm a second). The pressure in the joint fluid dropped, gas came out as a bubble, and the pop is heard as "
                    "that bubble collapses. Bones do not grind.");
  e.lines.push_back(std::string("A joint cannot pop again for ") + kRefractoryWords + " while the gas goes back into the fluid. This one: " +
                    minutesSeconds(refractoryS - (nowS - last.timeS)) + " to go in the model.");
  return e;
}

}  // namespace spineview::app::education
