#include "mesh/skull_shapes.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace spineview::mesh {

namespace {

using anatomy::Side;

// Drawing proportions of the skull (not measurements): where the data gives a breadth or a
// length, these place and round the pieces that carry it.
constexpr float kCondyleMandibleAheadMm = 14.0f;   // mandibular condyle in front of the occipital condyles, under the ear
constexpr float kCondyleBelowFrankfortMm = 8.0f;   // ... and below the Frankfort plane
constexpr float kArchRadiusMm = 4.5f;              // zygomatic arch
constexpr float kTemporalWallExtraMm = 8.0f;       // side walls thicker than the vault top: room for the temporal fossae
constexpr float kRamusHalfThicknessMm = 3.0f;
constexpr float kUpperToothCrestY = -17.0f;        // upper alveolar crest, C0 frame
constexpr float kOcclusalY = -28.0f;               // where the tooth rows meet
constexpr float kLowerToothCrestY = -37.0f;

float sgn(Side s) { return s == Side::Left ? 1.0f : -1.0f; }
const glm::mat3 kIdentity(1.0f);

Primitive withCut(Primitive p, glm::vec3 point, glm::vec3 normal) {
  p.cutPoint[p.cutCount] = point;
  p.cutNormal[p.cutCount] = glm::normalize(normal);
  ++p.cutCount;
  return p;
}

// Outward normal of a floor through two midline points (z, y): the side below is cut away.
glm::vec3 floorNormal(glm::vec2 a, glm::vec2 b) {  // (z, y)
  const glm::vec2 d = glm::normalize(b - a);
  return {0.0f, -d.x, d.y};  // (0, -dz, dy) rotated: points down for a floor rising forward
}

// Dental arch, half: from the midline (t = 0) to the third molar (t = 1); x lateral, z forward.
glm::vec2 archPoint(float t, float intermolarHalf, float front) {
  const std::array<glm::vec3, 5> k{{{0.0f, 0.0f, 0.0f},
                                    {0.3f, 0.47f * intermolarHalf, -7.0f},
                                    {0.55f, 0.87f * intermolarHalf, -25.0f},
                                    {0.7f, intermolarHalf, -40.0f},
                                    {1.0f, 1.07f * intermolarHalf, -57.0f}}};
  for (std::size_t i = 0; i + 1 < k.size(); ++i) {
    if (t <= k[i + 1].x || i + 2 == k.size()) {
      const float u = std::clamp((t - k[i].x) / (k[i + 1].x - k[i].x), 0.0f, 1.0f);
      return {k[i].y + u * (k[i + 1].y - k[i].y), front + k[i].z + u * (k[i + 1].z - k[i].z)};
    }
  }
  return {0.0f, front};
}

// Eight teeth a side along the arch, crowns between the crest and the occlusal plane.
void addToothRow(Shape& s, float intermolarHalf, float front, float crestY, float tipY) {
  // Rooted 1 mm into the crest; the crown ends at tipY.
  const float half = 0.5f * std::abs(crestY - tipY) + 1.0f, y = 0.5f * (crestY + tipY) + (crestY > tipY ? 1.0f : -1.0f);
  for (float sx : {1.0f, -1.0f}) {
    for (int i = 0; i < 8; ++i) {
      const float t = (static_cast<float>(i) + 0.5f) / 8.0f;
      const glm::vec2 a = archPoint(t, intermolarHalf, front);
      const glm::vec2 next = archPoint(std::min(1.0f, t + 0.05f), intermolarHalf, front);
      const glm::vec3 along = glm::normalize(glm::vec3(sx * (next.x - a.x), 0.0f, next.y - a.y));
      const float width = i < 2 ? 3.4f : (i < 3 ? 3.8f : (i < 5 ? 3.6f : 4.8f));  // incisors, canine, premolars, molars
      const glm::mat3 axes(along, glm::vec3(0, 1, 0), glm::cross(along, glm::vec3(0, 1, 0)));
      // Neighbouring crowns touch: a row without crevices simplifies without pinching.
      s.add(ellipsoid({sx * a.x, y, a.y}, axes, {width + 0.8f, half, i < 3 ? 3.2f : 4.6f}, 1.5f));
    }
  }
}

}  // namespace

SkullLandmarks skullLandmarks(const anatomy::SpineMorphometry& m) {
  const auto& k = m.skull;
  const auto& o = m.occiput;
  SkullLandmarks l{};
  l.frankfortY = k.frankfortAboveCondylesMm.f();
  l.basion = {0.0f, 2.0f, -o.foramenMagnumPosteriorOffsetMm.f() + 0.5f * o.foramenMagnumLengthMm.f()};
  const float nasionY = l.frankfortY + 0.8f * k.orbitalHeightMm.f();
  const float rise = nasionY - l.basion.y;
  const float bn = k.basionNasionLengthMm.f();
  l.nasion = {0.0f, nasionY, l.basion.z + std::sqrt(std::max(bn * bn - rise * rise, 100.0f))};
  l.glabella = l.nasion + glm::vec3(0.0f, 12.0f, 4.0f);
  l.opisthocranion = l.glabella - glm::vec3(0.0f, 0.0f, k.maximumLengthMm.f());
  l.vaultCentre = {0.0f, l.glabella.y, 0.5f * (l.glabella.z + l.opisthocranion.z)};
  l.bregma = {0.0f, l.basion.y + k.basionBregmaHeightMm.f(), l.vaultCentre.z + 5.0f};
  l.condyleMandible = {0.5f * k.bicondylarBreadthMm.f() - 9.5f, l.frankfortY - kCondyleBelowFrankfortMm, kCondyleMandibleAheadMm};
  l.pogonion = {0.0f, kLowerToothCrestY - 0.75f * k.mandibleBodyHeightMm.f(), l.condyleMandible.z + k.chinAheadOfCondylesMm.f()};
  return l;
}

void addSkull(Shape& s, const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest) {
  const auto& k = m.skull;
  const auto& o = m.occiput;
  const SkullLandmarks l = skullLandmarks(m);
  const float fh = l.frankfortY;
  const float halfB = 0.5f * k.maximumBreadthMm.f(), halfL = 0.5f * k.maximumLengthMm.f();
  const float ry = l.bregma.y - l.vaultCentre.y, wall = k.vaultThicknessMm.f();

  // Vault: a broad parietal-occipital ellipsoid and a narrower frontal one, sharing the
  // glabella–opisthocranion length; the floor under them rises toward the face.
  const glm::vec2 floorBack{-60.0f, -2.0f}, floorFront{70.0f, 30.0f};  // (z, y)
  const glm::vec3 floorN = floorNormal(floorBack, floorFront);
  const glm::vec3 floorP{0.0f, floorBack.y, floorBack.x};
  const glm::vec3 backC = l.vaultCentre + glm::vec3(0, 0, -12.0f), frontC = l.vaultCentre + glm::vec3(0, -2.0f, 12.0f);
  const glm::vec3 backR{halfB, ry, halfL - 12.0f}, frontR{0.84f * halfB, 0.95f * ry, halfL - 12.0f};
  s.add(withCut(ellipsoid(backC, kIdentity, backR, 10.0f), floorP, floorN));
  s.add(withCut(ellipsoid(frontC, kIdentity, frontR, 10.0f), floorP, floorN));

  // Posterior cranial fossa bowl and the basilar part of the occipital round the foramen magnum.
  s.add(ellipsoid({0.0f, 30.0f, -22.0f}, kIdentity, {50.0f, 32.0f, 44.0f}, 8.0f));
  s.add(roundBox({0.0f, 4.0f, -8.0f}, kIdentity, {32.0f, 4.0f, 26.0f}, 3.5f, 4.0f));

  // Occipital condyles on the atlas's superior facets.
  const glm::mat4 c0FromC1 = glm::inverse(rest.restWorld[0]) * rest.restWorld[1];
  for (Side side : anatomy::kSides) {
    const auto& f = rest.segments[0].facets[static_cast<std::size_t>(side)];
    const glm::vec3 n = glm::normalize(glm::vec3(c0FromC1 * glm::vec4(f.lowerSurfaceNormal, 0.0f)));
    Primitive condyle = ellipsoid(f.upperSurfaceCentre + 0.35f * o.condyleHeightMm.f() * n, axesFromY(n),
                                  {0.5f * o.condyleWidthMm.f(), 0.5f * o.condyleHeightMm.f() + 1.0f, 0.5f * o.condyleLengthMm.f()}, 2.0f);
    s.add(withCut(condyle, f.upperSurfaceCentre, -n));
  }

  // Clivus: from the basion up to the dorsum sellae, its back parallel to the basilar artery,
  // which lies on it.
  const glm::vec3 junction = rest.arteries.basilarJunction;
  const glm::vec3 up = glm::normalize(glm::vec3(0.0f, 24.0f, 8.0f));  // the basilar artery's course (spine_model.cpp)
  const glm::vec3 back{0.0f, up.z, -up.y};                              // out of the clivus, toward the brainstem
  const glm::vec3 clivusBack = junction - (0.5f * m.arteries.basilarDiameterMm.f() + 1.5f) * back;
  s.add(roundBox(clivusBack - 2.0f * up - 5.0f * back, axesFromY(up), {13.0f, 22.0f, 5.0f}, 2.0f, 4.0f));

  // Face: the facial mass under the frontal bone, maxilla, zygomatic bones and arches.
  const glm::vec3 faceC{0.0f, fh + 4.0f, l.nasion.z - 36.0f};
  s.add(ellipsoid(faceC, kIdentity, {0.47f * k.bizygomaticBreadthMm.f(), 36.0f, 36.0f}, 8.0f));
  const float prosthionZ = l.nasion.z + 2.0f;
  s.add(ellipsoid({0.0f, -2.0f, prosthionZ - 26.0f}, kIdentity, {36.0f, 18.0f, 26.0f}, 6.0f));  // maxillary body
  const float intermolarHalf = 0.5f * k.intermolarWidthMm.f();
  for (float sx : {1.0f, -1.0f}) {  // upper alveolar process
    for (int i = 0; i < 6; ++i) {
      // Ends at the last molar's middle, in front of the mandible's ramus.
      const glm::vec2 a = archPoint(0.9f * i / 6.0f, intermolarHalf, prosthionZ - 3.0f);
      const glm::vec2 b = archPoint(0.9f * (i + 1) / 6.0f, intermolarHalf, prosthionZ - 3.0f);
      s.add(capsule({sx * a.x, kUpperToothCrestY + 3.0f, a.y}, {sx * b.x, kUpperToothCrestY + 3.0f, b.y}, 5.5f, 5.5f, 3.0f));
    }
  }
  addToothRow(s, intermolarHalf, prosthionZ - 3.0f, kUpperToothCrestY, kOcclusalY + 0.3f);
  const float zygionX = 0.5f * k.bizygomaticBreadthMm.f(), auricularX = 0.5f * k.biauricularBreadthMm.f();
  for (Side side : anatomy::kSides) {
    const float sx = sgn(side);
    s.add(ellipsoid({sx * (zygionX - 10.0f), fh + 4.0f, l.nasion.z - 24.0f}, kIdentity, {9.0f, 14.0f, 11.0f}, 6.0f));  // zygomatic bone
    s.add(capsule({sx * (zygionX - 9.0f), fh + 6.0f, l.nasion.z - 20.0f}, {sx * (zygionX - 13.0f), l.nasion.y + 6.0f, l.nasion.z - 14.0f},
                  5.0f, 4.5f, 4.0f));  // frontal process: lateral orbital rim
    const glm::vec3 arch0{sx * (zygionX - 9.0f), fh + 2.0f, l.nasion.z - 32.0f};
    const glm::vec3 zygion{sx * (zygionX - kArchRadiusMm), fh + 1.0f, 0.5f * (l.nasion.z - 32.0f + kCondyleMandibleAheadMm + 12.0f)};
    const glm::vec3 root{sx * (auricularX - 6.0f), fh - 1.0f, kCondyleMandibleAheadMm + 12.0f};
    s.add(capsule(arch0, zygion, kArchRadiusMm, kArchRadiusMm, 2.0f));
    s.add(capsule(zygion, root, kArchRadiusMm, kArchRadiusMm + 0.5f, 2.0f));
    // Temporal bone round the ear, mastoid process behind it, styloid process in front of it.
    s.add(ellipsoid({sx * (auricularX - 14.0f), fh - 2.0f, -4.0f}, kIdentity, {14.0f, 12.0f, 18.0f}, 6.0f));
    const float ml = k.mastoidLengthMm.f();
    s.add(capsule({sx * (auricularX - 9.0f), fh - 6.0f, -12.0f}, {sx * (auricularX - 10.0f), fh - ml + 5.0f, -7.0f}, 9.0f, 5.0f, 5.0f));
    const float sl = k.styloidLengthMm.f();
    const glm::vec3 styloidRoot{sx * (auricularX - 23.0f), fh - 16.0f, 4.0f};
    s.add(capsule(styloidRoot, styloidRoot + sl * glm::normalize(glm::vec3(-sx * 0.2f, -0.9f, 0.4f)), 2.4f, 1.4f, 1.5f));
    s.add(ellipsoid({sx * l.condyleMandible.x, l.condyleMandible.y + 1.0f, l.condyleMandible.z + 13.0f}, kIdentity,
                    {9.0f, 5.0f, 6.0f}, 4.0f));  // articular tubercle
  }
  // Nasal bones and the anterior nasal spine.
  s.add(capsule(l.nasion, l.nasion + glm::vec3(0.0f, -20.0f, 7.0f), 5.0f, 3.5f, 3.0f));
  const float nasospinaleY = l.nasion.y - k.nasalHeightMm.f();
  s.add(capsule({0.0f, nasospinaleY, faceC.z + 30.0f}, {0.0f, nasospinaleY, faceC.z + 40.0f}, 2.5f, 1.5f, 2.0f));

  // External occipital protuberance and the superior nuchal lines.
  const float inionY = fh + 8.0f;
  const float inionZ = backC.z - backR.z * std::sqrt(std::max(0.0f, 1.0f - std::pow((inionY - backC.y) / backR.y, 2.0f)));
  s.add(ellipsoid({0.0f, inionY, inionZ}, kIdentity, {9.0f, 6.0f, 5.0f}, 3.0f));
  for (Side side : anatomy::kSides) {
    const float sx = sgn(side);
    s.add(capsule({0.0f, inionY, inionZ + 1.0f}, {sx * 0.45f * halfB, inionY - 3.0f, inionZ + 9.0f}, 1.6f, 1.2f, 3.0f));
  }

  // Hollows: the cranial cavity (its floor raised over the orbits), the posterior fossa behind
  // the clivus, orbits, nasal aperture, ear canals, temporomandibular fossae, foramen magnum.
  const glm::vec2 cavityBack{-60.0f, 20.0f}, cavityFront{40.0f, 46.0f};
  const glm::vec3 cavityN = floorNormal(cavityBack, cavityFront), cavityP{0.0f, cavityBack.y, cavityBack.x};
  const glm::vec3 orbitRoofN = floorNormal({50.0f, 16.0f}, {65.0f, 62.0f}), orbitRoofP{0.0f, 16.0f, 50.0f};
  for (const auto& [c, r] : {std::pair{backC, backR}, std::pair{frontC, frontR}}) {
    s.carve(withCut(withCut(ellipsoid(c, kIdentity, r - glm::vec3(wall + kTemporalWallExtraMm, wall, wall), 2.0f), cavityP, cavityN), orbitRoofP, orbitRoofN));
  }
  s.carve(withCut(ellipsoid({0.0f, 34.0f, -16.0f}, kIdentity, {50.0f - wall - 2.0f, 28.0f, 40.0f}, 2.0f), clivusBack, -back));
  const float orbitX = 0.5f * k.orbitalBreadthMm.f() + 12.0f, orbitY = fh + 0.5f * k.orbitalHeightMm.f();
  for (Side side : anatomy::kSides) {
    const float sx = sgn(side);
    s.carve(ellipsoid({sx * orbitX, orbitY, l.nasion.z - 10.0f}, kIdentity,
                      {0.5f * k.orbitalBreadthMm.f(), 0.5f * k.orbitalHeightMm.f(), 28.0f}, 2.0f));
    s.carve(capsule({sx * (auricularX + 4.0f), fh, 2.0f}, {sx * (auricularX - 16.0f), fh, 4.0f}, 4.0f, 3.0f, 1.0f));
    // Temporal fossa: the side of the skull sinks in above and behind the arch, so the arch stands free.
    s.carve(withCut(ellipsoid({sx * (zygionX + 8.0f), fh + 20.0f, 0.5f * (l.nasion.z - 32.0f + kCondyleMandibleAheadMm) + 2.0f}, kIdentity,
                              {14.0f, 22.0f, 24.0f}, 4.0f),
                    {0.0f, fh + 6.5f, 0.0f}, {0.0f, -1.0f, 0.0f}));
    s.carve(ellipsoid(glm::vec3(sx * l.condyleMandible.x, l.condyleMandible.y + 2.0f, l.condyleMandible.z), kIdentity,
                      {13.5f, 7.0f, 9.0f}, 1.5f));
  }
  const float nh = k.nasalHeightMm.f(), nb = k.nasalBreadthMm.f();
  s.carve(ellipsoid({0.0f, l.nasion.y - 0.75f * nh, l.nasion.z - 3.0f}, kIdentity, {0.5f * nb, 0.25f * nh, 22.0f}, 1.5f));
  s.carve(ellipsoid({0.0f, l.nasion.y - 0.55f * nh, l.nasion.z - 3.0f}, kIdentity, {0.3f * nb, 0.18f * nh, 20.0f}, 1.5f));
  s.carve(ellipticPrism({0.0f, 0.0f, -o.foramenMagnumPosteriorOffsetMm.f()}, kIdentity, 0.5f * o.foramenMagnumWidthMm.f(),
                        0.5f * o.foramenMagnumLengthMm.f(), 30.0f, 0.0f, 2.0f));
}

Shape mandibleShape(const anatomy::SpineMorphometry& m) {
  const auto& k = m.skull;
  const SkullLandmarks l = skullLandmarks(m);
  Shape s;
  const float intermolarHalf = 0.5f * k.intermolarWidthMm.f();
  const float front = l.pogonion.z - 1.0f;
  const float gonionX = 0.5f * k.bigonialBreadthMm.f() - kRamusHalfThicknessMm - 1.5f;  // the band and its blend add 1.5 mm
  const float condyleTop = l.condyleMandible.y + 5.0f, gonionY = condyleTop - k.ramusHeightMm.f();
  const float mentonY = kLowerToothCrestY - k.mandibleBodyHeightMm.f();
  for (Side side : anatomy::kSides) {
    const float sx = sgn(side);
    const glm::vec3 condyle{sx * l.condyleMandible.x, l.condyleMandible.y, l.condyleMandible.z};
    s.add(ellipsoid(condyle, kIdentity, {9.5f, 5.0f, 5.0f}, 2.0f));
    const glm::vec3 neck = condyle + glm::vec3(sx * 1.5f, -12.0f, -1.0f);
    s.add(capsule(condyle - glm::vec3(0, 2.0f, 0), neck, 4.5f, 4.0f, 3.0f));
    const glm::vec3 gonion{sx * gonionX, gonionY + 3.5f, l.condyleMandible.z - 5.0f};  // centre line: bone ends at gonionY
    // The coronoid process rises under the zygomatic arch, into the open infratemporal fossa.
    const glm::vec3 coronoid{sx * (l.condyleMandible.x - 3.0f), condyleTop - 12.0f, l.condyleMandible.z + 22.0f};
    const glm::vec2 last = archPoint(1.0f, intermolarHalf, front);
    const glm::vec3 retromolar{sx * (last.x + 2.0f), kLowerToothCrestY + 4.0f, last.y - 9.0f};  // behind the upper molars
    const glm::vec3 ramusFrontLow{sx * (gonionX - 1.0f), gonionY + 2.0f, retromolar.z};
    const float t = kRamusHalfThicknessMm;
    // Ramus: posterior border condyle → gonion, anterior border coronoid → retromolar area,
    // the mandibular notch between condyle and coronoid.
    s.add(slab(neck, gonion, ramusFrontLow, t, 2.0f));
    s.add(slab(neck, ramusFrontLow, coronoid, t, 2.0f));
    s.add(slab(coronoid, ramusFrontLow, retromolar, t, 2.0f));
    s.add(capsule(neck, gonion, 3.5f, 3.0f, 2.5f));  // thick posterior border
    // Body: a band from the alveolar crest down to the base, following the arch.
    constexpr int kSpans = 6;
    for (int i = 0; i < kSpans; ++i) {
      const float t0 = static_cast<float>(i) / kSpans, t1 = static_cast<float>(i + 1) / kSpans;
      const glm::vec2 a0 = archPoint(t0, intermolarHalf, front), a1 = archPoint(t1, intermolarHalf, front);
      auto base = [&](float u, glm::vec2 a) {  // the base flares out toward the angle
        return glm::vec3(sx * (a.x + u * (gonionX - last.x)), mentonY + 4.5f + u * (gonion.y - mentonY - 4.5f),
                         a.y + u * (gonion.z + 6.0f - last.y));
      };
      const glm::vec3 top0{sx * a0.x, kLowerToothCrestY - 2.0f + 4.0f * t0, a0.y - 2.0f};
      const glm::vec3 top1{sx * a1.x, kLowerToothCrestY - 2.0f + 4.0f * t1, a1.y - 2.0f};
      const glm::vec3 bot0 = base(t0, a0), bot1 = base(t1, a1);
      s.add(slab(top0, bot0, bot1, 4.0f, 5.0f));
      s.add(slab(top0, bot1, top1, 4.0f, 5.0f));
      s.add(capsule(bot0, bot1, 4.5f - 1.5f * t0, 4.5f - 1.5f * t1, 5.0f));  // rounded inferior border, thinning to the angle
    }
  }
  s.add(ellipsoid({0.0f, mentonY + 8.0f, l.pogonion.z - 4.0f}, kIdentity, {12.0f, 8.0f, 5.0f}, 3.0f));  // mental protuberance
  addToothRow(s, intermolarHalf - 1.0f, front - 3.0f, kLowerToothCrestY, kOcclusalY - 0.3f);
  s.computeBounds(2.0f);
  return s;
}

Shape hyoidShape(const anatomy::SpineMorphometry& m) {
  const auto& k = m.skull;
  Shape s;
  const glm::vec3 body{0.0f, 0.0f, 43.0f};
  s.add(roundBox(body, kIdentity, {0.5f * k.hyoidBodyWidthMm.f(), 5.0f, 3.0f}, 2.0f, 2.0f));
  for (Side side : anatomy::kSides) {
    const float sx = sgn(side);
    const glm::vec3 root = body + glm::vec3(sx * 0.4f * k.hyoidBodyWidthMm.f(), 0.0f, -1.5f);
    const float half = 0.5f * k.hyoidSpanMm.f();
    const float dz = std::sqrt(std::max(1.0f, k.hyoidGreaterHornLengthMm.f() * k.hyoidGreaterHornLengthMm.f() -
                                              (half - std::abs(root.x)) * (half - std::abs(root.x)) - 9.0f));
    const glm::vec3 tip{sx * half, 3.0f, root.z - dz};
    s.add(capsule(root, tip, 2.6f, 1.8f, 2.0f));   // greater horn
    s.add(ellipsoid(tip, kIdentity, {2.6f, 2.6f, 2.6f}, 1.0f));
    s.add(capsule(root + glm::vec3(0, 3.0f, 0), root + glm::vec3(0, 8.0f, -2.0f), 1.8f, 1.4f, 1.5f));  // lesser horn
  }
  s.computeBounds(2.0f);
  return s;
}

}  // namespace spineview::mesh
