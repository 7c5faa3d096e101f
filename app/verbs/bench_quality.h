// Anti-aliasing quality for `spineview bench`: one frame (Default detail, posed, no
// interface) drawn with 4x MSAA, with post anti-aliasing and with neither, each compared with
// a reference of the same frame over its edge pixels (core/edge_error.h). The reference is
// 8x MSAA where the device has it; lavapipe offers only 1 and 4 samples, so there it is 4x
// MSAA at twice the width and height averaged down in linear light (16 samples per pixel).
#pragma once

#include <string>

#include "core/edge_error.h"
#include "core/result.h"
#include "gpu_context.h"
#include "mesh/mesh_data.h"
#include "render/skinning_mode.h"
#include "scene/frame_view.h"

namespace spineview::app {

struct AntiAliasingQuality {
  std::string reference;  // how the reference was made
  core::EdgeError msaa4;  // 4x MSAA (or the device's nearest count)
  int msaaSamples = 4;
  core::EdgeError post;   // one sample + FXAA
  core::EdgeError off;    // one sample
};

core::Result<AntiAliasingQuality> measureAntiAliasingQuality(GpuContext& gpu, const mesh::MeshData& mesh,
                                                             const scene::FrameView& view, VkExtent2D extent,
                                                             render::SkinningMode skinning);

}  // namespace spineview::app
