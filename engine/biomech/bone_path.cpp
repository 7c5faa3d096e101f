#include "biomech/bone_path.h"

#include <algorithm>
#include <cmath>

#include "core/check.h"

namespace spineview::biomech {

namespace {

using anatomy::PathPointKind;

// A via point slides freely; a tiny stiffness keeps the system solvable when both of its
// spans are slack.
constexpr double kViaStiffness = 1e-9;
// Stretch below this is the float round-off of the posed points (about 1e-4 mm on 100 mm
// coordinates), not a strain: a span between two points on one bone must read exactly 0.
constexpr double kStretchFloorMm = 1e-3;

// Thomas algorithm: sub a, diagonal b, super c, right side d (all size n); result in d.
void solveTridiagonal(std::vector<double>& a, std::vector<double>& b, std::vector<double>& c, std::vector<double>& d) {
  const std::size_t n = d.size();
  for (std::size_t i = 1; i < n; ++i) {
    const double w = a[i] / b[i - 1];
    b[i] -= w * c[i - 1];
    d[i] -= w * d[i - 1];
  }
  d[n - 1] /= b[n - 1];
  for (std::size_t i = n - 1; i-- > 0;) d[i] = (d[i] - c[i] * d[i + 1]) / b[i];
}

// One cable: spans [first, last] between two anchors. Fills the spans' material and strain.
// Tension is EA·(d − m)/m; the stiffness 1/m is refreshed from the last solution, since a
// short span can give up a good part of its material to a neighbour.
void solveCable(int first, int last, const std::vector<double>& material, const std::vector<double>& nodeStiffness,
                std::vector<BonePathSpanState>& spans) {
  const int n = last - first + 1;  // spans; interior nodes n − 1
  const auto un = static_cast<std::size_t>(n);
  std::vector<double> k(un), e(un), m(un);
  std::vector<bool> taut(un);
  for (std::size_t j = 0; j < un; ++j) {
    const auto s = static_cast<std::size_t>(first) + j;
    m[j] = material[s];
    e[j] = spans[s].lengthMm - material[s];
    taut[j] = e[j] > 0.0;
  }
  std::vector<double> delta(un + 1, 0.0);  // material slid up through nodes 0 … n; anchors stay 0
  const std::size_t nodes = un - 1;
  std::vector<double> a(nodes), b(nodes), c(nodes), d(nodes);
  for (int outer = 0; outer < 8; ++outer) {
    for (std::size_t j = 0; j < un; ++j) k[j] = 1.0 / std::max(m[j], 1e-3);
    for (int iteration = 0; iteration < 2 * n + 4; ++iteration) {
      if (nodes > 0) {
        for (std::size_t i = 0; i < nodes; ++i) {  // node i + 1 joins span i (below) and span i + 1 (above)
          const double kb = taut[i] ? k[i] : 0.0, ka = taut[i + 1] ? k[i + 1] : 0.0;
          b[i] = nodeStiffness[static_cast<std::size_t>(first) + i + 1] + ka + kb;
          a[i] = -kb;
          c[i] = -ka;
          d[i] = ka * e[i + 1] - kb * e[i];
        }
        solveTridiagonal(a, b, c, d);
        for (std::size_t i = 0; i < nodes; ++i) delta[i + 1] = d[i];
      }
      bool changed = false;
      for (std::size_t j = 0; j < un; ++j) {
        const bool now = e[j] - delta[j] + delta[j + 1] > 0.0;
        changed |= now != taut[j];
        taut[j] = now;
      }
      if (!changed) break;
    }
    double moved = 0.0;
    for (std::size_t j = 0; j < un; ++j) {
      const double next = material[static_cast<std::size_t>(first) + j] + delta[j] - delta[j + 1];
      moved = std::max(moved, std::abs(next - m[j]));
      m[j] = next;
    }
    if (moved < 1e-6) break;
  }
  for (std::size_t j = 0; j < un; ++j) {
    auto& span = spans[static_cast<std::size_t>(first) + j];
    span.materialMm = m[j];
    const double stretch = span.lengthMm - m[j];
    // Continuous past the floor, so the rate has no step where a span starts to stretch.
    span.strainPercent = stretch > kStretchFloorMm && m[j] > 0.0 ? 100.0 * (stretch - kStretchFloorMm) / m[j] : 0.0;
  }
}

}  // namespace

BonePath::BonePath(anatomy::BonePathRoute route, BonePathMechanics mechanics, std::span<const glm::mat4> restWorld)
    : route_(std::move(route)), mechanics_(std::move(mechanics)) {
  const std::string problem = anatomy::validateRoute(route_, static_cast<int>(restWorld.size()));
  SPINEVIEW_CHECK(problem.empty(), problem.c_str());
  mechanics_.segmentSlackMm.resize(route_.segmentNames.size(), 0.0);
  const auto pts = anatomy::posedPoints(route_, restWorld);
  const int spans = route_.spanCount();
  restSpanMm_.resize(static_cast<std::size_t>(spans));
  segmentRestMm_.assign(route_.segmentNames.size(), 0.0);
  for (int i = 0; i < spans; ++i) {
    const auto s = static_cast<std::size_t>(i);
    restSpanMm_[s] = glm::distance(pts[s], pts[s + 1]);
    segmentRestMm_[static_cast<std::size_t>(route_.spanSegment[s])] += restSpanMm_[s];
  }
  // Each segment's slack is shared over its spans in proportion to their length.
  materialSpanMm_ = restSpanMm_;
  for (int i = 0; i < spans; ++i) {
    const auto s = static_cast<std::size_t>(i);
    const auto seg = static_cast<std::size_t>(route_.spanSegment[s]);
    if (segmentRestMm_[seg] > 0.0) materialSpanMm_[s] += mechanics_.segmentSlackMm[seg] * restSpanMm_[s] / segmentRestMm_[seg];
    materialSpanMm_[s] = std::max(materialSpanMm_[s], 1e-6);
  }
  // Node stiffness relative to EA: an eyelet is a tether as stiff as λ mm of cord.
  nodeStiffness_.assign(route_.points.size(), kViaStiffness);
  for (std::size_t p = 0; p < route_.points.size(); ++p) {
    if (route_.points[p].kind != PathPointKind::Eyelet) continue;
    double lambda = mechanics_.eyeletTetherLengthMm;
    for (const auto& [name, length] : mechanics_.eyeletTetherByName)
      if (name == route_.points[p].name) lambda = length;
    nodeStiffness_[p] = lambda > 0.0 ? 1.0 / lambda : 1e12;
  }
}

void BonePath::evaluate(std::span<const glm::mat4> boneWorld, BonePathState& out) const {
  const auto pts = anatomy::posedPoints(route_, boneWorld);
  const int spans = route_.spanCount();
  out.spans.resize(static_cast<std::size_t>(spans));
  for (int i = 0; i < spans; ++i) out.spans[static_cast<std::size_t>(i)].lengthMm = glm::distance(pts[static_cast<std::size_t>(i)], pts[static_cast<std::size_t>(i + 1)]);

  int first = 0;
  for (int i = 1; i <= spans; ++i) {
    if (route_.points[static_cast<std::size_t>(i)].kind != PathPointKind::Anchor) continue;
    solveCable(first, i - 1, materialSpanMm_, nodeStiffness_, out.spans);
    first = i;
  }

  out.segments.assign(route_.segmentNames.size(), BonePathSegmentState{});
  out.peakStrainPercent = 0.0;
  out.peakRatePercentPerS = 0.0;
  for (int i = 0; i < spans; ++i) {
    const auto s = static_cast<std::size_t>(i);
    auto& seg = out.segments[static_cast<std::size_t>(route_.spanSegment[s])];
    seg.lengthMm += out.spans[s].lengthMm;
    seg.strainPercent = std::max(seg.strainPercent, out.spans[s].strainPercent);
  }
  for (std::size_t g = 0; g < out.segments.size(); ++g) {
    out.segments[g].restLengthMm = segmentRestMm_[g];
    out.peakStrainPercent = std::max(out.peakStrainPercent, out.segments[g].strainPercent);
  }
}

void updateStrainRates(const BonePathState& previous, double dtS, BonePathState& current) {
  current.peakRatePercentPerS = 0.0;
  if (dtS <= 0.0 || previous.segments.size() != current.segments.size()) return;
  for (std::size_t g = 0; g < current.segments.size(); ++g) {
    auto& seg = current.segments[g];
    seg.strainRatePercentPerS = (seg.strainPercent - previous.segments[g].strainPercent) / dtS;
    current.peakRatePercentPerS = std::max(current.peakRatePercentPerS, seg.strainRatePercentPerS);
  }
}

}  // namespace spineview::biomech
