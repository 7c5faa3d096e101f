// Choices the comparison plots make from a plot series: which facet joints to plot (the most
// gapped ones) and the values of one series at a time. Pure, so it is tested without ImGui.
#pragma once

#include <vector>

#include "anatomy/levels.h"
#include "session/motion_player.h"

namespace spineview::app::education {

struct FacetPick {
  int segment = 0;
  anatomy::Side side = anatomy::Side::Left;
  float peakChangeMm = 0.0f;  // largest opening (> 0 gapping) over the program
};

// The `count` facet joints with the largest peak gapping, largest first; ties by level then
// side so the choice is deterministic. Joints that never open are left out.
std::vector<FacetPick> topGappedFacets(const PlotSeries& series, int count);

// The sample at or just before time t (series sampled every kPlotStepS).
const PlotSample& sampleAt(const PlotSeries& series, double t);

// Pops of the series that happened at or before t (for markers and the explainer).
std::vector<biomech::CavitationEvent> popsUpTo(const PlotSeries& series, double t);

}  // namespace spineview::app::education
