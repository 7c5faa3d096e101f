#include "mesh/thorax_shapes.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "anatomy/rest_skeleton_builder.h"
#include "mesh/part_append.h"
#include "mesh/sdf.h"
#include "mesh/surface_extraction.h"
#include "mesh/tube_mesh.h"

namespace spineview::mesh {

namespace {

using anatomy::Side;
using anatomy::Vertebra;
constexpr float kPi = 3.14159265f;

// Drawing proportions of the rib cage (not measurements). The rib runs from its head on the
// body to the tubercle on the transverse process, on posterolaterally to the rib angle, then
// around an elliptical hoop to the front, falling as it goes.
constexpr float kRibAngleLateralMm[2] = {10.0f, 45.0f};  // rib angle lateral of the tubercle: 1st rib, 8th rib
constexpr float kRibAngleBackMm[2] = {3.0f, 14.0f};      // and behind it
constexpr float kRibAngleDropMm = 6.0f;                  // neck and angle already slope down
constexpr float kCartilageRadiusFraction = 0.7f;         // costal cartilage is thinner than the rib
constexpr float kManubriumWidthFactor = 1.4f;             // manubrium is broader than the body (1.6-1.8x at its widest)
constexpr int kRibSamples = 9;                           // control points around the hoop
constexpr float kSubscapularGapMm = 9.0f;                // subscapularis between scapula and ribs
// The blade is curved, hollow in front, so it follows the convex back of the rib cage.
constexpr float kBladeSagMm = 12.0f;                     // how far the lateral edge turns forward
constexpr float kBladeCrownFraction = 0.25f;             // flat from the medial border to here, then curving
constexpr float kBladeRestingFraction = 0.3f;            // the medial part that rests on the ribs
constexpr float kMaxBladeLeanDeg = 20.0f;                // the fit asks ~28°; beyond ~20° the superior angle meets the 2nd rib

std::size_t at(int i) { return static_cast<std::size_t>(i); }
float sgn(Side s) { return s == Side::Left ? 1.0f : -1.0f; }
std::string sideTitle(Side s) { return s == Side::Left ? "Left" : "Right"; }
glm::vec3 xf(const glm::mat4& m, glm::vec3 p) { return glm::vec3(m * glm::vec4(p, 1.0f)); }
float mix(const float (&range)[2], float t) { return range[0] + (range[1] - range[0]) * std::clamp(t, 0.0f, 1.0f); }

std::string ordinal(int k) {
  const char* suffix = (k == 1) ? "st" : (k == 2) ? "nd" : (k == 3) ? "rd" : "th";
  return std::to_string(k) + suffix;
}

// Half width of the thorax at rib k: widening from the 1st rib to the 7th–8th, then narrowing.
float thoraxHalfWidth(const anatomy::ContextMorphometry& c, int k) {
  const float grow = std::sin(std::min(k - 1, 6) / 6.0f * kPi / 2);
  float hw = c.thoraxHalfWidthT1Mm.f() + (c.thoraxHalfWidthMaxMm.f() - c.thoraxHalfWidthT1Mm.f()) * grow;
  if (k > 8) hw = c.thoraxHalfWidthMaxMm.f() - 9.0f * static_cast<float>(k - 8);
  return hw;
}

// Depth from the rib angle to the front end: the thoracic inlet is shallow, the 8th rib hoop deepest.
float thoraxDepth(const anatomy::ContextMorphometry& c, int k) {
  return c.thoraxDepthMaxMm.f() * (0.5f + 0.5f * std::sin(std::min(k - 1, 7) / 7.0f * kPi / 2));
}

// How far the front end falls below the rib angle, as a fraction of the data's mid-rib drop.
float dropFraction(int k) {
  if (k == 1) return 0.6f;
  if (k <= 7) return 0.85f + 0.05f * static_cast<float>(k - 2);
  if (k <= 10) return 1.3f;
  return k == 11 ? 0.9f : 0.6f;
}

// Height (model y) of a thoracic level: 4.0 is the centre of T4, 4.5 the T4–T5 disc.
float thoracicLevelY(const anatomy::RestSkeleton& rest, float level) {
  const int lower = std::clamp(static_cast<int>(std::floor(level)), 1, 12);
  const int upper = std::min(12, lower + 1);
  const float t = std::clamp(level - static_cast<float>(lower), 0.0f, 1.0f);
  auto centreY = [&](int k) { return rest.restWorld[at(anatomy::index(Vertebra::T1) + k - 1)][3].y; };
  return centreY(lower) + (centreY(upper) - centreY(lower)) * t;
}

// Control points of rib k on one side, model space, head first.
std::vector<glm::vec3> ribControlPoints(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, int k,
                                        Side side, std::optional<float> frontZ = std::nullopt) {
  const auto& c = m.context;
  const Vertebra v = anatomy::vertebraAt(anatomy::index(Vertebra::T1) + k - 1);
  const glm::mat4& world = rest.restWorld[at(anatomy::index(v))];
  const auto& d = m.vertebra(v);
  const float H = 2.0f * anatomy::bodyHalfHeightMm(m, v);
  const float sx = sgn(side);
  // Head on the posterolateral rim of the body; tubercle on the front of the transverse process tip.
  const float ifw = 0.5f * d.superiorFacet.interfacetWidthMm.f();
  const float tipLateral = 0.5f * d.transverseProcess.spanMm.f() - ifw;
  const float zRoot = d.superiorFacet.apOffsetMm.f() + 2.0f;
  const glm::vec3 head = xf(world, {sx * (0.5f * d.body.widthMm.f() + 3.0f), 0.5f * H, -0.5f * d.body.depthMm.f() + 4.0f});
  const glm::vec3 tubercle = xf(world, {sx * 0.5f * d.transverseProcess.spanMm.f(), 0.2f * H + 4.0f,
                                        zRoot - tipLateral * std::tan(glm::radians(d.transverseProcess.dorsalAngleDeg.f())) + 5.0f});
  const float growth = static_cast<float>(k - 1) / 7.0f;
  const glm::vec3 angle = tubercle + glm::vec3(sx * mix(kRibAngleLateralMm, growth), -kRibAngleDropMm, -mix(kRibAngleBackMm, growth));

  // Elliptical hoop through the rib angle, centred on the midline.
  const float a = std::max(thoraxHalfWidth(c, k), std::abs(angle.x) + 5.0f);
  float b = 0.5f * thoraxDepth(c, k);
  const float phi0 = std::asin(std::min(0.97f, std::abs(angle.x) / a));
  float phiEnd;
  if (k <= 7) {
    phiEnd = kPi - std::asin(std::min(0.95f, (0.5f * c.sternumWidthMm.f() + 2.0f) / a));  // reaches the sternum
  } else if (k <= 10) {
    phiEnd = 0.8f * kPi;  // false ribs: cartilage turns up to the rib above
  } else {
    phiEnd = (k == 11 ? 0.58f : 0.45f) * kPi;  // floating ribs end free in the flank
  }
  // A true rib whose front is given (its costal notch on the sternum) takes the hoop depth that
  // brings it there.
  if (frontZ && k <= 7) b = std::max(20.0f, (*frontZ - angle.z) / (std::cos(phi0) - std::cos(phiEnd)));
  const float centreZ = angle.z + b * std::cos(phi0);
  const float drop = c.ribAnteriorDropMm.f() * dropFraction(k);
  std::vector<glm::vec3> points{head, tubercle, angle};
  for (int i = 1; i <= kRibSamples; ++i) {
    const float u = static_cast<float>(i) / kRibSamples;
    const float phi = phi0 + (phiEnd - phi0) * u;
    // True ribs level out toward the sternum where the cartilage climbs to meet it.
    const float fall = k <= 7 ? std::sin(u * kPi / 2) : u;
    points.push_back({sx * a * std::sin(phi), angle.y - drop * fall, centreZ - b * std::cos(phi)});
  }
  return points;
}

TriangleMesh extractSmall(const Shape& shapeIn, float cell, std::size_t triangles) {
  Shape shape = shapeIn;
  shape.computeBounds(2.0f * cell);
  return extractSimplified(shape, cell, triangles);
}

// Mirror image through the midsagittal plane (x → −x), still wound outward.
TriangleMesh mirrorX(const TriangleMesh& m) {
  TriangleMesh out = m;
  for (auto& p : out.positions) p.x = -p.x;
  for (auto& n : out.normals) n.x = -n.x;
  for (std::size_t t = 0; t + 2 < out.indices.size(); t += 3) std::swap(out.indices[t + 1], out.indices[t + 2]);
  return out;
}

// Blade coordinates: pu across the blade (0 at the medial border), pv up along it, pw out of
// its posterior face. The blade is curved about its long axis, hollow in front, so its lateral
// part follows the rib cage as it turns forward: bend(pu) <= 0 is the surface's offset.
float bladeBend(float width, float pu) {
  const float crown = kBladeCrownFraction * width;
  const float t = std::max(0.0f, pu - crown) / (width - crown);
  return -kBladeSagMm * t * t;
}

struct BladeFrame {
  glm::vec3 origin, u, up, back;
};

// Where the scapula sits. Its origin is the root of the scapular spine on the medial border,
// level with the spinous process below the superior angle; the blade turns forward laterally
// by the scapular plane angle and leans forward at the top as the back of the rib cage does
// under it (the thoracic curve), then moves back until it clears every rib under it by the
// subscapularis.
BladeFrame placeBlade(const anatomy::ContextMorphometry& c, const RibCageLayout& ribs, Side side, int topRib, int perSpan) {
  const float H = c.scapulaHeightMm.f(), W = c.scapulaWidthMm.f();
  const float alpha = glm::radians(c.scapulaPlaneAngleDeg.f());
  const auto s = static_cast<std::size_t>(side);
  const float sx = sgn(side);
  BladeFrame f;
  f.u = {sx * std::cos(alpha), 0.0f, std::sin(alpha)};      // along the blade, lateral and forward
  f.up = {0.0f, 1.0f, 0.0f};
  f.back = {sx * std::sin(alpha), 0.0f, -std::cos(alpha)};  // out of the blade's posterior face
  const glm::vec3 superiorAngleLevel = ribs.ribs[at(topRib - 1)][s].front();
  f.origin = {sx * c.scapulaMedialBorderMm.f(), superiorAngleLevel.y + 5.0f - 0.22f * H, 0.0f};
  std::vector<glm::vec3> ribPoints;  // centrelines of the ribs the blade can overlie
  for (int k = topRib; k <= std::min(12, topRib + 6); ++k) {
    const auto curve = smoothCurve(ribs.ribs[at(k - 1)][s], perSpan);
    ribPoints.insert(ribPoints.end(), curve.begin(), curve.end());
  }
  // Lean: the slope of depth against height of the ribs under the medial third, where the
  // blade rests on them (least squares over each rib's most posterior point there).
  double n = 0, sy = 0, sd = 0, syy = 0, syd = 0;
  for (int k = topRib; k <= std::min(12, topRib + 6); ++k) {
    float bestDepth = -1e9f, bestY = 0.0f;
    for (const glm::vec3& p : smoothCurve(ribs.ribs[at(k - 1)][s], perSpan)) {
      const glm::vec3 d = p - f.origin;
      const float pu = glm::dot(d, f.u);
      if (pu < -5.0f || pu > kBladeRestingFraction * W || d.y < -0.8f * H || d.y > 0.25f * H) continue;
      if (glm::dot(d, f.back) > bestDepth) bestDepth = glm::dot(d, f.back), bestY = d.y;
    }
    if (bestDepth < -1e8f) continue;
    n += 1; sy += bestY; sd += bestDepth; syy += double(bestY) * bestY; syd += double(bestY) * bestDepth;
  }
  const double det = n * syy - sy * sy;
  if (n >= 3 && det > 1e-6) {
    const float slope = std::clamp(static_cast<float>((n * syd - sy * sd) / det), -std::tan(glm::radians(kMaxBladeLeanDeg)), 0.0f);
    const glm::vec3 up = glm::normalize(f.up + slope * f.back), back = glm::normalize(f.back - slope * f.up);
    f.up = up;
    f.back = back;
  }
  float deepest = -1e9f;  // how far the ribs reach behind the blade's curved surface
  for (const glm::vec3& p : ribPoints) {
    const glm::vec3 d = p - f.origin;
    const float pu = glm::dot(d, f.u), pv = glm::dot(d, f.up);
    if (pu > -5.0f && pu < W + 5.0f && pv > -0.85f * H && pv < 0.35f * H)
      deepest = std::max(deepest, glm::dot(d, f.back) - bladeBend(W, pu));
  }
  if (deepest > -1e8f) f.origin.z -= (deepest + c.ribRadiusMm.f() + kSubscapularGapMm) / -f.back.z;
  return f;
}

}  // namespace

RibCageLayout addRibCage(MeshData& data, const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, int sides,
                         int perSpan) {
  const auto& c = m.context;
  RibCageLayout layout;
  std::array<std::array<std::vector<glm::vec3>, 2>, 12> hoops;  // full rib curves, before the cartilage is split off
  for (int k = 1; k <= 12; ++k) {
    for (Side side : anatomy::kSides) {
      const auto s = static_cast<std::size_t>(side);
      hoops[at(k - 1)][s] = ribControlPoints(m, rest, k, side);
    }
  }
  // Sternum: the sternal angle at its level, in front where the 2nd ribs meet; the manubrium
  // rises (and leans back) to the jugular notch at its level; the body leaves the manubrium at
  // the sternal angle and runs down to the xiphisternal joint, then the xiphoid.
  const float manubriumLength = c.manubriumLengthMm.f(), bodyLength = c.sternalBodyLengthMm.f();
  const float ribTwoFrontZ = 0.5f * (hoops[1][0].back().z + hoops[1][1].back().z);
  const glm::vec3 sternalAngle{0.0f, thoracicLevelY(rest, c.sternalAngleLevel.f()), ribTwoFrontZ};
  const float rise = std::min(thoracicLevelY(rest, c.jugularNotchLevel.f()) - sternalAngle.y, 0.98f * manubriumLength);
  const glm::vec3 jugularNotch = sternalAngle + glm::vec3(0.0f, rise, -std::sqrt(manubriumLength * manubriumLength - rise * rise));
  const glm::vec3 manubriumDown = glm::normalize(sternalAngle - jugularNotch);
  const float bend = glm::radians(180.0f - c.sternalAngleDeg.f());  // the body turns back toward the vertical
  const glm::vec3 bodyDown{0.0f, manubriumDown.y * std::cos(bend) - manubriumDown.z * std::sin(bend),
                           manubriumDown.z * std::cos(bend) + manubriumDown.y * std::sin(bend)};
  const glm::vec3 xiphisternal = sternalAngle + bodyLength * bodyDown;
  const glm::vec3 xiphoidTip = xiphisternal + c.xiphoidLengthMm.f() * glm::normalize(bodyDown + glm::vec3(0.0f, 0.0f, 0.15f));
  const float w = 0.5f * c.sternumWidthMm.f();
  layout.jugularNotch = jugularNotch;
  layout.sternalAngle = sternalAngle;
  layout.xiphisternalJoint = xiphisternal;
  layout.manubriumTop = jugularNotch;
  layout.manubriumHalfWidth = kManubriumWidthFactor * w;
  layout.sternumJoint = anatomy::index(Vertebra::T4);
  auto segment = [&](const char* name, glm::vec3 from, glm::vec3 to, float halfWidth, float halfThickness, std::size_t triangles) {
    Shape shape;
    shape.add(roundBox(0.5f * (from + to), axesFromY(glm::normalize(from - to)),
                       {halfWidth, 0.5f * glm::length(from - to), halfThickness}, std::min(3.0f, halfThickness - 0.5f), 3.0f));
    appendRigidPart(data, {name, PartKind::RibCage, Vertebra::T4, std::nullopt, 0, 0}, extractSmall(shape, 2.2f, triangles),
                    layout.sternumJoint);
  };
  segment("Manubrium", jugularNotch, sternalAngle, layout.manubriumHalfWidth, 6.0f, 400);
  segment("Body of sternum", sternalAngle, xiphisternal, w, 5.0f, 500);
  segment("Xiphoid process", xiphisternal, xiphoidTip, 0.4f * w, 3.0f, 150);
  // Where each true rib's cartilage meets the sternum (its costal notch): the 1st on the
  // manubrium below the clavicle, the 2nd at the sternal angle, 3rd–7th down the body with the
  // 7th at the xiphisternal joint.
  auto costalNotch = [&](int k, float sx) {
    const glm::vec3 p = k == 1 ? glm::mix(jugularNotch, sternalAngle, 0.45f)
                               : glm::mix(sternalAngle, xiphisternal, static_cast<float>(k - 2) / 5.0f);
    const float halfWidth = k == 1 ? layout.manubriumHalfWidth : w;
    return p + glm::vec3(sx * (halfWidth - 1.0f), 0.0f, 0.0f);
  };

  // The true ribs curve round to meet the sternum where it lies.
  for (int k = 1; k <= 7; ++k) {
    for (Side side : anatomy::kSides) {
      hoops[at(k - 1)][static_cast<std::size_t>(side)] = ribControlPoints(m, rest, k, side, costalNotch(k, sgn(side)).z);
    }
  }

  for (int k = 1; k <= 12; ++k) {
    const Vertebra v = anatomy::vertebraAt(anatomy::index(Vertebra::T1) + k - 1);
    const int vi = anatomy::index(v);
    for (Side side : anatomy::kSides) {
      const auto s = static_cast<std::size_t>(side);
      const std::vector<glm::vec3>& hoop = hoops[at(k - 1)][s];
      // The bony rib ends at the costochondral junction, a few hoop points short of the front.
      const std::size_t cartilageSpans = k <= 2 ? 1 : k <= 5 ? 2 : k <= 7 ? 3 : k <= 10 ? 1 : 0;
      const std::size_t boneEnd = hoop.size() - 1 - cartilageSpans;
      std::vector<glm::vec3> bone(hoop.begin(), hoop.begin() + static_cast<std::ptrdiff_t>(boneEnd + 1));
      std::vector<glm::vec3> cartilage;
      int cartilageTargetJoint = -1;
      if (k <= 7) {
        // True rib: the cartilage keeps the hoop's sweep but is drawn to its costal notch.
        const glm::vec3 shift = costalNotch(k, sgn(side)) - hoop.back();
        for (std::size_t i = boneEnd; i < hoop.size(); ++i) {
          const float t = static_cast<float>(i - boneEnd) / static_cast<float>(cartilageSpans);
          cartilage.push_back(hoop[i] + t * t * shift);
        }
        cartilageTargetJoint = layout.sternumJoint;
      } else if (k <= 10) {
        // False rib: the cartilage turns up to join the cartilage above, forming the costal arch.
        const auto& above = layout.cartilages[at(k - 2)][s];
        const glm::vec3 join = above[above.size() / 2];
        cartilage.assign(hoop.begin() + static_cast<std::ptrdiff_t>(boneEnd), hoop.end());
        cartilage.push_back(0.5f * (cartilage.back() + join) + glm::vec3(0.0f, -5.0f, 3.0f));
        cartilage.push_back(join);
        cartilageTargetJoint = layout.cartilageJoints[at(k - 2)][s];
      }
      layout.ribs[at(k - 1)][s] = bone;
      if (!cartilage.empty()) layout.ribs[at(k - 1)][s].insert(layout.ribs[at(k - 1)][s].end(), cartilage.begin() + 1, cartilage.end());
      layout.cartilages[at(k - 1)][s] = cartilage;

      const int joint = static_cast<int>(data.skeleton.size());
      glm::mat4 bind = rest.restWorld[at(vi)];
      bind[3] = glm::vec4(hoop.front(), 1.0f);
      const std::string title = sideTitle(side) + " " + ordinal(k) + " rib";
      data.skeleton.push_back({title, vi, bind});
      layout.cartilageJoints[at(k - 1)][s] = joint;
      const auto curve = smoothCurve(bone, perSpan);
      appendRigidPart(data, {title, PartKind::RibCage, v, side, 0, 0}, sweepTube(curve, {c.ribRadiusMm.f()}, sides), joint);
      if (cartilage.empty()) continue;  // floating ribs end free in the flank
      // The cartilage bends with the rib at its lateral end and with what it joins medially.
      const auto cartilageCurve = smoothCurve(cartilage, std::max(2, perSpan / 2));
      const glm::vec3 from = cartilage.front(), span = cartilage.back() - cartilage.front();
      const float spanLen2 = std::max(1.0f, glm::dot(span, span));
      const int target = cartilageTargetJoint;
      appendPart(data, {sideTitle(side) + " " + ordinal(k) + " costal cartilage", PartKind::RibCage, v, side, 0, 0},
                 sweepTube(cartilageCurve, {kCartilageRadiusFraction * c.ribRadiusMm.f()}, sides),
                 [&](const glm::vec3& p, glm::u16vec4& j, glm::vec4& wgt) {
                   const float t = std::clamp(glm::dot(p - from, span) / spanLen2, 0.0f, 1.0f);
                   j = glm::u16vec4(static_cast<std::uint16_t>(joint), static_cast<std::uint16_t>(target), 0, 0);
                   wgt = glm::vec4(1.0f - t, t, 0, 0);
                 });
    }
  }
  return layout;
}

glm::vec3 addShoulderGirdle(MeshData& data, const anatomy::SpineMorphometry& m,
                            const RibCageLayout& ribs, const GirdleDetail& detail) {
  const auto& c = m.context;
  const float H = c.scapulaHeightMm.f(), W = c.scapulaWidthMm.f();
  const int topRib = std::clamp(static_cast<int>(std::lround(c.scapulaSuperiorAngleRib.value)), 1, 6);
  glm::vec3 leftAcromion{0.0f};
  TriangleMesh leftScapula;
  for (Side side : anatomy::kSides) {
    const float sx = sgn(side);
    const BladeFrame f = placeBlade(c, ribs, side, topRib, detail.perSpan);
    const glm::vec3 origin = f.origin, u = f.u, up = f.up, back = f.back;
    auto P = [&](float pu, float pv, float pw) { return origin + pu * u + pv * up + (pw + bladeBend(W, pu)) * back; };
    auto Pq = [&](glm::vec3 q) { return P(q.x, q.y, q.z); };

    Shape sc;
    // Flat pieces of the blade follow the curve as a mesh of small plates; ridges as a chain
    // of short capsules (all given in blade coordinates).
    auto curvedPlate = [&](glm::vec3 a, glm::vec3 b, glm::vec3 c3, float halfThickness, float blend, int n) {
      auto q = [&](int i, int j) { return Pq(a + (b - a) * (static_cast<float>(i) / n) + (c3 - a) * (static_cast<float>(j) / n)); };
      for (int i = 0; i < n; ++i) {
        for (int j = 0; i + j < n; ++j) {
          sc.add(slab(q(i, j), q(i + 1, j), q(i, j + 1), halfThickness, blend));
          if (i + j + 1 < n) sc.add(slab(q(i + 1, j), q(i + 1, j + 1), q(i, j + 1), halfThickness, blend));
        }
      }
    };
    auto curvedRidge = [&](glm::vec3 a, glm::vec3 b, float ra, float rb, float blend, int n) {
      for (int i = 0; i < n; ++i) {
        const float t0 = static_cast<float>(i) / n, t1 = static_cast<float>(i + 1) / n;
        sc.add(capsule(Pq(a + (b - a) * t0), Pq(a + (b - a) * t1), ra + (rb - ra) * t0, ra + (rb - ra) * t1, blend));
      }
    };
    const glm::vec3 superiorAngleQ{4.0f, 0.22f * H, 0}, inferiorAngleQ{0.12f * W, -0.78f * H, 0};
    const glm::vec3 neckQ{0.84f * W, 0.03f * H, 0}, notchQ{0.6f * W, 0.17f * H, 0};
    const glm::vec3 crestEndQ{0.86f * W, 0.17f * H, 15.0f};
    curvedPlate(superiorAngleQ, inferiorAngleQ, neckQ, 2.0f, 3.0f, 4);       // blade (infraspinous + subscapular fossa)
    curvedPlate(superiorAngleQ, neckQ, notchQ, 2.0f, 3.0f, 2);               // supraspinous part
    curvedRidge(superiorAngleQ, inferiorAngleQ, 2.8f, 3.2f, 2.5f, 2);       // medial border
    curvedRidge(inferiorAngleQ, neckQ, 3.5f, 5.0f, 3.0f, 3);                // thick lateral border
    curvedRidge(superiorAngleQ, notchQ, 2.5f, 2.5f, 2.5f, 2);               // superior border
    // Spine of the scapula: a ridge rising laterally to the acromion.
    curvedRidge({1.0f, 0.0f, 1.0f}, crestEndQ, 2.5f, 4.5f, 3.0f, 3);
    curvedPlate({0.0f, -0.01f * H, 0}, {0.8f * W, 0.1f * H, 0}, crestEndQ, 1.8f, 2.5f, 2);
    const glm::vec3 neck = Pq(neckQ);
    // Acromion: a flat process over the shoulder joint, turning forward.
    const glm::vec3 acromion = P(W + 10.0f, 0.2f * H + 6.0f, 2.0f);
    sc.add(roundBox(acromion, glm::mat3(u, up, back), {14.0f, 4.0f, 13.0f}, 3.5f, 5.0f));
    // Coracoid process: up from the superior border, then hooking forward and laterally.
    const glm::vec3 coracoidBase = P(0.74f * W, 0.15f * H, 0), coracoidKnee = P(0.76f * W, 0.25f * H, -9.0f);
    sc.add(capsule(coracoidBase, coracoidKnee, 5.0f, 4.5f, 3.0f));
    sc.add(capsule(coracoidKnee, P(0.9f * W, 0.22f * H, -32.0f), 4.5f, 3.5f, 2.0f));
    // Glenoid cavity facing laterally (and a little forward), on a short neck.
    const glm::vec3 glenoid = P(W, 0.05f * H, -3.0f);
    sc.add(capsule(neck, glenoid - 3.0f * u, 6.0f, 7.0f, 3.0f));
    Primitive fossa = ellipsoid(glenoid, glm::mat3(u, up, back), {7.0f, 0.5f * c.glenoidHeightMm.f(), 0.5f * c.glenoidWidthMm.f()}, 2.0f);
    fossa.cutCount = 1;
    fossa.cutPoint[0] = glenoid + 2.0f * u;
    fossa.cutNormal[0] = u;
    sc.add(fossa);
    // The model is bilaterally symmetric: the right scapula is the left one mirrored.
    if (side == Side::Left) leftScapula = extractSmall(sc, detail.cell, detail.scapulaTriangles);
    const TriangleMesh scapula = side == Side::Left ? leftScapula : mirrorX(leftScapula);

    const int joint = static_cast<int>(data.skeleton.size());
    glm::mat4 bind(1.0f);
    bind[3] = glm::vec4(origin, 1.0f);
    const std::string title = sideTitle(side) + " scapula";
    data.skeleton.push_back({title, anatomy::index(Vertebra::T3), bind});
    appendRigidPart(data, {title, PartKind::Scapula, std::nullopt, side, 0, 0}, scapula, joint);

    // Clavicle: S-shaped strut from the manubrium to the acromion; medial end follows the
    // sternum, lateral end the scapula.
    const glm::vec3 medial = ribs.manubriumTop + glm::vec3(sx * (ribs.manubriumHalfWidth + 4.0f), -2.0f, 0.0f);
    const glm::vec3 lateral = acromion + glm::vec3(0.0f, 4.0f, 0.0f) - 8.0f * u;
    const glm::vec3 span = lateral - medial;
    std::vector<glm::vec3> clavicle{medial, medial + 0.33f * span + glm::vec3(0, 2.0f, 12.0f),
                                    medial + 0.7f * span + glm::vec3(0, 3.0f, -6.0f), lateral};
    const auto curve = smoothCurve(clavicle, detail.perSpan);
    std::vector<float> radii(curve.size(), 6.0f);
    radii.front() = radii.back() = 7.0f;
    const int sternumJoint = ribs.sternumJoint;
    const float spanLen2 = glm::dot(span, span);
    appendPart(data, {sideTitle(side) + " clavicle", PartKind::RibCage, std::nullopt, side, 0, 0},
               sweepTube(curve, radii, detail.tubeSides),
               [&](const glm::vec3& p, glm::u16vec4& j, glm::vec4& wgt) {
                 const float t = std::clamp(glm::dot(p - medial, span) / spanLen2, 0.0f, 1.0f);
                 j = glm::u16vec4(static_cast<std::uint16_t>(sternumJoint), static_cast<std::uint16_t>(joint), 0, 0);
                 wgt = glm::vec4(1.0f - t, t, 0, 0);
               });
    if (side == Side::Left) leftAcromion = acromion;
  }
  return leftAcromion;
}

}  // namespace spineview::mesh
