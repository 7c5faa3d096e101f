// The plain per-frame snapshot the renderer draws: camera matrices, lights, skin matrices,
// and draw items that reference index ranges of the uploaded model. Nothing in it knows
// anatomy; the app fills it from the simulation each frame.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

namespace spineview::scene {

// Matches SV_MATERIAL_* in shaders/shared/frame_data.h.
enum class Material : std::uint32_t { Bone = 0, Soft = 1, Vessel = 2, Skin = 3 };

// How an item's indices are drawn: the model's surfaces are triangles; imported models may also
// have line segments and points (centre-lines), drawn by render/imported_pipelines.
enum class Primitive : std::uint8_t { Triangles, Lines, Points };

struct DrawItem {
  std::uint32_t firstIndex = 0;
  std::uint32_t indexCount = 0;
  glm::vec4 color{1.0f};         // linear RGB + opacity (< 1 draws in the translucent pass)
  glm::vec4 highlight{0.0f};     // rim colour + strength (selection)
  Material material = Material::Bone;
  std::uint32_t partId = 0;      // for picking
  std::uint32_t jointOffset = 0; // into FrameView::skinMatrices
  glm::vec3 sortCentre{0.0f};    // world-space centre, for back-to-front order of translucent items
  Primitive primitive = Primitive::Triangles;
  std::int32_t texture = -1;     // base-colour texture of the uploaded model (MeshData::textures), -1: none
};

struct Light {
  glm::vec3 direction{0.0f, 1.0f, 0.0f};  // towards the light, world space
  float intensity = 1.0f;
};

struct Lighting {
  Light key, fill, rim;
  glm::vec3 sky{0.42f, 0.45f, 0.50f};
  glm::vec3 ground{0.16f, 0.14f, 0.13f};
};

struct FrameView {
  glm::mat4 view{1.0f};
  glm::mat4 projection{1.0f};
  glm::vec3 cameraPosition{0.0f};
  Lighting lighting;
  glm::vec4 clearColor{0.035f, 0.040f, 0.050f, 1.0f};  // linear; a dark slate that lets bone stand out
  bool clipEnabled = false;
  glm::vec4 clipPlane{0.0f};                        // xyz normal, w offset: discard where dot(p, n) > w
  std::vector<glm::mat4> skinMatrices;              // joint world * inverse bind
  std::vector<DrawItem> items;
  // Where this view goes in the target: normalized x, y, width, height, origin top-left.
  // Split views (controlled | forceful) are two FrameViews with side-by-side viewports.
  glm::vec4 viewport{0.0f, 0.0f, 1.0f, 1.0f};
  // Pixels (target coordinates, origin top-left) whose visible part id the renderer reports
  // back once the frame has completed: label occlusion and picking.
  std::vector<glm::vec2> probePixels;
};

// Three-point lighting placed relative to the camera so the model is lit alike from any side.
Lighting cameraRelativeLighting(const glm::mat4& view);

}  // namespace spineview::scene
