// How each part looks this frame: tissue colour or heat map, layer visibility and opacity,
// x-ray, isolation of one level, zone tint and selection rim. Pure: the inputs are plain
// values, so every rule is unit-tested without a session or GPU.
#pragma once

#include <cstdint>
#include <optional>

#include <glm/glm.hpp>

#include "biomech/biomech_model.h"
#include "mesh/mesh_data.h"
#include "scene/colour_maps.h"
#include "scene/frame_view.h"
#include "session/app_state.h"

namespace spineview::app::look {

struct LookContext {
  const ViewSettings* view = nullptr;               // required
  PaletteOptions palette;
  std::optional<std::uint32_t> selectedPart;        // index into mesh.parts
  const biomech::BiomechState* state = nullptr;     // null: no heat maps (imported model)
  StrainStops strainStops{10.0, 20.0, 39.0};        // artery gauge (ArteryParams)
  double narrowingFullScalePercent = 45.0;          // deepest narrowing the foramen model can give
};

struct PartLook {
  bool visible = false;
  glm::vec4 colour{1.0f};       // linear RGB + opacity
  glm::vec4 highlight{0.0f};    // rim colour + strength
  scene::Material material = scene::Material::Bone;
  std::int32_t texture = -1;    // an imported part's own base-colour texture (MeshData::textures)
};

// Opacities in x-ray mode: bone faint, soft tissue readable, skin almost gone.
inline constexpr float kXrayBoneAlpha = 0.25f;
inline constexpr float kXrayRibAlpha = 0.15f;
inline constexpr float kXrayDiscAlpha = 0.35f;
inline constexpr float kXraySkinAlpha = 0.05f;
// Parts outside an isolated level: faint and greyed.
inline constexpr float kDimmedAlpha = 0.12f;
inline constexpr float kDimmedDesaturation = 0.75f;
inline constexpr glm::vec4 kSelectionRim{0.25f, 0.85f, 1.0f, 1.0f};

// Base tissue colour (linear RGB) and material.
glm::vec3 tissueColour(mesh::PartKind kind);
scene::Material tissueMaterial(mesh::PartKind kind);

// Artery segment 0..3 (V1…V4) from a part named "… V2"; nullopt for other parts.
std::optional<int> arterySegmentOf(const mesh::MeshPart& part);
// Whether a part belongs to an isolated level: its vertebra, and the discs, facet joints and
// nerve roots of the segments above and below it.
bool belongsToLevel(const mesh::MeshPart& part, anatomy::Vertebra level);

PartLook partLook(const mesh::MeshPart& part, std::uint32_t partIndex, const LookContext& context);

}  // namespace spineview::app::look
