// The passes of one frame, shared by the window and the headless paths so both produce the
// same picture: scene pass (every view) → probe copy → ui pass (ImGui, if any) → resolved
// image ready for transfer. Probe results and GPU time: SceneRenderer::probeResults(slot) and
// gpuSceneTimeMs(slot) once the slot's fence was waited.
#pragma once

#include <cstdint>
#include <span>

#include <vulkan/vulkan.h>

#include "render/scene_renderer.h"

namespace spineview::gpu {
class OffscreenTarget;
}

namespace spineview::render {

class ImGuiLayer;

struct FrameInputs {
  std::span<const scene::FrameView> views;  // drawn in order, each into its own viewport
  SceneRenderer* scene = nullptr;
  ImGuiLayer* ui = nullptr;  // null: no interface in this frame (ImGui frame must have been started otherwise)
};

DrawStats recordFramePasses(VkCommandBuffer cmd, std::uint32_t slot, const gpu::RenderPasses& passes,
                            const gpu::OffscreenTarget& target, const FrameInputs& inputs);

}  // namespace spineview::render
