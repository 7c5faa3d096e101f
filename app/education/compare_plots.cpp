#include "education/compare_plots.h"

#include <algorithm>
#include <cmath>

namespace spineview::app::education {

std::vector<FacetPick> topGappedFacets(const PlotSeries& series, int count) {
  std::vector<FacetPick> all;
  for (int seg = 0; seg < anatomy::kSegmentCount; ++seg) {
    for (int side = 0; side < 2; ++side) {
      float peak = 0.0f;
      for (const auto& s : series.samples) peak = std::max(peak, s.facetChangeMm[seg][side]);
      if (peak > 0.0f) all.push_back({seg, static_cast<anatomy::Side>(side), peak});
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const FacetPick& a, const FacetPick& b) { return a.peakChangeMm > b.peakChangeMm; });
  if (static_cast<int>(all.size()) > count) all.resize(static_cast<std::size_t>(std::max(0, count)));
  return all;
}

const PlotSample& sampleAt(const PlotSeries& series, double t) {
  static const PlotSample empty;
  if (series.samples.empty()) return empty;
  auto it = std::upper_bound(series.samples.begin(), series.samples.end(), t + 1e-9,
                             [](double time, const PlotSample& s) { return time < s.timeS; });
  if (it == series.samples.begin()) return series.samples.front();
  return *std::prev(it);
}

std::vector<biomech::CavitationEvent> popsUpTo(const PlotSeries& series, double t) {
  std::vector<biomech::CavitationEvent> out;
  for (const auto& p : series.pops)
    if (p.timeS <= t + 1e-9) out.push_back(p);
  return out;
}

}  // namespace spineview::app::education
