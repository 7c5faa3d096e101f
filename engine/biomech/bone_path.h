// A bone path under motion: a cord (artery, nerve root, later a muscle or ligament line) that
// runs through points on bones (anatomy/bone_path_route.h). Between two anchors it is one
// cable: it slides through eyelets (held by weak tethers) and over via points, so a span whose
// ends move apart draws length from its neighbours, and slack in a segment is taken up first.
// Tension only: a span never pushes. Gives length, strain and (from two states) strain rate
// per span and per named segment.
//
// Mechanics, per cable between two anchors (axial stiffness EA cancels; δ = material slid up
// through node j; span j has rest material l_j = rest length + its share of slack):
//   tension  T_j = (EA / l_j) · max(0, d_j − m_j),  material in span j  m_j = l_j + δ_j − δ_{j+1}
//   node j   k_j · δ_j = T_j − T_{j−1},  k_j = EA / λ at an eyelet (tether length λ), ≈ 0 at a via
// solved as a tridiagonal system with an active set for slack spans.
#pragma once

#include <span>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "anatomy/bone_path_route.h"

namespace spineview::biomech {

struct BonePathMechanics {
  std::vector<double> segmentSlackMm;  // per named segment: extra length before it tightens
  double eyeletTetherLengthMm = 0.0;   // an eyelet holds the cord as stiffly as this length of cord; 0 = pinned
  // Eyelets that hold the cord more or less firmly than the rest, by point name.
  std::vector<std::pair<std::string, double>> eyeletTetherByName;
};

struct BonePathSpanState {
  double lengthMm = 0.0;    // between its two points
  double materialMm = 0.0;  // unstretched cord now in the span (after sliding)
  double strainPercent = 0.0;
};

struct BonePathSegmentState {
  double lengthMm = 0.0;      // along its points
  double restLengthMm = 0.0;  // in the rest pose
  double strainPercent = 0.0;           // the most stretched span of the segment
  double strainRatePercentPerS = 0.0;   // d(strain)/dt of that figure (0 for a single pose)
};

struct BonePathState {
  std::vector<BonePathSpanState> spans;
  std::vector<BonePathSegmentState> segments;
  double peakStrainPercent = 0.0;
  double peakRatePercentPerS = 0.0;  // fastest lengthening strain among the segments
};

class BonePath {
 public:
  // restWorld: the bone frames of the rest pose, where every span is just taut (or slack).
  BonePath(anatomy::BonePathRoute route, BonePathMechanics mechanics, std::span<const glm::mat4> restWorld);

  void evaluate(std::span<const glm::mat4> boneWorld, BonePathState& out) const;
  std::vector<glm::vec3> points(std::span<const glm::mat4> boneWorld) const {
    return anatomy::posedPoints(route_, boneWorld);
  }

  const anatomy::BonePathRoute& route() const { return route_; }
  const BonePathMechanics& mechanics() const { return mechanics_; }
  int segmentCount() const { return static_cast<int>(route_.segmentNames.size()); }
  double restLengthMm(int segment) const { return segmentRestMm_[static_cast<std::size_t>(segment)]; }

 private:
  anatomy::BonePathRoute route_;
  BonePathMechanics mechanics_;
  std::vector<double> restSpanMm_;      // geometric length at rest
  std::vector<double> materialSpanMm_;  // rest + slack share
  std::vector<double> segmentRestMm_;
  std::vector<double> nodeStiffness_;   // per point, relative to the cord's axial stiffness
};

// Strain rates of `current` from `previous` (same path, dtS apart), %/s.
void updateStrainRates(const BonePathState& previous, double dtS, BonePathState& current);

}  // namespace spineview::biomech
