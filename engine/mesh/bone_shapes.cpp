#include "mesh/bone_shapes.h"

#include <algorithm>
#include <cmath>

#include "anatomy/rest_skeleton_builder.h"
#include "mesh/skull_shapes.h"

namespace spineview::mesh {

namespace {

using anatomy::Side;
using anatomy::Vertebra;

// Drawing proportions of the model (not measurements): blend radii and the sizes of small
// features the data does not tabulate.
constexpr float kBlend = 1.5f;
constexpr float kLaminaLeanMm = 2.0f;          // a thoracic lamina's lower edge lies behind its upper edge
constexpr float kBodyRounding = 1.5f;
constexpr float kUncinateRiseFraction = 0.6f;  // of the rim gap, so the lips never touch the body above
constexpr float kCervicalPillarAp = 5.6f;      // half AP thickness of a lateral mass (Jian 2023: AP 11.2)
constexpr float kThoracicPillarAp = 4.0f;
constexpr float kBifidTipSpreadMm = 3.5f;      // half distance between the tubercles of a bifid spine
constexpr float kBifidTipSpreadFraction = 0.2f; // ... at least this share of the spine's length
constexpr float kForamenWallMm = 2.8f;         // bone round a cervical transverse foramen

float sgn(Side s) { return s == Side::Left ? 1.0f : -1.0f; }
std::size_t at(int i) { return static_cast<std::size_t>(i); }
const glm::mat3 kIdentity(1.0f);

glm::vec3 transformPoint(const glm::mat4& m, glm::vec3 p) { return glm::vec3(m * glm::vec4(p, 1.0f)); }
glm::vec3 transformDir(const glm::mat4& m, glm::vec3 d) { return glm::normalize(glm::vec3(m * glm::vec4(d, 0.0f))); }

struct FacetPlane {
  glm::vec3 centre;
  glm::vec3 outward;  // points out of the bone, across the joint space
  float width, height;
};

// The superior facet of v (joint with the vertebra above), in v's frame.
FacetPlane superiorFacet(const anatomy::RestSkeleton& rest, Vertebra v, Side side) {
  const auto& f = rest.segments[at(anatomy::index(v) - 1)].facets[static_cast<std::size_t>(side)];
  return {f.lowerSurfaceCentre, f.lowerSurfaceNormal, f.surfaceWidthMm, f.surfaceHeightMm};
}

// The inferior facet of v (joint with the vertebra below), in v's frame.
FacetPlane inferiorFacet(const anatomy::RestSkeleton& rest, Vertebra v, Side side) {
  const int s = anatomy::index(v);
  const auto& f = rest.segments[at(s)].facets[static_cast<std::size_t>(side)];
  const glm::mat4 upperFromLower = glm::inverse(rest.restWorld[at(s)]) * rest.restWorld[at(s + 1)];
  return {f.upperSurfaceCentre, -transformDir(upperFromLower, f.lowerSurfaceNormal), f.surfaceWidthMm, f.surfaceHeightMm};
}

void addCut(Primitive& p, const FacetPlane& plane) {
  p.cutPoint[p.cutCount] = plane.centre;
  p.cutNormal[p.cutCount] = plane.outward;
  ++p.cutCount;
}

// An articular pillar (lateral mass or articular processes) between two facet planes.
void addPillar(Shape& shape, const FacetPlane* top, const FacetPlane* bottom, glm::vec3 topPoint, glm::vec3 bottomPoint,
               float halfWidth, float halfAp, float overshoot) {
  const glm::vec3 axis = topPoint - bottomPoint;
  const float len = glm::length(axis);
  Primitive p = roundBox(0.5f * (topPoint + bottomPoint), axesFromY(axis / len),
                         glm::vec3(halfWidth, 0.5f * len + overshoot, halfAp), 1.5f, 0.8f);
  if (top) addCut(p, *top);
  if (bottom) addCut(p, *bottom);
  shape.add(p);
}

void carveTunnels(Shape& shape, const glm::mat4& worldToLocal, const std::vector<Tunnel>& tunnels) {
  shape.computeBounds(0.0f);
  for (const auto& t : tunnels) {
    for (std::size_t i = 0; i + 1 < t.centreline.size(); ++i) {
      const glm::vec3 a = transformPoint(worldToLocal, t.centreline[i]);
      const glm::vec3 b = transformPoint(worldToLocal, t.centreline[i + 1]);
      const glm::vec3 lo = glm::min(a, b) - glm::vec3(t.radius), hi = glm::max(a, b) + glm::vec3(t.radius);
      if (glm::any(glm::lessThan(hi, shape.boundsMin)) || glm::any(glm::greaterThan(lo, shape.boundsMax))) continue;
      shape.carve(capsule(a, b, t.radius, t.radius, 0.6f));
    }
  }
}

void addTypicalArch(Shape& s, const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, Vertebra v) {
  const auto& d = m.vertebra(v);
  const bool cervical = anatomy::isCervical(v);
  const float W = d.body.widthMm.f(), D = d.body.depthMm.f();
  const float H = 2.0f * anatomy::bodyHalfHeightMm(m, v);
  const float canalW = d.canal.widthMm.f(), canalAp = d.canal.apMm.f();
  const float canalZ = -0.5f * D - 0.5f * canalAp;
  const float pedY = cervical ? 0.0f : 0.2f * H;
  const float lamT = d.lamina.thicknessMm.f(), lamH = d.lamina.heightMm.f();
  const float backZ = canalZ - 0.5f * canalAp - 0.5f * lamT;
  const bool hasBelow = anatomy::index(v) < anatomy::kVertebraCount - 1;

  for (Side side : anatomy::kSides) {
    const float sx = sgn(side);
    FacetPlane top{}, bottom{};
    const bool hasTop = v != Vertebra::C2;
    if (hasTop) top = superiorFacet(rest, v, side);
    if (hasBelow) {
      bottom = inferiorFacet(rest, v, side);
    } else {  // T12: mirror the superior facet downwards for the inferior articular process
      bottom = top;
      bottom.centre.y = top.centre.y - H - 4.0f;
      bottom.outward = glm::vec3(-top.outward.x, -top.outward.y, -top.outward.z);
    }
    const float halfWidth = 0.5f * (hasTop ? top.width : bottom.width) + 0.5f;
    const float halfAp = cervical ? kCervicalPillarAp : kThoracicPillarAp;
    const glm::vec3 topPoint = hasTop ? top.centre : glm::vec3(bottom.centre.x, 0.5f * H - 1.0f, bottom.centre.z + 2.0f);
    addPillar(s, hasTop ? &top : nullptr, &bottom, topPoint, bottom.centre, halfWidth, halfAp,
              hasTop ? 0.45f * top.height : 0.0f);
    const glm::vec3 pillarMid = 0.5f * (topPoint + bottom.centre);

    // Pedicle: body → pillar.
    const float pedX = sx * (0.5f * canalW + 0.5f * d.pedicle.widthMm.f());
    s.add(capsule({pedX, pedY, -0.5f * D + 2.0f}, {sx * std::abs(pillarMid.x) * 0.9f, pedY, pillarMid.z + 1.0f},
                  0.5f * d.pedicle.widthMm.f(), 0.5f * d.pedicle.widthMm.f(), kBlend));
    // Lamina: pillar → midline behind the canal.
    const glm::vec3 lamA{sx * std::abs(pillarMid.x) * 0.85f, pillarMid.y - 1.0f, pillarMid.z - 1.0f};
    const glm::vec3 lamB{0.0f, pillarMid.y - 1.5f, backZ};
    if (cervical) {
      s.add(roundBox(0.5f * (lamA + lamB), glm::mat3(glm::normalize(lamB - lamA), glm::vec3(0, 1, 0),
                                                     glm::normalize(glm::cross(glm::normalize(lamB - lamA), glm::vec3(0, 1, 0)))),
                     glm::vec3(0.5f * glm::length(lamB - lamA) + 1.0f, 0.5f * lamH, 0.5f * lamT), 1.2f, kBlend));
    } else {
      // Thoracic laminae are tall plates that overlap like roof tiles: a round-edged plate whose
      // lower edge leans back and whose inferolateral corner is cut away towards the pillar.
      const float r = 0.5f * lamT, h = 0.5f * lamH - r;
      const glm::vec3 lateralTop = lamA + glm::vec3(0, h, 0), lateralBottom = lamA + glm::vec3(0, -0.3f * h, 0);
      const glm::vec3 medialTop = lamB + glm::vec3(0, h, 0), medialBottom = lamB + glm::vec3(0, -h, -kLaminaLeanMm);
      s.add(slab(lateralTop, lateralBottom, medialBottom, r, kBlend));
      s.add(slab(lateralTop, medialBottom, medialTop, r, kBlend));
    }

    // Transverse process.
    const float tipX = sx * 0.5f * d.transverseProcess.spanMm.f();
    if (cervical) {
      const auto& tf = *d.transverseForamen;
      const float tfz = tf.apOffsetMm.f(), tfx = sx * tf.lateralOffsetMm.f(), r = 0.5f * tf.diameterMm.f();
      const float innerX = sx * (0.5f * W - 1.0f);
      // Anterior and posterior roots with the costotransverse bar: a solid ring round the foramen.
      s.add(roundBox({0.5f * (innerX + tipX), 1.0f, tfz - 0.5f}, kIdentity,
                     {0.5f * std::abs(tipX - innerX), 3.0f, r + kForamenWallMm + 0.5f}, 1.5f, kBlend));
      s.add(capsule({tfx, 1.0f, tfz - r - 1.5f}, {pillarMid.x, pillarMid.y, pillarMid.z + 2.0f}, 2.2f, 2.2f, kBlend));
      s.add(ellipsoid({tipX, 1.0f, tfz + r}, kIdentity, {2.5f, 2.8f, 2.5f}, 1.0f));   // anterior tubercle
      s.add(ellipsoid({tipX, 1.0f, tfz - r - 1.0f}, kIdentity, {2.5f, 2.8f, 2.5f}, 1.0f));  // posterior tubercle
      // The axis's foramen opens up and outward under its superior facet (the artery tunnel
      // carves that exit), so its vertical hole stops short of the articular surface.
      if (v == Vertebra::C2) {
        s.carve(ellipticPrism({tfx, -2.0f, tfz}, kIdentity, r, r, 5.0f, 0.0f, 0.6f));
      } else {
        s.carve(ellipticPrism({tfx, 1.0f, tfz}, kIdentity, r, r, 8.0f, 0.0f, 0.6f));
      }
    } else {
      const float dorsal = glm::radians(d.transverseProcess.dorsalAngleDeg.f());
      const glm::vec3 root{sx * std::abs(pillarMid.x), pedY + 1.0f, pillarMid.z + 2.0f};
      const float lateral = std::abs(tipX) - std::abs(root.x);
      const glm::vec3 tip{tipX, root.y + 3.0f, root.z - lateral * std::tan(dorsal)};
      s.add(capsule(root, tip, 4.0f, 3.5f, kBlend));
      s.add(ellipsoid(tip, kIdentity, {4.5f, 4.5f, 4.5f}, 1.0f));
    }
    if (d.uncinateHeightMm) {
      const float rise = std::min(d.uncinateHeightMm->f(), kUncinateRiseFraction * anatomy::discRimGapMm(m, anatomy::index(v) - 1));
      s.add(roundBox({sx * (0.5f * W - 1.2f), 0.5f * H + 0.5f * rise - 1.0f, -0.15f * D}, kIdentity,
                     {1.2f, 0.5f * rise + 1.0f, 0.3f * D}, 0.8f, 1.0f));
    }
  }

  // Spinous process, sloping down and back; bifid tips C2–C6.
  const float incl = glm::radians(d.spinous.inclinationDeg.f());
  const glm::vec3 base{0.0f, -1.5f, backZ};
  const glm::vec3 dir{0.0f, -std::sin(incl), -std::cos(incl)};
  const float len = d.spinous.lengthMm.f();
  const float baseR = std::min(0.35f * lamH, 5.0f);
  if (d.spinous.bifid) {
    const glm::vec3 fork = base + 0.75f * len * dir;
    s.add(capsule(base, fork, baseR, 2.4f, kBlend));
    const float spread = std::max(kBifidTipSpreadMm, kBifidTipSpreadFraction * len);  // C2's tubercles are far apart
    for (float sx : {1.0f, -1.0f}) s.add(capsule(fork, base + len * dir + glm::vec3(sx * spread, 0, 0), 2.4f, 2.2f, 1.0f));
  } else {
    const glm::vec3 tip = base + len * dir;
    s.add(capsule(base, tip, baseR, cervical ? 3.0f : 3.5f, kBlend));
    s.add(ellipsoid(tip, kIdentity, {cervical ? 4.0f : 3.5f, 4.0f, 3.5f}, 1.5f));
  }
  // Vertebral canal.
  s.carve(ellipticPrism({0.0f, 0.0f, canalZ}, kIdentity, 0.5f * canalW, 0.5f * canalAp, 40.0f, 0.0f, 1.5f));
}

void addBody(Shape& s, const anatomy::SpineMorphometry& m, Vertebra v) {
  const auto& d = m.vertebra(v);
  const float W = d.body.widthMm.f(), D = d.body.depthMm.f();
  const float H = 2.0f * anatomy::bodyHalfHeightMm(m, v);
  if (anatomy::isCervical(v)) {
    s.add(roundBox({0, 0, 0}, kIdentity, {0.5f * W, 0.5f * H, 0.5f * D}, kBodyRounding, kBlend)).blend = 0.0f;
  } else {
    s.add(ellipticPrism({0, 0, 0}, kIdentity, 0.5f * W, 0.5f * D, 0.5f * H, kBodyRounding, kBlend)).blend = 0.0f;
  }
  // Concave endplates, apex in the posterior half.
  const float ry = 4.0f;
  const float sup = d.body.superiorConcavityMm.f(), inf = d.body.inferiorConcavityMm.f();
  if (v != Vertebra::C2 && sup > 0.05f) {
    s.carve(ellipsoid({0, 0.5f * H + ry - sup, -0.08f * D}, kIdentity, {0.33f * W, ry, 0.33f * D}, 0.5f));
  }
  if (inf > 0.05f) s.carve(ellipsoid({0, -0.5f * H - ry + inf, -0.08f * D}, kIdentity, {0.33f * W, ry, 0.33f * D}, 0.5f));
}

void addAxisSpecifics(Shape& s, const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest) {
  const float H = 2.0f * anatomy::bodyHalfHeightMm(m, Vertebra::C2);
  const float tilt = glm::radians(m.axis.densPosteriorTiltDeg.f());
  const float dh = m.axis.densHeightMm.f();
  const glm::vec3 top{0.0f, 0.5f * H + dh, -std::sin(tilt) * dh};
  s.add(capsule({0.0f, 0.5f * H - 3.0f, 0.0f}, top - glm::vec3(0, 0.25f * m.axis.densWidthMm.f(), 0),
                0.5f * m.axis.densWidthMm.f(), 0.4f * m.axis.densWidthMm.f(), 2.5f));
  for (Side side : anatomy::kSides) {
    const auto& f = rest.segments[1].facets[static_cast<std::size_t>(side)];
    Primitive shoulder = roundBox(f.lowerSurfaceCentre - 3.0f * f.lowerSurfaceNormal, axesFromY(f.lowerSurfaceNormal),
                                  {0.5f * f.surfaceWidthMm, 5.0f, 0.5f * f.surfaceHeightMm}, 2.0f, kBlend);
    addCut(shoulder, {f.lowerSurfaceCentre, f.lowerSurfaceNormal, 0, 0});
    s.add(shoulder);
  }
}

void addAtlas(Shape& s, const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest) {
  const auto& a = m.atlas;
  const float t = a.archThicknessMm.f();
  const float ax = 0.5f * a.canalWidthMm.f() + 0.5f * t, az = 0.5f * a.canalApMm.f() + 0.5f * t;
  // Anterior and posterior arches as chains of short boxes along the ring.
  auto arch = [&](float from, float to, float height, int pieces) {
    for (int i = 0; i < pieces; ++i) {
      const float a0 = from + (to - from) * static_cast<float>(i) / pieces;
      const float a1 = from + (to - from) * static_cast<float>(i + 1) / pieces;
      const glm::vec3 p0{ax * std::sin(a0), 0, az * std::cos(a0)}, p1{ax * std::sin(a1), 0, az * std::cos(a1)};
      const glm::vec3 tangent = glm::normalize(p1 - p0);
      const glm::mat3 axes(tangent, glm::vec3(0, 1, 0), glm::cross(tangent, glm::vec3(0, 1, 0)));
      s.add(roundBox(0.5f * (p0 + p1), axes, {0.5f * glm::length(p1 - p0) + 1.0f, 0.5f * height, 0.5f * t}, 2.2f, 1.2f));
    }
  };
  arch(glm::radians(-60.0f), glm::radians(60.0f), a.anteriorArchHeightMm.f(), 6);
  arch(glm::radians(115.0f), glm::radians(245.0f), a.posteriorArchHeightMm.f(), 7);
  s.add(ellipsoid({0, 0, az + 2.0f}, kIdentity, {5.0f, 0.55f * a.anteriorArchHeightMm.f(), 3.5f}, 1.5f));   // anterior tubercle
  s.add(ellipsoid({0, -1.0f, -az - 2.5f}, kIdentity, {6.0f, 0.5f * a.posteriorArchHeightMm.f(), 4.0f}, 1.5f));  // posterior tubercle
  const float tfX = 0.25f * (a.tfInnerDistanceMm.f() + a.tfOuterDistanceMm.f());
  for (Side side : anatomy::kSides) {
    const float sx = sgn(side);
    const auto& top = rest.segments[0].facets[static_cast<std::size_t>(side)];
    const FacetPlane bottom = inferiorFacet(rest, Vertebra::C1, side);
    const float lmX = 0.5f * (top.lowerSurfaceCentre.x + bottom.centre.x);
    Primitive mass = roundBox({lmX, 0, 0}, kIdentity, {0.5f * a.lateralMassWidthMm.f(), 0.5f * a.lateralMassHeightMm.f() + 2.0f,
                                                       0.5f * a.superiorFacetLengthMm.f()}, 2.5f, kBlend);
    addCut(mass, {top.lowerSurfaceCentre, top.lowerSurfaceNormal, 0, 0});
    addCut(mass, bottom);
    s.add(mass);
    // Transverse process with its foramen.
    const float tipX = sx * 0.5f * a.transverseProcessSpanMm.f();
    s.add(capsule({sx * (std::abs(lmX) + 2.0f), 0, 0}, {tipX, -1.0f, -2.0f}, 4.8f, 4.0f, kBlend));
    s.add(ellipsoid({tipX, -1.0f, -2.0f}, kIdentity, {4.5f, 5.5f, 5.5f}, 1.5f));
    // A ring of bone round the foramen; the hole goes through the transverse process only, so
    // it never notches the superior facet of the lateral mass beside it.
    const float tfRx = 0.5f * a.tfTransverseMm.f(), tfRz = 0.5f * a.tfApMm.f();
    s.add(ellipticPrism({sx * tfX, -0.5f, 0}, kIdentity, tfRx + kForamenWallMm, tfRz + kForamenWallMm, 4.0f, 1.5f, kBlend));
    s.carve(ellipticPrism({sx * tfX, -0.5f, 0}, kIdentity, tfRx, tfRz, 6.0f, 0.0f, 0.6f));
  }
}

}  // namespace

Shape vertebraShape(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, Vertebra v,
                    const std::vector<Tunnel>& tunnels) {
  Shape s;
  if (v == Vertebra::C0) {
    addSkull(s, m, rest);
  } else if (v == Vertebra::C1) {
    addAtlas(s, m, rest);
  } else {
    addBody(s, m, v);
    addTypicalArch(s, m, rest, v);
    if (v == Vertebra::C2) addAxisSpecifics(s, m, rest);
  }
  carveTunnels(s, glm::inverse(rest.restWorld[at(anatomy::index(v))]), tunnels);
  s.computeBounds(2.0f);
  return s;
}

}  // namespace spineview::mesh
