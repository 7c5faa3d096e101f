// The passes of one frame, shared by the window and the headless paths so both produce the
// same picture: scene pass → ui pass (ImGui, if any) → resolved image ready for transfer.
#pragma once

#include <cstdint>

#include <vulkan/vulkan.h>

#include "render/scene_renderer.h"

namespace spineview::gpu {
class OffscreenTarget;
}

namespace spineview::render {

class ImGuiLayer;

struct FrameInputs {
  const scene::FrameView* view = nullptr;
  SceneRenderer* scene = nullptr;
  ImGuiLayer* ui = nullptr;  // null: no interface in this frame (ImGui frame must have been started otherwise)
};

DrawStats recordFramePasses(VkCommandBuffer cmd, std::uint32_t slot, const gpu::RenderPasses& passes,
                            const gpu::OffscreenTarget& target, const FrameInputs& inputs);

}  // namespace spineview::render
