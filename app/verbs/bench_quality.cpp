#include "verbs/bench_quality.h"

#include "gpu/device.h"
#include "gpu/render_passes.h"
#include "render/frame_recorder.h"
#include "render/headless_target.h"
#include "render/scene_renderer.h"

namespace spineview::app {
namespace {
struct Drawn {
  core::RgbaImage image;
  VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;  // what the device granted
};

Drawn draw(GpuContext& gpu, const mesh::MeshData& mesh, const scene::FrameView& view, VkExtent2D extent,
           VkSampleCountFlagBits samples, bool post, render::SkinningMode skinning) {
  const gpu::RenderPasses passes(gpu.device, samples, false, post);
  render::SceneRenderer renderer(gpu.device, passes, skinning);
  renderer.setMesh(mesh);
  render::HeadlessTarget target(gpu.device, passes, extent);
  Drawn drawn;
  drawn.samples = passes.samples();
  drawn.image = target.renderAndRead([&](VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& t) {
    render::recordFramePasses(cmd, slot, passes, t, {std::span(&view, 1), &renderer, nullptr});
  });
  return drawn;
}
}  // namespace

core::Result<AntiAliasingQuality> measureAntiAliasingQuality(GpuContext& gpu, const mesh::MeshData& mesh,
                                                             const scene::FrameView& view, VkExtent2D extent,
                                                             render::SkinningMode skinning) {
  AntiAliasingQuality q;
  core::RgbaImage reference;
  const auto& limits = gpu.device.properties().limits;
  if (limits.framebufferColorSampleCounts & limits.framebufferDepthSampleCounts & VK_SAMPLE_COUNT_8_BIT) {
    reference = draw(gpu, mesh, view, extent, VK_SAMPLE_COUNT_8_BIT, false, skinning).image;
    q.reference = "8x MSAA";
  } else {
    // The view's viewport and projection are relative, so the same view fills the larger target.
    const VkExtent2D twice{extent.width * 2, extent.height * 2};
    auto big = draw(gpu, mesh, view, twice, VK_SAMPLE_COUNT_4_BIT, false, skinning);
    auto down = core::downsampleLinear(big.image, 2);
    if (!down) return core::fail(down.message());
    reference = std::move(down).value();
    q.reference = std::to_string(4 * int(big.samples)) + " samples (" + std::to_string(int(big.samples)) +
                  "x MSAA at twice the size, averaged down; the device has no 8x MSAA)";
  }
  const auto msaa = draw(gpu, mesh, view, extent, VK_SAMPLE_COUNT_4_BIT, false, skinning);
  const auto post = draw(gpu, mesh, view, extent, VK_SAMPLE_COUNT_1_BIT, true, skinning);
  const auto off = draw(gpu, mesh, view, extent, VK_SAMPLE_COUNT_1_BIT, false, skinning);
  q.msaaSamples = int(msaa.samples);
  auto m = core::edgeError(msaa.image, reference, off.image);
  auto p = core::edgeError(post.image, reference, off.image);
  auto o = core::edgeError(off.image, reference, off.image);
  if (!m || !p || !o) return core::fail("anti-aliasing quality: the pictures differ in size");
  q.msaa4 = *m;
  q.post = *p;
  q.off = *o;
  return q;
}

}  // namespace spineview::app
