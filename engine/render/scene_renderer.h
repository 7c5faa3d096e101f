// Draws the FrameViews of one frame into the scene render pass, each in its own viewport
// (split view: two views side by side): opaque items first, then translucent ones sorted back
// to front by their sortCentre's distance to that view's camera, the body surface last.
// When views ask for probe pixels, an object-id pass over just those pixels follows and the
// ids are copied out; GPU timestamps bracket the scene pass (and the post anti-aliasing pass
// that follows it when the passes have one). Owns the pipelines and the per-frame-slot
// uniform, joint, pre-skinned vertex and probe buffers.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <vulkan/vulkan.h>

#include "gpu/buffer.h"
#include "gpu/descriptors.h"
#include "gpu/frame_ring.h"
#include "gpu/pipeline.h"
#include "gpu/timestamp_queries.h"
#include "render/gpu_mesh.h"
#include "render/imported_pipelines.h"
#include "render/model_textures.h"
#include "render/post_anti_aliasing.h"
#include "render/probe_results.h"
#include "render/screen_bounds.h"
#include "render/scene_pipelines.h"
#include "render/skinning_mode.h"
#include "scene/frame_view.h"

namespace spineview::gpu {
class Device;
class OffscreenTarget;
class RenderPasses;
}  // namespace spineview::gpu

namespace spineview::render {

inline constexpr std::uint32_t kMaxSkinMatrices = 1024;  // per view
inline constexpr std::uint32_t kMaxViews = 4;            // per frame; further views are not drawn

struct DrawStats {
  std::uint32_t drawCalls = 0;
  std::uint64_t triangles = 0;
};

class SceneRenderer {
 public:
  // `skinning` Auto resolves by device type (see skinning_mode.h).
  SceneRenderer(const gpu::Device& device, const gpu::RenderPasses& passes, SkinningMode skinning = SkinningMode::Auto);

  void setMesh(const mesh::MeshData& mesh);
  const GpuMesh& mesh() const { return mesh_; }
  // Waits for the GPU to go idle; takes effect from the next recorded frame.
  void setSkinningMode(SkinningMode mode);
  SkinningMode skinningMode() const { return skinning_; }  // resolved: Gpu or Cpu

  // Records timestamps, the scene pass with every view, and the probe copy. `slot` picks the
  // per-frame buffers and must not be in use by the GPU (the caller waited on its fence).
  DrawStats record(VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& target,
                   std::span<const scene::FrameView> views);

  // Results of the probes recorded into `slot`, in view order then probePixels order. Valid
  // once that slot's fence has been waited: right after a headless frame; in the window, at
  // the start of the record callback that reuses the slot (the frame two frames earlier).
  ProbeResults probeResults(std::uint32_t slot) const;
  // GPU time of the scene pass recorded into `slot` (same validity); empty without timestamps.
  std::optional<double> gpuSceneTimeMs(std::uint32_t slot) const;

 private:
  struct SlotResources {
    gpu::Buffer uniforms;      // kMaxViews regions
    gpu::Buffer joints;        // kMaxViews regions of kMaxSkinMatrices
    gpu::Buffer skinned;       // kMaxViews × vertexCount pre-skinned vertices (CPU path)
    gpu::Buffer probes;        // kMaxProbes × uvec2 (part id, depth bits)
    VkDescriptorSet set = VK_NULL_HANDLE;
    std::vector<ProbeResult> requested;
    std::array<WorldBox, kMaxViews> drawnBounds;  // of each view's skinned vertices (CPU path; empty otherwise)
    // Per view, per item (view.items order): its skinned vertices' box (CPU path; else empty).
    std::array<std::vector<WorldBox>, kMaxViews> itemBounds;
  };
  // Where post anti-aliasing has to run: the drawn model's projected bounds (CPU path), else
  // each whole view.
  VkRect2D postArea(const SlotResources& res, std::span<const scene::FrameView> views, VkExtent2D extent) const;
  void allocateSkinnedBuffers();
  void writeViewData(SlotResources& res, std::uint32_t viewIndex, const scene::FrameView& view);
  void drawView(VkCommandBuffer cmd, SlotResources& res, std::uint32_t viewIndex, const scene::FrameView& view,
                VkExtent2D extent, DrawStats& stats);
  void bindView(VkCommandBuffer cmd, SlotResources& res, std::uint32_t viewIndex, VkRect2D viewportRect, VkRect2D scissor);
  // Binds the pipeline for an item in a pass (an imported model's textured surfaces, lines and
  // points have their own, see imported_pipelines.h) and its texture; pushes its constants.
  void bindItem(VkCommandBuffer cmd, const scene::DrawItem& item, DrawPass pass, VkPipeline& bound);
  // The id pass over the probe pixels and the copy of those pixels to the slot's probe buffer.
  void recordObjectIds(VkCommandBuffer cmd, SlotResources& res, const gpu::OffscreenTarget& target,
                       std::span<const scene::FrameView> views);

  const gpu::Device& device_;
  const gpu::RenderPasses& passes_;
  SkinningMode skinning_;
  VkDeviceSize uniformStride_ = 0;
  VkDeviceSize jointStride_ = 0;
  gpu::DescriptorSetLayout setLayout_;
  gpu::DescriptorPool pool_;
  gpu::PipelineLayout layout_;
  ScenePipelines pipelines_;
  ImportedPipelines imported_;
  PostAntiAliasing postAntiAliasing_;  // when the passes have a post pass
  gpu::TimestampQueries timestamps_;
  std::array<SlotResources, gpu::kFramesInFlight> slots_;
  GpuMesh mesh_;
  ModelTextures textures_;
};

}  // namespace spineview::render
