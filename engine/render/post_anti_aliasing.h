// The post anti-aliasing pass (shaders/fxaa.frag): copies the single-sample scene colour of
// an OffscreenTarget into its final image, then redraws, smoothed, only the rectangle where
// the model is (a CPU device shades every pixel of a full-screen pass at full cost, even
// where the shader finds no edge, since its SIMD lanes do not branch). The ui pass then
// draws on the result. Used when the passes were made with post anti-aliasing; owns its
// pipeline, sampler and one descriptor set per frame slot (pointed at the target drawn).
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

  // Records the copy and the post pass over `area` (target pixels; empty: copy only) after the
  // scene pass. `slot` must not be in use by the GPU.
  void record(VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& target, VkRect2D area);

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
