// Shared scenes for the renderer feature tests: the real built-in spine at Low detail
// (generated once per test binary), FrameViews built with app::buildFrameView, a simple
// bend pose, and one-call headless rendering at test size without the interface.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/png_image.h"
#include "gpu_context.h"
#include "mesh/mesh_data.h"
#include "render/scene_renderer.h"
#include "scene/camera.h"
#include "scene/frame_view.h"
#include "scene_builder.h"

namespace spineview::test {

// The built-in model at Low detail (~0.7 s to generate, once).
const mesh::MeshData& lowDetailSpine();

// Joint world matrices for a smooth bend of the whole column: `flexionDeg` spread over the
// joints (forward flexion, about +X) plus `rotationDeg` (axial, about +Y).
std::vector<glm::mat4> bendPose(const mesh::MeshData& model, float flexionDeg, float rotationDeg);

// A FrameView of `model` seen from `dir`, framed to fit, for a viewport of aspect `aspect`;
// sortCentre filled from each part's vertices (the scene builder may not set it yet).
// `neckZoom` > 1 moves the camera that much closer, aimed at C4 (features of the neck).
scene::FrameView makeView(const mesh::MeshData& model, scene::StandardView dir, float aspect,
                          const std::vector<glm::mat4>& jointWorld = {}, const app::LayerSettings& layers = {},
                          float neckZoom = 1.0f);

// partId (index + 1) of the part with this exact name ("C5 vertebra"), or 0.
std::uint32_t partIdNamed(const mesh::MeshData& model, const std::string& name);

// X-ray look: bones (and rib cage, scapulae) at `boneAlpha`, vessels/nerves/cord opaque.
app::LayerSettings xrayLayers(float boneAlpha = 0.25f);

// Index of the first part of `kind` (+1 = its partId in buildFrameView), or -1.
int firstPartOfKind(const mesh::MeshData& model, mesh::PartKind kind);

// Renders `views` (no UI) into a fresh target of `extent` and reads the picture back.
core::RgbaImage renderViews(app::GpuContext& gpu, render::SceneRenderer& renderer, VkExtent2D extent,
                            std::span<const scene::FrameView> views);

// Pixels differing from the bottom-right corner colour by more than 30 (sum of |ΔRGB|) in a rectangle.
std::size_t countNonBackground(const core::RgbaImage& img, int x0, int y0, int x1, int y1);

}  // namespace spineview::test
