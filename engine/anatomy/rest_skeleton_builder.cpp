#include "anatomy/rest_skeleton_builder.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "anatomy/artery_route.h"

namespace spineview::anatomy {

namespace {

// Layout rules of the model (not measurements): where landmarks sit relative to the bones
// whose sizes come from the data.
constexpr float kMinRimGapMm = 0.5f;            // keeps bodies apart if concavities exceed the disc
constexpr float kThoracicForamenRise = 0.25f;   // thoracic foramina lie beside the upper body's lower quarter
constexpr float kC2NerveBehindBodyMm = 8.0f;    // C2 root leaves behind the lateral atlanto-axial joint
constexpr float kC1NerveAboveArchMm = 3.0f;     // C1 root runs on the posterior arch with the artery
constexpr float kC1NerveBehindRingMm = 10.0f;

float radians(double deg) { return glm::radians(static_cast<float>(deg)); }
float sideSign(Side s) { return s == Side::Left ? 1.0f : -1.0f; }  // +X is the patient's left
std::size_t at(int i) { return static_cast<std::size_t>(i); }

glm::mat4 translate(float x, float y, float z) { return glm::translate(glm::mat4(1.0f), glm::vec3(x, y, z)); }
glm::mat4 rotateX(float angleRad) { return glm::rotate(glm::mat4(1.0f), angleRad, glm::vec3(1, 0, 0)); }

// Dens centre line at height h above the axis body's top, in C2's frame (tilted backwards).
float densAxisZ(const SpineMorphometry& m, float heightAboveBody) {
  return -std::sin(radians(m.axis.densPosteriorTiltDeg)) * heightAboveBody;
}

}  // namespace

float bodyHalfHeightMm(const SpineMorphometry& m, Vertebra v) {
  return static_cast<float>(0.5 * m.vertebra(v).body.meanHeightMm());
}

float discRimGapMm(const SpineMorphometry& m, int segment) {
  const auto& seg = m.segment(segment);
  if (!seg.disc) return 0.0f;
  const double gap = seg.disc->middleHeightMm - m.vertebra(vertebraAt(segment)).body.inferiorConcavityMm -
                     m.vertebra(vertebraAt(segment + 1)).body.superiorConcavityMm;
  return std::max(kMinRimGapMm, static_cast<float>(gap));
}

glm::mat4 upperInLowerFrame(const SpineMorphometry& m, int s) {
  const auto& seg = m.segment(s);
  const float gap = seg.neutralFacetGapMm.f();
  const glm::mat4 tilt = rotateX(radians(seg.restSagittalAngleDeg));
  if (s == 0) {  // occiput on the atlas: condyles rest in the superior facets of the lateral masses
    const float lateralMassHalf = 0.5f * m.atlas.lateralMassHeightMm.f();
    return translate(0, lateralMassHalf + 0.5f * gap, 0) * tilt *
           translate(0, 0.5f * gap + 0.5f * m.occiput.condyleHeightMm.f(), 0);
  }
  if (s == 1) {  // atlas on the axis: ring centre lies behind the dens
    const float bodyHalf = bodyHalfHeightMm(m, Vertebra::C2);
    const float lateralMassHalf = 0.5f * m.atlas.lateralMassHeightMm.f();
    const float densMidZ = densAxisZ(m, 0.5f * m.axis.densHeightMm.f());
    return translate(0, bodyHalf + 0.5f * gap, 0) * tilt *
           translate(0, 0.5f * gap + lateralMassHalf, densMidZ - m.atlas.ringToDensCentreMm.f());
  }
  const Vertebra upper = vertebraAt(s), lower = vertebraAt(s + 1);
  const float rim = discRimGapMm(m, s);
  // Posterior body walls line up, as on a lateral radiograph.
  const float alignZ = 0.5f * (m.vertebra(upper).body.depthMm.f() - m.vertebra(lower).body.depthMm.f());
  return translate(0, bodyHalfHeightMm(m, lower) + 0.5f * rim, 0) * tilt *
         translate(0, 0.5f * rim + bodyHalfHeightMm(m, upper), alignZ);
}

glm::vec3 superiorFacetNormal(const SpineMorphometry& m, int s, Side side) {
  const float sx = sideSign(side);
  if (s == 0) {  // atlas superior facets cup the condyles: face up and medially
    const float t = radians(m.atlas.superiorFacetMedialTiltDeg);
    return glm::normalize(glm::vec3(-sx * std::sin(t), std::cos(t), 0.0f));
  }
  if (s == 1) {  // axis superior facets face up and laterally
    const float t = radians(m.axis.superiorFacetLateralTiltDeg);
    return glm::normalize(glm::vec3(sx * std::sin(t), std::cos(t), 0.0f));
  }
  const auto& facet = m.vertebra(vertebraAt(s + 1)).superiorFacet;
  const float tau = radians(facet.transversePlaneAngleDeg);  // plane to horizontal = normal to vertical
  const float medialTurn = radians(90.0 - facet.sagittalPlaneAngleDeg.value);  // > 0: posteromedial
  const glm::vec3 horizontal(-sx * std::sin(medialTurn), 0.0f, -std::cos(medialTurn));
  return glm::normalize(horizontal * std::sin(tau) + glm::vec3(0, 1, 0) * std::cos(tau));
}

namespace {

FacetJointLandmarks facetLandmarks(const SpineMorphometry& m, int s, Side side, const glm::mat4& lowerFromUpper) {
  const float sx = sideSign(side);
  const auto& seg = m.segment(s);
  FacetJointLandmarks f;
  f.neutralGapMm = seg.neutralFacetGapMm.f();
  glm::vec3 jointCentre;  // middle of the joint space, lower frame
  if (s == 0) {
    jointCentre = {sx * 0.5f * m.occiput.condyleSeparationMm.f(), 0.5f * m.atlas.lateralMassHeightMm.f() + 0.5f * f.neutralGapMm, 0};
    f.surfaceWidthMm = m.atlas.superiorFacetWidthMm.f();
    f.surfaceHeightMm = m.atlas.superiorFacetLengthMm.f();
  } else if (s == 1) {
    jointCentre = {sx * 0.5f * m.axis.superiorFacetSeparationMm.f(), bodyHalfHeightMm(m, Vertebra::C2) + 0.5f * f.neutralGapMm,
                   m.axis.superiorFacetApOffsetMm.f()};
    f.surfaceWidthMm = m.atlas.inferiorFacetWidthMm.f();
    f.surfaceHeightMm = m.atlas.inferiorFacetLengthMm.f();
  } else {
    const Vertebra lower = vertebraAt(s + 1);
    const auto& facet = m.vertebra(lower).superiorFacet;
    // The joint line sits at the level of the disc's mid-plane.
    jointCentre = {sx * 0.5f * facet.interfacetWidthMm.f(), bodyHalfHeightMm(m, lower) + 0.5f * discRimGapMm(m, s),
                   facet.apOffsetMm.f()};
    f.surfaceWidthMm = facet.widthMm.f();
    f.surfaceHeightMm = facet.heightMm.f();
  }
  f.lowerSurfaceNormal = superiorFacetNormal(m, s, side);
  f.lowerSurfaceCentre = jointCentre - 0.5f * f.neutralGapMm * f.lowerSurfaceNormal;
  const glm::vec3 upperCentreInLower = jointCentre + 0.5f * f.neutralGapMm * f.lowerSurfaceNormal;
  f.upperSurfaceCentre = glm::vec3(glm::inverse(lowerFromUpper) * glm::vec4(upperCentreInLower, 1.0f));
  return f;
}

ForamenLandmarks foramenLandmarks(const SpineMorphometry& m, int s, Side side) {
  const float sx = sideSign(side);
  const auto& seg = m.segment(s);
  ForamenLandmarks f;
  f.restHeightMm = seg.foramenHeightMm.f();
  f.restWidthMm = seg.foramenWidthMm.f();
  if (s == 0) {
    f.centre = {sx * (0.5f * m.atlas.canalWidthMm.f() + 2.0f),
                0.5f * m.atlas.posteriorArchHeightMm.f() + kC1NerveAboveArchMm, -kC1NerveBehindRingMm};
  } else if (s == 1) {
    const auto& c2 = m.vertebra(Vertebra::C2);
    f.centre = {sx * (0.5f * c2.canal.widthMm.f() + 0.5f * c2.pedicle.widthMm.f()),
                bodyHalfHeightMm(m, Vertebra::C2) + seg.neutralFacetGapMm.f(),
                -0.5f * c2.body.depthMm.f() - kC2NerveBehindBodyMm};
  } else {
    const Vertebra upper = vertebraAt(s), lower = vertebraAt(s + 1);
    const auto& l = m.vertebra(lower);
    float y = bodyHalfHeightMm(m, lower) + 0.5f * discRimGapMm(m, s);
    if (isThoracic(lower) && isThoracic(upper)) y += kThoracicForamenRise * 2.0f * bodyHalfHeightMm(m, upper);
    f.centre = {sx * (0.5f * l.canal.widthMm.f() + 0.5f * l.pedicle.widthMm.f()), y,
                -0.5f * l.body.depthMm.f() - 0.5f * f.restWidthMm};
  }
  return f;
}

glm::vec3 pointOf(const Point3Morphometry& p, float sx) { return {sx * p.x.f(), p.y.f(), p.z.f()}; }

}  // namespace

RestSkeleton buildRestSkeleton(const SpineMorphometry& m) {
  RestSkeleton rest;
  std::array<glm::mat4, kSegmentCount> lowerFromUpper{};
  for (int s = 0; s < kSegmentCount; ++s) lowerFromUpper[at(s)] = upperInLowerFrame(m, s);

  // Chain from T12 upwards, then level the head and put the C7 body centre at the origin.
  std::array<glm::mat4, kVertebraCount> chain{};
  chain[at(kVertebraCount - 1)] = glm::mat4(1.0f);
  for (int i = kVertebraCount - 2; i >= 0; --i) chain[at(i)] = chain[at(i + 1)] * lowerFromUpper[at(i)];
  glm::mat4 levelHead = glm::inverse(glm::mat4(glm::mat3(chain[0])));
  const glm::vec3 c7 = glm::vec3(levelHead * chain[at(index(Vertebra::C7))][3]);
  const glm::mat4 global = translate(-c7.x, -c7.y, -c7.z) * levelHead;
  for (int i = 0; i < kVertebraCount; ++i) rest.restWorld[at(i)] = global * chain[at(i)];

  for (int s = 0; s < kSegmentCount; ++s) {
    SegmentLandmarks& seg = rest.segments[at(s)];
    const auto& data = m.segment(s);
    seg.hasDisc = data.disc.has_value();
    const Vertebra lower = vertebraAt(s + 1);
    if (data.rotationCentreIsFraction) {
      const auto& body = m.vertebra(lower).body;
      seg.rotationCentre = {0.0f, data.rotationCentreHeight.f() * bodyHalfHeightMm(m, lower),
                            data.rotationCentreAnterior.f() * 0.5f * body.depthMm.f()};
    } else {
      seg.rotationCentre = {0.0f, data.rotationCentreHeight.f(), data.rotationCentreAnterior.f()};
    }
    for (Side side : kSides) {
      seg.facets[static_cast<std::size_t>(side)] = facetLandmarks(m, s, side, lowerFromUpper[at(s)]);
      seg.foramina[static_cast<std::size_t>(side)] = foramenLandmarks(m, s, side);
    }
  }

  // Transverse foramina: C1 from the atlas data, C2–C7 from the per-level table.
  const float atlasTfX = 0.25f * (m.atlas.tfInnerDistanceMm.f() + m.atlas.tfOuterDistanceMm.f());
  rest.vertebrae[at(index(Vertebra::C1))].transverseForamen = std::array<glm::vec3, 2>{
      glm::vec3(atlasTfX, 0, 0), glm::vec3(-atlasTfX, 0, 0)};
  rest.vertebrae[at(index(Vertebra::C1))].transverseForamenDiameterMm =
      0.5f * (m.atlas.tfApMm.f() + m.atlas.tfTransverseMm.f());
  for (int i = index(Vertebra::C2); i <= index(Vertebra::C7); ++i) {
    const auto& tf = *m.vertebra(vertebraAt(i)).transverseForamen;
    const float x = tf.lateralOffsetMm.f(), z = tf.apOffsetMm.f();
    rest.vertebrae[at(i)].transverseForamen = std::array<glm::vec3, 2>{glm::vec3(x, 0, z), glm::vec3(-x, 0, z)};
    rest.vertebrae[at(i)].transverseForamenDiameterMm = tf.diameterMm.f();
  }

  for (Side side : kSides) {
    const float sx = sideSign(side);
    const auto k = static_cast<std::size_t>(side);
    rest.arteries.subclavianOrigin[k] = pointOf(m.arteries.subclavianOriginT1, sx);
    rest.arteries.atlasGroove[k] = pointOf(m.arteries.atlasGrooveC1, sx);
    rest.arteries.duralEntry[k] = pointOf(m.arteries.duralEntryC0, sx);
  }
  rest.arteries.basilarJunction = {0.0f, m.arteries.basilarJunctionC0.y.f(), m.arteries.basilarJunctionC0.z.f()};
  for (Side side : kSides) rest.vertebralArteries[static_cast<std::size_t>(side)] = vertebralArteryRoute(m, rest, side);
  return rest;
}

core::Result<RestSkeleton> loadRestSkeleton(const std::filesystem::path& assetDir) {
  auto morphometry = loadMorphometry(assetDir / "anatomy");
  if (!morphometry) return morphometry.error();
  return buildRestSkeleton(*morphometry);
}

}  // namespace spineview::anatomy
