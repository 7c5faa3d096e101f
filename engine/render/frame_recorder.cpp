#include "render/frame_recorder.h"

#include "gpu/offscreen_target.h"
#include "gpu/render_passes.h"
#include "render/imgui_layer.h"

namespace spineview::render {

DrawStats recordFramePasses(VkCommandBuffer cmd, std::uint32_t slot, const gpu::RenderPasses& passes,
                            const gpu::OffscreenTarget& target, const FrameInputs& inputs) {
  DrawStats stats = inputs.scene->record(cmd, slot, target, inputs.views);
  VkRenderPassBeginInfo begin{VK_STRUCTURE_TYPE_RENDER_PASS_BEGIN_INFO};
  begin.renderPass = passes.ui();
  begin.framebuffer = target.uiFramebuffer();
  begin.renderArea = {{0, 0}, target.extent()};
  vkCmdBeginRenderPass(cmd, &begin, VK_SUBPASS_CONTENTS_INLINE);
  if (inputs.ui) inputs.ui->render(cmd);
  vkCmdEndRenderPass(cmd);
  return stats;
}

}  // namespace spineview::render
