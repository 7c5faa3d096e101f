// Label occlusion from last frame's probes (app/scene/label_anchors.h): a label shows when the
// probe at its anchor saw its own part, or, for a vertebra, another part of the same level.
#include <gtest/gtest.h>

#include <vector>

#include "scene/label_anchors.h"

namespace spineview::app::look {
namespace {

using anatomy::Vertebra;

mesh::MeshPart part(mesh::PartKind kind, std::optional<Vertebra> level) {
  mesh::MeshPart p;
  p.kind = kind;
  p.level = level;
  return p;
}

// Part ids are indices + 1: 1 = C0 bone, 2 = C0–C1 facet, 3 = C1 bone, 4 = an artery without a level.
const std::vector<mesh::MeshPart> kParts{part(mesh::PartKind::Bone, Vertebra::C0), part(mesh::PartKind::Facet, Vertebra::C0),
                                         part(mesh::PartKind::Bone, Vertebra::C1), part(mesh::PartKind::Artery, std::nullopt)};

LabelAnchor anchorAt(glm::vec2 pixel, std::uint32_t partId) {
  LabelAnchor a;
  a.pixel = pixel;
  a.partId = partId;
  return a;
}

TEST(LabelVisibility, NotProbedNearTheAnchorIsUnknown) {
  const std::vector<ProbedPixel> probes{{0, {100.0f, 100.0f}, 1}};
  EXPECT_FALSE(probedVisible(probes, anchorAt({200.0f, 200.0f}, 1), kParts).has_value());
  // A probe of the other view does not count either.
  const std::vector<ProbedPixel> otherView{{1, {200.0f, 200.0f}, 1}};
  EXPECT_FALSE(probedVisible(otherView, anchorAt({200.0f, 200.0f}, 1), kParts).has_value());
}

TEST(LabelVisibility, OwnPartSeenShowsTheLabel) {
  const std::vector<ProbedPixel> probes{{0, {201.0f, 199.0f}, 3}};
  EXPECT_EQ(probedVisible(probes, anchorAt({200.0f, 200.0f}, 3), kParts), true);
}

TEST(LabelVisibility, VertebraSeenThroughItsOwnFacetStaysLabelled) {
  // The occiput's body centre lies behind its own C0–C1 facet in a lateral view.
  const std::vector<ProbedPixel> probes{{0, {200.0f, 200.0f}, 2}};
  EXPECT_EQ(probedVisible(probes, anchorAt({200.0f, 200.0f}, 1), kParts), true);
  EXPECT_EQ(probedVisible(probes, anchorAt({200.0f, 200.0f}, 1)), false);  // without the parts: own part only
}

TEST(LabelVisibility, AnotherLevelOrStructureInFrontHidesTheLabel) {
  EXPECT_EQ(probedVisible({{0, {200.0f, 200.0f}, 3}}, anchorAt({200.0f, 200.0f}, 1), kParts), false);  // C1 over C0
  EXPECT_EQ(probedVisible({{0, {200.0f, 200.0f}, 4}}, anchorAt({200.0f, 200.0f}, 1), kParts), false);  // an artery
  EXPECT_EQ(probedVisible({{0, {200.0f, 200.0f}, 0}}, anchorAt({200.0f, 200.0f}, 1), kParts), false);  // nothing
  // Only vertebra labels widen the match: a facet label needs the facet itself.
  EXPECT_EQ(probedVisible({{0, {200.0f, 200.0f}, 1}}, anchorAt({200.0f, 200.0f}, 2), kParts), false);
}

}  // namespace
}  // namespace spineview::app::look
