// The post anti-aliasing pass (shaders/fxaa.frag): reads the single-sample scene colour of
// an OffscreenTarget and writes the smoothed picture into its final image, which the ui pass
// then draws on. Used when the passes were made with post anti-aliasing; owns its pipeline,
// sampler and one descriptor set per frame slot (pointed at the target being drawn).
#pragma once

#include <array>
#include <cstdint>

#include <vulkan/vulkan.h>

#include "gpu/descriptors.h"
#include "gpu/frame_ring.h"
#include "gpu/pipeline.h"
#include "gpu/sampler.h"

namespace spineview::gpu {
class Device;
class OffscreenTarget;
class RenderPasses;
}  // namespace spineview::gpu

namespace spineview::render {

class PostAntiAliasing {
 public:
  PostAntiAliasing() = default;
  // `passes` must have post anti-aliasing.
  PostAntiAliasing(const gpu::Device& device, const gpu::RenderPasses& passes);

  // Records the post pass after the scene pass. `slot` must not be in use by the GPU.
  void record(VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& target);

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkRenderPass pass_ = VK_NULL_HANDLE;
  gpu::Sampler sampler_;
  gpu::DescriptorSetLayout setLayout_;
  gpu::DescriptorPool pool_;
  gpu::PipelineLayout layout_;
  gpu::Pipeline pipeline_;
  std::array<VkDescriptorSet, gpu::kFramesInFlight> sets_{};
  std::array<VkImageView, gpu::kFramesInFlight> boundViews_{};  // what each set points at
};

}  // namespace spineview::render
