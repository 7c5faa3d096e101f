#include "mesh/spine_model.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <string>
#include <thread>

#include "anatomy/rest_skeleton_builder.h"
#include "mesh/bone_shapes.h"
#include "mesh/context_shapes.h"
#include "mesh/part_append.h"
#include "mesh/skull_shapes.h"
#include "mesh/surface_extraction.h"
#include "mesh/thorax_shapes.h"
#include "mesh/tube_mesh.h"

namespace spineview::mesh {

namespace {

using anatomy::Side;
using anatomy::Vertebra;

struct DetailSettings {
  float boneCell;
  std::size_t vertebraTriangles;
  float skullCell, skullError;  // the skull's grid and relative simplification error
  std::size_t skullTriangles, mandibleTriangles, hyoidTriangles;
  int tubeSides, perSpan;
  float surfaceCell;
  std::size_t surfaceTriangles;
  float scapulaCell;
  std::size_t scapulaTriangles;
};

DetailSettings settingsFor(Detail d) {
  // The skull is a large thin shell: a coarser grid than the vertebrae keeps generation fast.
  if (d == Detail::Minimal) return {2.2f, 420, 2.4f, 0.02f, 1600, 500, 100, 5, 2, 16.0f, 1800, 2.8f, 360};  // body surface as Low: the face must read
  if (d == Detail::Low) return {1.6f, 950, 2.4f, 0.007f, 3000, 900, 160, 6, 3, 16.0f, 1800, 2.0f, 900};
  return {1.0f, 3300, 1.6f, 0.007f, 9000, 2400, 400, 10, 6, 9.0f, 5000, 1.4f, 2600};
}

std::size_t at(int i) { return static_cast<std::size_t>(i); }
float sgn(Side s) { return s == Side::Left ? 1.0f : -1.0f; }
std::string sideTitle(Side s) { return s == Side::Left ? "Left" : "Right"; }
glm::vec3 toWorld(const anatomy::RestSkeleton& r, Vertebra v, glm::vec3 p) {
  return glm::vec3(r.restWorld[at(anatomy::index(v))] * glm::vec4(p, 1.0f));
}

// Spinal nerve named after the foramen it leaves by: C1…C8 above T1, then T1…T11.
std::string nerveName(int segment) {
  if (segment <= anatomy::index(Vertebra::C7)) return "C" + std::to_string(segment + 1);
  return "T" + std::to_string(segment - anatomy::index(Vertebra::C7));
}

std::string boneName(Vertebra v) {
  std::string name = anatomy::vertebraLongName(v);
  if (v == Vertebra::C0 || v == Vertebra::C1 || v == Vertebra::C2) name[0] = static_cast<char>(std::toupper(name[0]));
  return name;
}

class ModelBuilder {
 public:
  explicit ModelBuilder(const anatomy::RestSkeleton& rest) {
    for (int i = 0; i < anatomy::kVertebraCount; ++i) spine_.push_back(glm::vec3(rest.restWorld[at(i)][3]));
  }

  void addRigid(MeshPart part, const TriangleMesh& m, int joint) { appendRigidPart(data, std::move(part), m, joint); }
  void addSmooth(MeshPart part, const TriangleMesh& m) {
    appendPart(data, std::move(part), m, [&](const glm::vec3& p, glm::u16vec4& j, glm::vec4& w) { spineWeights(p, j, w); });
  }

  // Blend between the two nearest vertebra joints along the spine so soft parts bend smoothly.
  void spineWeights(const glm::vec3& p, glm::u16vec4& j, glm::vec4& w) const {
    float best = 1e30f;
    int seg = 0;
    float bestT = 0.0f;
    for (int i = 0; i + 1 < static_cast<int>(spine_.size()); ++i) {
      const glm::vec3 a = spine_[at(i)], b = spine_[at(i + 1)];
      const float t = std::clamp(glm::dot(p - a, b - a) / glm::dot(b - a, b - a), 0.0f, 1.0f);
      const float d = glm::length(p - (a + t * (b - a)));
      if (d < best) { best = d; seg = i; bestT = t; }
    }
    j = glm::u16vec4(static_cast<std::uint16_t>(seg), static_cast<std::uint16_t>(seg + 1), 0, 0);
    w = glm::vec4(1.0f - bestT, bestT, 0, 0);
  }

  MeshData data;

 private:
  std::vector<glm::vec3> spine_;
};

void transformMesh(TriangleMesh& m, const glm::mat4& toWorld) {
  const glm::mat3 normalMatrix = glm::mat3(toWorld);
  for (auto& p : m.positions) p = glm::vec3(toWorld * glm::vec4(p, 1.0f));
  for (auto& n : m.normals) n = glm::normalize(normalMatrix * n);
}

// Vertebral artery control points (model space) and where each named segment starts.
struct ArteryRoute {
  std::vector<glm::vec3> points;
  std::array<int, 5> segmentStart{};  // V1, V2, V3, V4 start control point; [4] = end
};

// The route is the rest skeleton's: the strain model stretches the very same points.
ArteryRoute arteryRoute(const anatomy::RestSkeleton& r, Side side) {
  const auto& route = r.vertebralArteries[static_cast<std::size_t>(side)];
  ArteryRoute out;
  out.points = anatomy::posedPoints(route, r.restWorld);
  for (int seg = 0; seg < 4; ++seg) out.segmentStart[at(seg)] = route.segmentFirstPoint(seg);
  out.segmentStart[4] = route.segmentLastPoint(3);
  return out;
}

std::vector<glm::vec3> slice(const std::vector<glm::vec3>& curve, int perSpan, int from, int to) {
  return {curve.begin() + from * perSpan, curve.begin() + to * perSpan + 1};
}

struct NerveRoute {
  int segment;
  Side side;
  std::vector<glm::vec3> points;
};

std::vector<NerveRoute> nerveRoutes(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& r) {
  std::vector<NerveRoute> out;
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    const Vertebra lower = anatomy::vertebraAt(s + 1);
    const float canalZ = lower == Vertebra::C1 ? -4.0f
                                               : -0.5f * m.vertebra(lower).body.depthMm.f() - 0.5f * m.vertebra(lower).canal.apMm.f();
    for (Side side : anatomy::kSides) {
      const float sx = sgn(side);
      const glm::vec3 f = r.segments[at(s)].foramina[static_cast<std::size_t>(side)].centre;
      const glm::vec3 exit = anatomy::isThoracic(lower) ? glm::vec3(sx * 16.0f, -6.0f, -2.0f) : glm::vec3(sx * 14.0f, -5.0f, 6.0f);
      out.push_back({s, side, {toWorld(r, lower, {sx * 3.0f, f.y, canalZ}), toWorld(r, lower, f),
                               toWorld(r, lower, f + exit)}});
    }
  }
  return out;
}

std::vector<glm::vec3> cordRoute(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& r, std::vector<float>& radii) {
  std::vector<glm::vec3> p;
  const float rc = m.context.cordRadiusCervicalMm.f(), rt = m.context.cordRadiusThoracicMm.f();
  p.push_back(toWorld(r, Vertebra::C0, {0.0f, 22.0f, -m.occiput.foramenMagnumPosteriorOffsetMm.f() + 4.0f}));
  radii.push_back(rc * 1.3f);
  p.push_back(toWorld(r, Vertebra::C1, {0.0f, 0.0f, -4.0f}));
  radii.push_back(rc);
  for (int i = anatomy::index(Vertebra::C2); i < anatomy::kVertebraCount; ++i) {
    const auto& d = m.vertebra(anatomy::vertebraAt(i));
    p.push_back(toWorld(r, anatomy::vertebraAt(i), {0.0f, 0.0f, -0.5f * d.body.depthMm.f() - 0.5f * d.canal.apMm.f()}));
    radii.push_back(anatomy::isCervical(anatomy::vertebraAt(i)) ? rc : rt);
  }
  const auto& t12 = m.vertebra(Vertebra::T12);
  p.push_back(toWorld(r, Vertebra::T12, {0.0f, -anatomy::bodyHalfHeightMm(m, Vertebra::T12) - 6.0f,
                                         -0.5f * t12.body.depthMm.f() - 0.5f * t12.canal.apMm.f()}));
  radii.push_back(1.5f);  // conus
  return p;
}

std::vector<float> resampleRadii(const std::vector<float>& radii, int perSpan) {
  std::vector<float> out;
  for (std::size_t i = 0; i + 1 < radii.size(); ++i) {
    for (int k = 0; k < perSpan; ++k) out.push_back(radii[i] + (radii[i + 1] - radii[i]) * static_cast<float>(k) / perSpan);
  }
  out.push_back(radii.back());
  return out;
}

}  // namespace

MeshData generateSpineModel(const anatomy::SpineMorphometry& m, const anatomy::RestSkeleton& rest, Detail detail) {
  const DetailSettings ds = settingsFor(detail);
  ModelBuilder b(rest);
  b.data.name = "spineview procedural spine";

  // Soft routes first: bones must leave room for them.
  const float arteryR = 0.5f * m.arteries.diameterMm.f();
  std::vector<Tunnel> tunnels;
  std::array<ArteryRoute, 2> arteries{arteryRoute(rest, Side::Left), arteryRoute(rest, Side::Right)};
  std::array<std::vector<glm::vec3>, 2> arteryCurves;
  for (int k = 0; k < 2; ++k) {
    arteryCurves[at(k)] = smoothCurve(arteries[at(k)].points, ds.perSpan);
    tunnels.push_back({arteryCurves[at(k)], arteryR + 0.7f});
  }
  // The basilar artery lies on the clivus: the skull leaves room for it as for the vertebral arteries.
  const float basilarR = 0.5f * m.arteries.basilarDiameterMm.f();
  const glm::vec3 basilarJunction = toWorld(rest, Vertebra::C0, rest.arteries.basilarJunction);
  const auto basilarCurve = smoothCurve(
      {basilarJunction, toWorld(rest, Vertebra::C0, rest.arteries.basilarJunction + glm::vec3(0, 24.0f, 8.0f))}, ds.perSpan);
  tunnels.push_back({basilarCurve, basilarR + 0.7f});
  const auto nerves = nerveRoutes(m, rest);
  const float nerveR = m.context.nerveRootRadiusMm.f();
  std::vector<std::vector<glm::vec3>> nerveCurves;
  for (const auto& n : nerves) {
    nerveCurves.push_back(smoothCurve(n.points, ds.perSpan));
    tunnels.push_back({nerveCurves.back(), nerveR + 0.4f});
  }

  // Bones: one SDF per vertebra, extracted in its own frame, in parallel.
  std::array<TriangleMesh, anatomy::kVertebraCount> bones;
  std::atomic<int> next{0};
  auto work = [&] {
    for (int i = next++; i < anatomy::kVertebraCount; i = next++) {
      const Vertebra v = anatomy::vertebraAt(i);
      const Shape shape = vertebraShape(m, rest, v, tunnels);
      // The skull is about three vertebrae across: a third of the relative error keeps the same
      // millimetres of detail (and the arteries' clearance in the foramen magnum); Minimal trades
      // that for its triangle budget.
      TriangleMesh mesh = v == Vertebra::C0 ? extractSimplified(shape, ds.skullCell, ds.skullTriangles, ds.skullError)
                                            : extractSimplified(shape, ds.boneCell, ds.vertebraTriangles);
      transformMesh(mesh, rest.restWorld[at(i)]);
      bones[at(i)] = std::move(mesh);
    }
  };
  const unsigned threads = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  // Skeleton: the vertebrae, each parented to the one below (T12 is the root).
  for (int i = 0; i < anatomy::kVertebraCount; ++i) {
    b.data.skeleton.push_back({boneName(anatomy::vertebraAt(i)), i + 1 < anatomy::kVertebraCount ? i + 1 : -1,
                               rest.restWorld[at(i)]});
  }
  for (int i = 0; i < anatomy::kVertebraCount; ++i) {
    const Vertebra v = anatomy::vertebraAt(i);
    b.addRigid({v == Vertebra::C0 ? std::string("Skull") : boneName(v), PartKind::Bone, v, std::nullopt, 0, 0}, bones[at(i)], i);
  }
  // The jaw is closed and rides with the skull; the hyoid hangs in front of C3.
  {
    TriangleMesh mandible = extractSimplified(mandibleShape(m), ds.skullCell * 0.8f, ds.mandibleTriangles);
    transformMesh(mandible, rest.restWorld[0]);
    b.addRigid({"Mandible", PartKind::Bone, Vertebra::C0, std::nullopt, 0, 0}, mandible, 0);
    const int c3 = anatomy::index(Vertebra::C3);
    TriangleMesh hyoid = extractSimplified(hyoidShape(m), std::min(ds.boneCell, 1.2f), ds.hyoidTriangles);
    transformMesh(hyoid, rest.restWorld[at(c3)]);
    b.addRigid({"Hyoid", PartKind::Bone, std::nullopt, std::nullopt, 0, 0}, hyoid, c3);
  }

  for (int s = anatomy::index(Vertebra::C2); s < anatomy::kSegmentCount; ++s) {
    b.addSmooth({anatomy::segmentName(s) + " disc", PartKind::Disc, anatomy::vertebraAt(s), std::nullopt, 0, 0},
                discMesh(m, rest, s, ds.tubeSides * 3));
  }
  for (int s = 0; s < anatomy::kSegmentCount; ++s) {
    for (Side side : anatomy::kSides) {
      std::string name = sideTitle(side) + " ";
      if (s == 0) name += "atlanto-occipital joint";
      else if (s == 1) name += "lateral atlanto-axial joint";
      else name += anatomy::segmentName(s) + " facet joint";
      b.addSmooth({name, PartKind::Facet, anatomy::vertebraAt(s), side, 0, 0}, facetJointMesh(rest, s, side, ds.tubeSides));
    }
  }

  std::vector<float> cordRadii;
  const auto cordPoints = cordRoute(m, rest, cordRadii);
  b.addSmooth({"Spinal cord", PartKind::Cord, std::nullopt, std::nullopt, 0, 0},
              sweepTube(smoothCurve(cordPoints, ds.perSpan), resampleRadii(cordRadii, ds.perSpan), ds.tubeSides + 2));
  for (std::size_t i = 0; i < nerves.size(); ++i) {
    const auto& n = nerves[i];
    b.addSmooth({sideTitle(n.side) + " " + nerveName(n.segment) + " nerve root", PartKind::Nerve, anatomy::vertebraAt(n.segment),
                 n.side, 0, 0},
                sweepTube(nerveCurves[i], {nerveR}, std::max(5, ds.tubeSides - 2)));
  }
  for (Side side : anatomy::kSides) {
    const auto& route = arteries[static_cast<std::size_t>(side)];
    const auto& curve = arteryCurves[static_cast<std::size_t>(side)];
    for (int seg = 0; seg < 4; ++seg) {
      b.addSmooth({sideTitle(side) + " vertebral artery V" + std::to_string(seg + 1), PartKind::Artery,
                   seg == 0 ? Vertebra::T1 : (seg == 1 ? m.arteries.entryLevel : (seg == 2 ? Vertebra::C1 : Vertebra::C0)),
                   side, 0, 0},
                  sweepTube(slice(curve, ds.perSpan, route.segmentStart[at(seg)], route.segmentStart[at(seg + 1)]), {arteryR},
                            ds.tubeSides));
    }
  }
  b.addSmooth({"Basilar artery", PartKind::Artery, Vertebra::C0, std::nullopt, 0, 0}, sweepTube(basilarCurve, {basilarR}, ds.tubeSides));

  const RibCageLayout ribCage = addRibCage(b.data, m, rest, ds.tubeSides, ds.perSpan);
  const glm::vec3 acromion =
      addShoulderGirdle(b.data, m, ribCage, {ds.scapulaCell, ds.scapulaTriangles, ds.tubeSides, ds.perSpan});
  TriangleMesh surface = bodySurfaceMesh(m, rest, acromion, ds.surfaceCell, ds.surfaceTriangles);
  b.addSmooth({"Body surface", PartKind::BodySurface, std::nullopt, std::nullopt, 0, 0}, surface);
  return std::move(b.data);
}

core::Result<MeshData> generateSpineModel(const std::filesystem::path& assetDir, Detail detail) {
  auto m = anatomy::loadMorphometry(assetDir / "anatomy");
  if (!m) return m.error();
  return generateSpineModel(*m, anatomy::buildRestSkeleton(*m), detail);
}

}  // namespace spineview::mesh
