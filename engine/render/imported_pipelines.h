// Pipelines for what only imported models have, kept apart from the scene's own
// (scene_pipelines.h): surfaces with a base-colour texture (set 1 holds the texture, binding 1
// the texture coordinates), and line segments and points such as vessel and nerve centre-lines,
// each for both skinning paths. Lines and points also have object-id pipelines, drawn wider
// there than on screen so a click next to a thin line still picks it. The pipeline layout
// shares set 0 and the push constants with the scene's layout, so switching keeps set 0 bound.
#pragma once

#include <cstdint>

#include <vulkan/vulkan.h>

#include "gpu/descriptors.h"
#include "gpu/pipeline.h"
#include "render/scene_pipelines.h"
#include "render/skinning_mode.h"
#include "scene/frame_view.h"

namespace spineview::gpu {
class Device;
class RenderPasses;
}  // namespace spineview::gpu

namespace spineview::render {

class ImportedPipelines {
 public:
  ImportedPipelines() = default;
  ImportedPipelines(const gpu::Device& device, const gpu::RenderPasses& passes, VkDescriptorSetLayout frameSetLayout,
                    std::uint32_t pushConstantBytes);

  VkPipelineLayout layout() const { return layout_.handle(); }
  VkDescriptorSetLayout textureSetLayout() const { return textureSetLayout_.handle(); }

  // A textured surface: pass is Opaque, OpaqueCulled or Translucent (others: VK_NULL_HANDLE).
  VkPipeline textured(SkinningMode path, DrawPass pass) const;
  // Lines or points (primitive is Lines or Points): pass is Opaque, Translucent or ObjectId.
  VkPipeline primitive(SkinningMode path, scene::Primitive primitive, DrawPass pass) const;
  // Point diameter in pixels for a pass (push constant material.w of point draws).
  std::uint32_t pointSize(DrawPass pass) const { return pass == DrawPass::ObjectId ? idPointSize_ : pointSize_; }
  // How far (pixels) a line or point reaches past its vertices in the object-id pass, so a
  // probe beside it is still tested against it.
  static int objectIdReachPixels();

 private:
  static constexpr int kTexturedPasses = 3;   // Opaque, OpaqueCulled, Translucent
  static constexpr int kPrimitivePasses = 3;  // Opaque, Translucent, ObjectId
  gpu::DescriptorSetLayout textureSetLayout_;
  gpu::PipelineLayout layout_;
  gpu::Pipeline textured_[2][kTexturedPasses];    // [gpu, cpu path]
  gpu::Pipeline lines_[2][kPrimitivePasses];
  gpu::Pipeline points_[2][kPrimitivePasses];
  std::uint32_t pointSize_ = 1, idPointSize_ = 1;
};

}  // namespace spineview::render
