#include "anatomy/artery_route.h"

namespace spineview::anatomy {

namespace {

glm::vec3 mirrored(const Point3Morphometry& p, float sx) { return {sx * p.x.f(), p.y.f(), p.z.f()}; }

}  // namespace

BonePathRoute vertebralArteryRoute(const SpineMorphometry& m, const RestSkeleton& rest, Side side) {
  const float sx = side == Side::Left ? 1.0f : -1.0f;
  const auto k = static_cast<std::size_t>(side);
  const auto& route = m.arteries.route;
  const int entry = index(m.arteries.entryLevel);
  const auto foramen = [&](int v) { return (*rest.vertebrae[static_cast<std::size_t>(v)].transverseForamen)[k]; };
  BonePathRoute r;
  r.segmentNames = {"V1", "V2", "V3", "V4"};
  int segment = 0;
  const auto add = [&](Vertebra v, glm::vec3 local, PathPointKind kind, std::string name) {
    r.points.push_back({index(v), local, kind, std::move(name)});
    r.spanSegment.push_back(segment);
  };
  const std::string sideWord(sideName(side));

  add(Vertebra::T1, rest.arteries.subclavianOrigin[k], PathPointKind::Anchor, "origin from the " + sideWord + " subclavian artery");
  const glm::vec3 entryTf = foramen(entry);
  for (int i = index(Vertebra::C7); i > entry; --i)
    add(vertebraAt(i), {entryTf.x, 0.0f, route.v1FrontOfTransverseProcessMm.f()}, PathPointKind::Via,
        "in front of the " + std::string(vertebraName(vertebraAt(i))) + " transverse process");
  add(vertebraAt(entry), entryTf - glm::vec3(0.0f, route.entryApproachBelowMm.f(), 0.0f), PathPointKind::Via,
      "below the " + std::string(vertebraName(vertebraAt(entry))) + " transverse foramen");
  segment = 1;
  for (int i = entry; i >= index(Vertebra::C2); --i)
    add(vertebraAt(i), foramen(i), PathPointKind::Eyelet, std::string(vertebraName(vertebraAt(i))) + " transverse foramen");
  segment = 2;
  add(Vertebra::C2, foramen(index(Vertebra::C2)) + mirrored(route.c2ExitOffsetMm, sx), PathPointKind::Via,
      "exit of the C2 transverse foramen");
  const glm::vec3 c1Tf = foramen(index(Vertebra::C1));
  add(Vertebra::C1, c1Tf, PathPointKind::Eyelet, "C1 transverse foramen");
  add(Vertebra::C1, c1Tf + mirrored(route.v3BehindLateralMassMm, sx), PathPointKind::Via, "turning behind the atlas lateral mass");
  const auto& over = route.v3OverLateralMassMm;
  add(Vertebra::C1, c1Tf + glm::vec3(sx * over.x.f(), over.y.f(), -0.5f * m.atlas.superiorFacetLengthMm.f() - over.z.f()),
      PathPointKind::Via, "behind the atlas lateral mass");
  add(Vertebra::C1, rest.arteries.atlasGroove[k], PathPointKind::Via, "groove on the posterior arch of the atlas");
  segment = 3;
  const glm::vec3 dural = rest.arteries.duralEntry[k];
  add(Vertebra::C0, dural, PathPointKind::Anchor, "dural entry at the foramen magnum");
  add(Vertebra::C0, 0.5f * (dural + rest.arteries.basilarJunction) + glm::vec3(0.0f, 0.0f, route.v4BendAnteriorMm.f()),
      PathPointKind::Via, "round the front of the medulla");
  r.points.push_back({index(Vertebra::C0), rest.arteries.basilarJunction + glm::vec3(sx * route.basilarSideOffsetMm.f(), 0.0f, 0.0f),
                      PathPointKind::Anchor, "basilar junction"});
  return r;
}

}  // namespace spineview::anatomy
