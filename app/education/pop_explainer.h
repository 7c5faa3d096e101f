// The "Why the crack?" explainer: what just popped, how (the joint is pulled apart fast, the
// fluid's pressure drops, gas comes out as a bubble, and the pop is heard as the bubble
// collapses, as the teaching article puts it) and when the joint can pop again (15–20 minutes).
// Pure text; the research debate on the mechanism lives in the Sources panel.
#pragma once

#include <string>
#include <vector>

#include "biomech/cavitation.h"

namespace spineview::app::education {

struct PopExplanation {
  std::string headline;            // "Pop: left C2–C3 facet joint."
  std::vector<std::string> lines;  // what happened, and the wait
};

// `pops` are the pops so far (in time order), `nowS` the program time, `refractoryS` the
// model's wait before a joint can pop again. Empty headline when nothing has popped.
PopExplanation explainPops(const std::vector<biomech::CavitationEvent>& pops, double nowS, double refractoryS);

// The one refractory figure every text uses.
inline constexpr const char* kRefractoryWords = "15–20 minutes";

}  // namespace spineview::app::education
