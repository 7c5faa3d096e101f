#include "biomech/pose_solver.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace spineview::biomech {

namespace {

constexpr int kSegments = anatomy::kSegmentCount;
constexpr double kDegToRad = 3.14159265358979323846 / 180.0;

double signOf(double v) { return v >= 0.0 ? 1.0 : -1.0; }

double clampTo(double v, double limit) { return std::clamp(v, -limit, limit); }

// Rotation of the upper vertebra in the lower vertebra's frame (see spine_motion.h for signs).
glm::mat4 segmentRotation(const SegmentAngles& a) {
  const glm::mat4 id(1.0f);
  const glm::mat4 ry = glm::rotate(id, static_cast<float>(a.axialRotation * kDegToRad), glm::vec3(0, 1, 0));
  const glm::mat4 rz = glm::rotate(id, static_cast<float>(-a.lateralBend * kDegToRad), glm::vec3(0, 0, 1));
  const glm::mat4 rx = glm::rotate(id, static_cast<float>(a.flexion * kDegToRad), glm::vec3(1, 0, 0));
  return ry * rz * rx;
}

}  // namespace

glm::mat4 scapulaRetraction(const ScapulaPose& pose, anatomy::Side side) {
  // Medial is −X for the left scapula (+X side) and +X for the right one.
  const float medial = side == anatomy::Side::Left ? -1.0f : 1.0f;
  const glm::mat4 glide = glm::translate(glm::mat4(1.0f), glm::vec3(medial * static_cast<float>(pose.retractionMm), 0, 0));
  // Retraction turns the glenoid (lateral) backward, toward −Z: a positive rotation about +Y
  // for the left scapula, negative for the right.
  const float angle = -medial * static_cast<float>(pose.retractionDeg * kDegToRad);
  return glm::rotate(glide, angle, glm::vec3(0, 1, 0));
}

PoseSolver::PoseSolver(const RangeTable& ranges, const CouplingTable& coupling, const PoseRhythm& rhythm,
                       const anatomy::RestSkeleton& rest)
    : coupling_(coupling), rhythm_(rhythm) {
  for (int s = 0; s < kSegments; ++s) {
    active_[s] = ranges.segments[s].active;
    passive_[s] = ranges.segments[s].passive;
    restLocal_[s] = glm::inverse(rest.restWorld[s + 1]) * rest.restWorld[s];
    centre_[s] = rest.segments[s].rotationCentre;
  }
  baseWorld_ = rest.restWorld[kSegments];
  restHeadOrigin_ = glm::vec3(rest.restWorld[0][3]);
}

double PoseSolver::distribute(double target, Axis axis, SegmentSpan span,
                              std::array<SegmentAngles, kSegments>& angles) const {
  const double dir = signOf(target);
  double remaining = std::abs(target);
  for (int pass = 0; pass <= span.last - span.first && remaining > 1e-9; ++pass) {
    double weightSum = 0.0;
    for (int s = span.first; s <= span.last; ++s) {
      const double room = passive_[s].forAngle(axis, dir) - dir * angles[s][axis];
      if (room > 1e-9) weightSum += active_[s].forAngle(axis, dir);
    }
    if (weightSum <= 0.0) break;
    double placed = 0.0;
    for (int s = span.first; s <= span.last; ++s) {
      const double room = passive_[s].forAngle(axis, dir) - dir * angles[s][axis];
      if (room <= 1e-9) continue;
      const double share = std::min(room, remaining * active_[s].forAngle(axis, dir) / weightSum);
      angles[s][axis] += dir * share;
      placed += share;
    }
    remaining -= placed;
  }
  return dir * std::max(0.0, remaining);
}

void PoseSolver::solveAngles(const PoseTarget& t, Pose& out) const {
  auto& a = out.angles;
  a.fill(SegmentAngles{});

  // Chin tuck: retraction flexes the upper cervical joints and extends the lower neck.
  if (t.chinTuck != 0.0) {
    const double c = std::clamp(t.chinTuck, -1.0, 1.0);
    for (int s = rhythm_.cervical.first; s <= rhythm_.cervical.last; ++s) {
      const bool upper = s <= 1;  // C0–C1 and C1–C2
      const double share = upper ? rhythm_.chinTuckUpperFlexionShare : rhythm_.chinTuckLowerExtensionShare;
      const double dir = upper ? signOf(c) : -signOf(c);
      a[s].flexion += dir * std::abs(c) * share * active_[s].forAngle(Axis::FlexionExtension, dir);
    }
  }

  out.unreachedHeadDeg.flexion = distribute(t.headFlexionDeg, Axis::FlexionExtension, rhythm_.cervical, a);
  out.unreachedHeadDeg.lateralBend = distribute(t.headLateralBendDeg, Axis::LateralBend, rhythm_.cervical, a);
  out.unreachedHeadDeg.axialRotation = distribute(t.headRotationDeg, Axis::AxialRotation, rhythm_.cervical, a);
  out.unreachedThoracicDeg.flexion = distribute(-t.thoracicExtensionDeg, Axis::FlexionExtension, rhythm_.upperThoracic, a);
  out.unreachedThoracicDeg.lateralBend = distribute(t.thoracicSideBendDeg, Axis::LateralBend, rhythm_.upperThoracic, a);
  out.unreachedThoracicDeg.axialRotation = distribute(t.thoracicRotationDeg, Axis::AxialRotation, rhythm_.upperThoracic, a);

  // Coupling: a coupled motion never takes a level further into its range than the primary.
  for (int s = 0; s < kSegments; ++s) {
    const SegmentAngles primary = a[s];
    const double lbUse = std::abs(primary.lateralBend) / active_[s].lateralBend;
    const double arUse = std::abs(primary.axialRotation) / active_[s].axialRotation;
    const double coupledAr = clampTo(coupling_.rotationFromLateralBend[s] * primary.lateralBend,
                                     lbUse * active_[s].axialRotation);
    const double coupledLb = clampTo(coupling_.lateralBendFromRotation[s] * primary.axialRotation,
                                     arUse * active_[s].lateralBend);
    a[s].axialRotation += coupledAr;
    a[s].lateralBend += coupledLb;
  }

  for (int s = 0; s < kSegments; ++s) {
    auto& v = a[s];
    v.flexion += t.segmentOffsetDeg[s].flexion;
    v.lateralBend += t.segmentOffsetDeg[s].lateralBend;
    v.axialRotation += t.segmentOffsetDeg[s].axialRotation;
    v.flexion = std::clamp(v.flexion, -passive_[s].extension, passive_[s].flexion);
    v.lateralBend = clampTo(v.lateralBend, passive_[s].lateralBend);
    v.axialRotation = clampTo(v.axialRotation, passive_[s].axialRotation);
  }

  const double retraction = std::clamp(t.scapularRetraction, 0.0, 1.0);
  for (auto& sc : out.scapula) {
    sc.retractionMm = retraction * rhythm_.scapulaMaxRetractionMm;
    sc.retractionDeg = retraction * rhythm_.scapulaMaxRetractionDeg;
  }
}

void PoseSolver::composeTransforms(Pose& out) const {
  out.world[kSegments] = baseWorld_;
  for (int s = kSegments - 1; s >= 0; --s) {
    const glm::vec3 c = centre_[s];
    glm::mat4 m = segmentRotation(out.angles[s]);
    // T(c) · R · T(−c), written out to avoid two matrix products.
    m[3] = glm::vec4(c - glm::mat3(m) * c, 1.0f);
    out.local[s] = m * restLocal_[s];
    out.world[s] = out.world[s + 1] * out.local[s];
  }
  out.headTranslationMm = glm::vec3(out.world[0][3]) - restHeadOrigin_;
}

void PoseSolver::solve(const PoseTarget& target, Pose& out) const {
  solveAngles(target, out);
  composeTransforms(out);
}

}  // namespace spineview::biomech
