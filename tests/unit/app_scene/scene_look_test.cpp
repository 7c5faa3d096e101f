// Per-part look rules: layer mapping, hidden layers, x-ray opacities, isolating a level,
// heat maps from the biomechanical state, selection rim and the clip plane maths.
#include <gtest/gtest.h>

#include "scene/clip_plane.h"
#include "scene/layer_mapping.h"
#include "scene/scene_look.h"

namespace spineview::app::look {
namespace {

using anatomy::Side;
using anatomy::Vertebra;
using mesh::PartKind;

mesh::MeshPart part(PartKind kind, std::optional<Vertebra> level = std::nullopt, std::optional<Side> side = std::nullopt,
                    std::string name = "part") {
  mesh::MeshPart p;
  p.kind = kind;
  p.level = level;
  p.side = side;
  p.name = std::move(name);
  p.indexCount = 3;
  return p;
}

struct Fixture : ::testing::Test {
  ViewSettings view;
  biomech::BiomechState state;
  LookContext context() {
    LookContext c;
    c.view = &view;
    c.state = &state;
    return c;
  }
};

TEST(LayerMapping, EveryPartKindHasItsLayer) {
  EXPECT_EQ(layerOf(PartKind::Bone), LayerId::Bones);
  EXPECT_EQ(layerOf(PartKind::Other), LayerId::Bones);
  EXPECT_EQ(layerOf(PartKind::Disc), LayerId::Discs);
  EXPECT_EQ(layerOf(PartKind::Facet), LayerId::Facets);
  EXPECT_EQ(layerOf(PartKind::Artery), LayerId::Arteries);
  EXPECT_EQ(layerOf(PartKind::Cord), LayerId::CordAndNerves);
  EXPECT_EQ(layerOf(PartKind::Nerve), LayerId::CordAndNerves);
  EXPECT_EQ(layerOf(PartKind::RibCage), LayerId::RibsAndScapulae);
  EXPECT_EQ(layerOf(PartKind::Scapula), LayerId::RibsAndScapulae);
  EXPECT_EQ(layerOf(PartKind::BodySurface), LayerId::BodySurface);
}

TEST_F(Fixture, HiddenLayersAndOpacity) {
  view.visible[static_cast<std::size_t>(LayerId::Arteries)] = false;
  EXPECT_FALSE(partLook(part(PartKind::Artery, Vertebra::C1, Side::Left, "Left vertebral artery V3"), 0, context()).visible);
  view.opacity[static_cast<std::size_t>(LayerId::Bones)] = 0.4f;
  const auto bone = partLook(part(PartKind::Bone, Vertebra::C5), 0, context());
  EXPECT_TRUE(bone.visible);
  EXPECT_FLOAT_EQ(bone.colour.a, 0.4f);
  view.opacity[static_cast<std::size_t>(LayerId::Bones)] = 0.0f;
  EXPECT_FALSE(partLook(part(PartKind::Bone, Vertebra::C5), 0, context()).visible);
}

TEST_F(Fixture, XrayMakesBoneFaintAndKeepsVesselsAndNervesSolid) {
  view.xray = true;
  EXPECT_FLOAT_EQ(partLook(part(PartKind::Bone, Vertebra::C5), 0, context()).colour.a, kXrayBoneAlpha);
  EXPECT_LE(partLook(part(PartKind::RibCage), 0, context()).colour.a, 0.3f);
  EXPECT_LE(partLook(part(PartKind::BodySurface), 0, context()).colour.a, 0.1f);
  view.opacity[static_cast<std::size_t>(LayerId::Arteries)] = 0.5f;
  const auto artery = partLook(part(PartKind::Artery, Vertebra::C1, Side::Left, "Left vertebral artery V3"), 0, context());
  EXPECT_FLOAT_EQ(artery.colour.a, 1.0f);
  EXPECT_FLOAT_EQ(partLook(part(PartKind::Nerve, Vertebra::C5, Side::Left), 0, context()).colour.a, 1.0f);
  // Vivid: more saturated than without x-ray.
  view.xray = false;
  const auto plain = partLook(part(PartKind::Cord), 0, context());
  view.xray = true;
  const auto vivid = partLook(part(PartKind::Cord), 0, context());
  EXPECT_GT(vivid.colour.r - vivid.colour.b, plain.colour.r - plain.colour.b);
}

TEST_F(Fixture, IsolatingC5KeepsItsVertebraJointsAndRootsAndDimsTheRest) {
  view.isolatedLevel = Vertebra::C5;
  const auto c5 = partLook(part(PartKind::Bone, Vertebra::C5), 0, context());
  const auto c6 = partLook(part(PartKind::Bone, Vertebra::C6), 0, context());
  EXPECT_FLOAT_EQ(c5.colour.a, 1.0f);
  EXPECT_LE(c6.colour.a, kDimmedAlpha);
  // Dimmed parts are also greyer.
  const float c5Chroma = c5.colour.r - c5.colour.b, c6Chroma = c6.colour.r - c6.colour.b;
  EXPECT_LT(c6Chroma, 0.5f * c5Chroma);
  EXPECT_TRUE(belongsToLevel(part(PartKind::Facet, Vertebra::C4, Side::Left), Vertebra::C5));  // C4–C5 facet
  EXPECT_TRUE(belongsToLevel(part(PartKind::Disc, Vertebra::C5), Vertebra::C5));               // C5–C6 disc
  EXPECT_TRUE(belongsToLevel(part(PartKind::Nerve, Vertebra::C5, Side::Right), Vertebra::C5));
  EXPECT_FALSE(belongsToLevel(part(PartKind::Facet, Vertebra::C6, Side::Left), Vertebra::C5));
  EXPECT_FALSE(belongsToLevel(part(PartKind::Cord), Vertebra::C5));
  EXPECT_LT(partLook(part(PartKind::Cord), 0, context()).colour.a, 0.2f);
}

TEST_F(Fixture, HeatMapsFollowTheBiomechanicalState) {
  const int c5c6 = anatomy::index(Vertebra::C5);
  state.facets[static_cast<std::size_t>(c5c6)][0].changeMm = -kFacetLegendRangeMm;  // left compressed
  state.facets[static_cast<std::size_t>(c5c6)][1].changeMm = +kFacetLegendRangeMm;  // right gapping
  const auto left = partLook(part(PartKind::Facet, Vertebra::C5, Side::Left), 0, context());
  const auto right = partLook(part(PartKind::Facet, Vertebra::C5, Side::Right), 0, context());
  EXPECT_EQ(glm::vec3(left.colour), toLinear(divergingColour(-1.0f, {})));
  EXPECT_EQ(glm::vec3(right.colour), toLinear(divergingColour(1.0f, {})));

  state.arteries[1].segments[2].strainPercent = 39.0;  // right V3 at the failure threshold
  const auto v3 = partLook(part(PartKind::Artery, Vertebra::C1, Side::Right, "Right vertebral artery V3"), 0, context());
  const auto v2 = partLook(part(PartKind::Artery, Vertebra::C6, Side::Right, "Right vertebral artery V2"), 0, context());
  EXPECT_EQ(glm::vec3(v3.colour), toLinear(strainColour(39.0, StrainStops{10.0, 20.0, 39.0})));
  EXPECT_EQ(glm::vec3(v2.colour), toLinear(strainColour(0.0, StrainStops{10.0, 20.0, 39.0})));

  state.foramina[static_cast<std::size_t>(c5c6)][0].areaChangePercent = -17.0;
  const auto root = partLook(part(PartKind::Nerve, Vertebra::C5, Side::Left), 0, context());
  EXPECT_EQ(glm::vec3(root.colour), toLinear(narrowingColour(-17.0, LookContext{}.narrowingFullScalePercent)));

  view.heatMaps = false;  // plain tissue colours
  EXPECT_EQ(glm::vec3(partLook(part(PartKind::Facet, Vertebra::C5, Side::Left), 0, context()).colour),
            tissueColour(PartKind::Facet));
}

TEST_F(Fixture, ZoneTintOnlyWhenAskedAndOnlyOutsideTheComfortableZone) {
  const auto c5 = static_cast<std::size_t>(anatomy::index(Vertebra::C5));
  state.use.levels[c5].zone = biomech::Zone::BeyondActive;
  const auto plain = partLook(part(PartKind::Bone, Vertebra::C5), 0, context());
  EXPECT_EQ(glm::vec3(plain.colour), tissueColour(PartKind::Bone));
  view.zoneTint = true;
  EXPECT_NE(glm::vec3(partLook(part(PartKind::Bone, Vertebra::C5), 0, context()).colour), tissueColour(PartKind::Bone));
  EXPECT_EQ(glm::vec3(partLook(part(PartKind::Bone, Vertebra::C6), 0, context()).colour), tissueColour(PartKind::Bone));
}

TEST_F(Fixture, SelectedPartGetsARim) {
  auto c = context();
  c.selectedPart = 4;
  EXPECT_GT(partLook(part(PartKind::Bone, Vertebra::C5), 4, c).highlight.a, 0.5f);
  EXPECT_EQ(partLook(part(PartKind::Bone, Vertebra::C5), 3, c).highlight.a, 0.0f);
}

TEST(ArterySegment, ReadFromThePartName) {
  EXPECT_EQ(arterySegmentOf(part(PartKind::Artery, Vertebra::C1, Side::Left, "Left vertebral artery V3")), 2);
  EXPECT_EQ(arterySegmentOf(part(PartKind::Artery, Vertebra::T1, Side::Left, "Left vertebral artery V1")), 0);
  EXPECT_FALSE(arterySegmentOf(part(PartKind::Artery, Vertebra::C0, std::nullopt, "Basilar artery")));
  EXPECT_FALSE(arterySegmentOf(part(PartKind::Bone, Vertebra::C0, std::nullopt, "Bone V2")));
}

TEST(ClipPlane, AxesFollowTheBodyFrame) {
  const glm::vec3 centre{5.0f, 100.0f, -10.0f};
  EXPECT_FALSE(clipPlaneFor(ClipAxis::Off, 0.0f, centre));
  const auto sagittal = *clipPlaneFor(ClipAxis::Sagittal, 0.0f, centre);
  EXPECT_EQ(glm::vec3(sagittal), glm::vec3(1, 0, 0));  // +X = patient's left is cut away
  EXPECT_FLOAT_EQ(sagittal.w, 5.0f);
  const auto coronal = *clipPlaneFor(ClipAxis::Coronal, 12.0f, centre);
  EXPECT_EQ(glm::vec3(coronal), glm::vec3(0, 0, 1));  // the front is cut away
  EXPECT_FLOAT_EQ(coronal.w, 2.0f);
  const auto axial = *clipPlaneFor(ClipAxis::Axial, -20.0f, centre);
  EXPECT_EQ(glm::vec3(axial), glm::vec3(0, 1, 0));
  // The renderer discards where dot(p, n) > w: a point 1 mm above the offset plane goes.
  EXPECT_GT(glm::dot(centre + glm::vec3(0, -19, 0), glm::vec3(axial)), axial.w);
  EXPECT_LT(glm::dot(centre + glm::vec3(0, -21, 0), glm::vec3(axial)), axial.w);
  ClipAxis parsed{};
  EXPECT_TRUE(parseClipAxis("coronal", parsed));
  EXPECT_EQ(parsed, ClipAxis::Coronal);
  EXPECT_FALSE(parseClipAxis("diagonal", parsed));
}

}  // namespace
}  // namespace spineview::app::look
