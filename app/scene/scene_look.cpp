#include "scene/scene_look.h"

#include <algorithm>

#include "scene/layer_mapping.h"

namespace spineview::app::look {
namespace {

bool isBony(mesh::PartKind k) {
  return k == mesh::PartKind::Bone || k == mesh::PartKind::RibCage || k == mesh::PartKind::Scapula || k == mesh::PartKind::Other;
}
bool isVivid(mesh::PartKind k) {
  return k == mesh::PartKind::Artery || k == mesh::PartKind::Cord || k == mesh::PartKind::Nerve;
}
std::size_t sideIndex(const mesh::MeshPart& part) { return static_cast<std::size_t>(part.side.value_or(anatomy::Side::Left)); }

// Heat-map colour (linear) for a part with a measured state, if it has one.
std::optional<glm::vec3> heatColour(const mesh::MeshPart& part, const LookContext& c) {
  if (!c.view->heatMaps || !c.state || !part.level || !part.side) return std::nullopt;
  const int segment = anatomy::index(*part.level);
  const auto s = static_cast<std::size_t>(segment);
  switch (part.kind) {
    case mesh::PartKind::Facet:
      if (segment >= anatomy::kSegmentCount) return std::nullopt;
      return toLinear(facetGapColour(c.state->facets[s][sideIndex(part)].changeMm, c.palette));
    case mesh::PartKind::Artery:
      if (auto v = arterySegmentOf(part))
        return toLinear(strainColour(c.state->arteries[sideIndex(part)].segments[static_cast<std::size_t>(*v)].strainPercent,
                                     c.strainStops));
      return std::nullopt;
    case mesh::PartKind::Nerve:
      if (segment >= anatomy::kSegmentCount) return std::nullopt;
      return toLinear(narrowingColour(c.state->foramina[s][sideIndex(part)].areaChangePercent, c.narrowingFullScalePercent));
    default: return std::nullopt;
  }
}

}  // namespace

glm::vec3 tissueColour(mesh::PartKind kind) {
  switch (kind) {
    case mesh::PartKind::Bone: return {0.80f, 0.70f, 0.52f};        // warm ivory
    case mesh::PartKind::Disc: return {0.50f, 0.60f, 0.68f};        // bluish fibrocartilage
    case mesh::PartKind::Facet: return {0.55f, 0.72f, 0.85f};       // articular cartilage
    case mesh::PartKind::Artery: return {0.62f, 0.03f, 0.03f};      // arterial red
    case mesh::PartKind::Cord: return {0.86f, 0.66f, 0.10f};        // neural yellow
    case mesh::PartKind::Nerve: return {0.90f, 0.72f, 0.12f};
    case mesh::PartKind::RibCage: return {0.76f, 0.66f, 0.50f};
    case mesh::PartKind::Scapula: return {0.74f, 0.64f, 0.48f};
    case mesh::PartKind::BodySurface: return {0.80f, 0.52f, 0.40f};
    case mesh::PartKind::Other: return {0.70f, 0.70f, 0.70f};
  }
  return {0.7f, 0.7f, 0.7f};
}

scene::Material tissueMaterial(mesh::PartKind kind) {
  switch (kind) {
    case mesh::PartKind::Bone:
    case mesh::PartKind::RibCage:
    case mesh::PartKind::Scapula: return scene::Material::Bone;
    case mesh::PartKind::Artery: return scene::Material::Vessel;
    case mesh::PartKind::BodySurface: return scene::Material::Skin;
    default: return scene::Material::Soft;
  }
}

std::optional<int> arterySegmentOf(const mesh::MeshPart& part) {
  if (part.kind != mesh::PartKind::Artery) return std::nullopt;
  const auto& n = part.name;
  if (n.size() < 3 || n[n.size() - 3] != ' ' || n[n.size() - 2] != 'V') return std::nullopt;
  const int digit = n.back() - '1';
  if (digit < 0 || digit > 3) return std::nullopt;
  return digit;
}

bool belongsToLevel(const mesh::MeshPart& part, anatomy::Vertebra level) {
  if (!part.level) return false;
  const int own = anatomy::index(*part.level), wanted = anatomy::index(level);
  switch (part.kind) {
    case mesh::PartKind::Bone: return own == wanted;
    case mesh::PartKind::Disc:
    case mesh::PartKind::Facet:
    case mesh::PartKind::Nerve: return own == wanted || own == wanted - 1;  // segment named by its upper vertebra
    default: return false;
  }
}

PartLook partLook(const mesh::MeshPart& part, std::uint32_t partIndex, const LookContext& c) {
  PartLook look;
  const ViewSettings& v = *c.view;
  const auto layer = static_cast<std::size_t>(layerOf(part.kind));
  if (!v.visible[layer]) return look;
  float alpha = std::clamp(v.opacity[layer], 0.0f, 1.0f);
  glm::vec3 colour = tissueColour(part.kind);
  look.material = tissueMaterial(part.kind);
  // An imported part without an anatomical kind keeps the look its file gives it.
  if (part.kind == mesh::PartKind::Other && part.fileColour) {
    colour = glm::vec3(*part.fileColour);
    alpha = std::min(alpha, part.fileColour->a);
  }
  if (part.kind == mesh::PartKind::Other) look.texture = part.texture;

  if (auto heat = heatColour(part, c)) colour = *heat;
  if (v.zoneTint && c.state && part.kind == mesh::PartKind::Bone && part.level &&
      anatomy::index(*part.level) < anatomy::kSegmentCount) {
    const auto tint = zoneTint(c.state->use.levels[static_cast<std::size_t>(anatomy::index(*part.level))].zone);
    colour = glm::mix(colour, toLinear(tint.colour), tint.weight);
  }

  if (v.xray) {
    if (part.kind == mesh::PartKind::Bone || part.kind == mesh::PartKind::Other) alpha = std::min(alpha, kXrayBoneAlpha);
    else if (part.kind == mesh::PartKind::RibCage || part.kind == mesh::PartKind::Scapula) alpha = std::min(alpha, kXrayRibAlpha);
    else if (part.kind == mesh::PartKind::Disc) alpha = std::min(alpha, kXrayDiscAlpha);
    else if (part.kind == mesh::PartKind::BodySurface) alpha = std::min(alpha, kXraySkinAlpha);
    else if (isVivid(part.kind)) {
      alpha = 1.0f;  // vessels and nerves stay solid and saturated so they read through the bone
      const float grey = glm::dot(colour, glm::vec3(0.2126f, 0.7152f, 0.0722f));
      colour = glm::clamp(glm::mix(glm::vec3(grey), colour, 1.35f) * 1.15f, 0.0f, 1.0f);
    }
  }
  if (v.isolatedLevel && !belongsToLevel(part, *v.isolatedLevel)) {
    alpha = std::min(alpha, isBony(part.kind) || isVivid(part.kind) ? kDimmedAlpha : 0.5f * kDimmedAlpha);
    colour = desaturate(colour, kDimmedDesaturation);
  }
  if (c.selectedPart && *c.selectedPart == partIndex) look.highlight = kSelectionRim;
  look.colour = glm::vec4(colour, alpha);
  look.visible = alpha > 0.004f;
  return look;
}

}  // namespace spineview::app::look
