#include "render/scene_renderer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "gpu/device.h"
#include "gpu/offscreen_target.h"
#include "gpu/render_passes.h"
#include "gpu/vk_check.h"
#include "render/cpu_skinning.h"
#include "shared/frame_data.h"

namespace spineview::render {
namespace {
// std140 layout of FrameUniforms in shaders/mesh.vert.
struct FrameUniforms {
  glm::mat4 viewProj;
  glm::mat4 view;
  glm::vec4 cameraPosition;
  glm::vec4 keyLight;
  glm::vec4 fillLight;
  glm::vec4 rimLight;
  glm::vec4 sky;
  glm::vec4 ground;
  glm::vec4 clipPlane;
  glm::vec4 options;
};

struct DrawConstants {
  glm::vec4 color;
  glm::vec4 highlight;
  glm::uvec4 material;
};
static_assert(sizeof(DrawConstants) <= 128, "push constants must fit the guaranteed 128 bytes");

VkDeviceSize alignUp(VkDeviceSize value, VkDeviceSize alignment) {
  return alignment == 0 ? value : (value + alignment - 1) / alignment * alignment;
}

bool isTranslucent(const scene::DrawItem& item) {
  return item.color.a < 0.999f || item.material == scene::Material::Skin;
}

bool coversAnyProbe(VkRect2D rect, std::span<const glm::vec2> probes) {
  for (const glm::vec2& p : probes)
    if (p.x >= float(rect.offset.x) && p.y >= float(rect.offset.y) && p.x < float(rect.offset.x) + float(rect.extent.width) &&
        p.y < float(rect.offset.y) + float(rect.extent.height))
      return true;
  return false;
}

// The view's rectangle in target pixels (origin top-left), clamped to the target.
VkRect2D viewRect(const scene::FrameView& view, VkExtent2D extent) {
  const float w = static_cast<float>(extent.width), h = static_cast<float>(extent.height);
  const float x0 = std::clamp(view.viewport.x * w, 0.0f, w), y0 = std::clamp(view.viewport.y * h, 0.0f, h);
  const float x1 = std::clamp((view.viewport.x + view.viewport.z) * w, 0.0f, w);
  const float y1 = std::clamp((view.viewport.y + view.viewport.w) * h, 0.0f, h);
  const auto ix0 = static_cast<int32_t>(std::lround(x0)), iy0 = static_cast<int32_t>(std::lround(y0));
  const auto ix1 = static_cast<int32_t>(std::lround(x1)), iy1 = static_cast<int32_t>(std::lround(y1));
  return {{ix0, iy0}, {static_cast<uint32_t>(std::max(0, ix1 - ix0)), static_cast<uint32_t>(std::max(0, iy1 - iy0))}};
}
}  // namespace

SceneRenderer::SceneRenderer(const gpu::Device& device, const gpu::RenderPasses& passes, SkinningMode skinning)
    : device_(device), passes_(passes), skinning_(resolveSkinningMode(skinning, device.info().type)) {
  const auto& limits = device.properties().limits;
  uniformStride_ = alignUp(sizeof(FrameUniforms), limits.minUniformBufferOffsetAlignment);
  jointStride_ = alignUp(sizeof(glm::mat4) * kMaxSkinMatrices, limits.minStorageBufferOffsetAlignment);

  const std::array<VkDescriptorSetLayoutBinding, 2> bindings{{
      {SV_BINDING_FRAME, VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER_DYNAMIC, 1, VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT, nullptr},
      {SV_BINDING_JOINTS, VK_DESCRIPTOR_TYPE_STORAGE_BUFFER_DYNAMIC, 1, VK_SHADER_STAGE_VERTEX_BIT, nullptr},
  }};
  setLayout_ = gpu::DescriptorSetLayout(device, bindings);
  const std::array<VkDescriptorPoolSize, 2> sizes{{
      {VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER_DYNAMIC, gpu::kFramesInFlight},
      {VK_DESCRIPTOR_TYPE_STORAGE_BUFFER_DYNAMIC, gpu::kFramesInFlight},
  }};
  pool_ = gpu::DescriptorPool(device, sizes, gpu::kFramesInFlight);
  const VkDescriptorSetLayout setLayout = setLayout_.handle();
  layout_ = gpu::PipelineLayout(device, std::span(&setLayout, 1), sizeof(DrawConstants));
  pipelines_ = ScenePipelines(device, passes, layout_.handle(), skinning_);
  imported_ = ImportedPipelines(device, passes, setLayout_.handle(), sizeof(DrawConstants));
  if (passes.postAntiAliasing()) postAntiAliasing_ = PostAntiAliasing(device, passes);
  timestamps_ = gpu::TimestampQueries(device);

  for (auto& s : slots_) {
    s.uniforms = gpu::Buffer(device, uniformStride_ * kMaxViews, VK_BUFFER_USAGE_UNIFORM_BUFFER_BIT, gpu::MemoryUse::HostVisible);
    s.joints = gpu::Buffer(device, jointStride_ * kMaxViews, VK_BUFFER_USAGE_STORAGE_BUFFER_BIT, gpu::MemoryUse::HostVisible);
    s.probes = gpu::Buffer(device, sizeof(glm::uvec2) * kMaxProbes, VK_BUFFER_USAGE_TRANSFER_DST_BIT, gpu::MemoryUse::HostVisible);
    s.set = pool_.allocate(setLayout_.handle());
    VkDescriptorBufferInfo uniformInfo{s.uniforms.handle(), 0, sizeof(FrameUniforms)};
    VkDescriptorBufferInfo jointInfo{s.joints.handle(), 0, sizeof(glm::mat4) * kMaxSkinMatrices};
    std::array<VkWriteDescriptorSet, 2> writes{};
    writes[0] = {VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET, nullptr, s.set, SV_BINDING_FRAME, 0, 1,
                 VK_DESCRIPTOR_TYPE_UNIFORM_BUFFER_DYNAMIC, nullptr, &uniformInfo, nullptr};
    writes[1] = {VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET, nullptr, s.set, SV_BINDING_JOINTS, 0, 1,
                 VK_DESCRIPTOR_TYPE_STORAGE_BUFFER_DYNAMIC, nullptr, &jointInfo, nullptr};
    vkUpdateDescriptorSets(device.handle(), static_cast<uint32_t>(writes.size()), writes.data(), 0, nullptr);
  }
}

void SceneRenderer::setMesh(const mesh::MeshData& mesh) {
  device_.waitIdle();  // the old buffers may still be read by frames in flight
  mesh_ = GpuMesh(device_, mesh);
  textures_ = ModelTextures(device_, mesh, imported_.textureSetLayout());
  allocateSkinnedBuffers();
}

void SceneRenderer::setSkinningMode(SkinningMode mode) {
  device_.waitIdle();
  const SkinningMode resolved = resolveSkinningMode(mode, device_.info().type);
  // Only the path in use has pipelines (each costs a shader compile at start on CPU devices).
  if (resolved != skinning_) pipelines_ = ScenePipelines(device_, passes_, layout_.handle(), resolved);
  skinning_ = resolved;
  allocateSkinnedBuffers();
}

void SceneRenderer::allocateSkinnedBuffers() {
  for (auto& s : slots_) {
    if (skinning_ != SkinningMode::Cpu || !mesh_.valid()) {
      s.skinned = gpu::Buffer();
      continue;
    }
    const VkDeviceSize bytes = VkDeviceSize(sizeof(SkinnedVertex)) * mesh_.vertexCount() * kMaxViews;
    if (s.skinned.size() != bytes)
      s.skinned = gpu::Buffer(device_, bytes, VK_BUFFER_USAGE_VERTEX_BUFFER_BIT, gpu::MemoryUse::HostVisible);
  }
}

void SceneRenderer::writeViewData(SlotResources& res, std::uint32_t viewIndex, const scene::FrameView& view) {
  FrameUniforms u{};
  u.viewProj = view.projection * view.view;
  u.view = view.view;
  u.cameraPosition = glm::vec4(view.cameraPosition, 1.0f);
  // Normalized here once rather than in every fragment.
  auto unit = [](glm::vec3 d) { return glm::length(d) > 0.0f ? glm::normalize(d) : glm::vec3(0.0f, 1.0f, 0.0f); };
  u.keyLight = glm::vec4(unit(view.lighting.key.direction), view.lighting.key.intensity);
  u.fillLight = glm::vec4(unit(view.lighting.fill.direction), view.lighting.fill.intensity);
  u.rimLight = glm::vec4(unit(view.lighting.rim.direction), view.lighting.rim.intensity);
  u.sky = glm::vec4(view.lighting.sky, 1.0f);
  u.ground = glm::vec4(view.lighting.ground, 1.0f);
  u.clipPlane = view.clipPlane;
  u.options = glm::vec4(view.clipEnabled ? 1.0f : 0.0f, 0, 0, 0);
  res.uniforms.write(&u, sizeof(u), uniformStride_ * viewIndex);

  const std::size_t jointCount = std::min<std::size_t>(view.skinMatrices.size(), kMaxSkinMatrices);
  WorldBox& bounds = res.drawnBounds[viewIndex];
  bounds = WorldBox{};
  std::vector<WorldBox>& itemBounds = res.itemBounds[viewIndex];
  itemBounds.assign(skinning_ == SkinningMode::Cpu ? view.items.size() : 0, WorldBox{});
  if (skinning_ == SkinningMode::Gpu) {
    if (jointCount > 0) {
      res.joints.write(view.skinMatrices.data(), jointCount * sizeof(glm::mat4), jointStride_ * viewIndex);
    } else {
      const glm::mat4 identity(1.0f);
      res.joints.write(&identity, sizeof(identity), jointStride_ * viewIndex);
    }
    return;
  }
  // CPU path: skin every vertex a drawn item uses into this view's region of the buffer.
  auto* out = static_cast<SkinnedVertex*>(res.skinned.mapped()) + std::size_t(mesh_.vertexCount()) * viewIndex;
  const std::span<const glm::mat4> matrices(view.skinMatrices.data(), jointCount);
  const auto vertices = mesh_.hostVertices();
  for (std::size_t i = 0; i < view.items.size(); ++i) {
    const auto& item = view.items[i];
    if (item.indexCount == 0 || item.color.a <= 0.0f) continue;
    const auto [first, last] = mesh_.vertexRange(item.firstIndex, item.indexCount);
    const std::size_t count = std::size_t(last) - first + 1;
    skinVertices(vertices.subspan(first, count), std::span(out + first, count), matrices, item.jointOffset);
    // Boxes for the post pass's area and the id pass's culling (cheap next to the skinning).
    for (std::size_t v = first; v < first + count; ++v) itemBounds[i].add(out[v].position);
    bounds.add(itemBounds[i].min);
    bounds.add(itemBounds[i].max);
  }
}

void SceneRenderer::bindView(VkCommandBuffer cmd, SlotResources& res, std::uint32_t viewIndex, VkRect2D viewportRect,
                             VkRect2D scissor) {
  // Negative height flips Y so GLM's right-handed, Y-up projection needs no patching.
  const VkViewport viewport{static_cast<float>(viewportRect.offset.x),
                            static_cast<float>(viewportRect.offset.y + int32_t(viewportRect.extent.height)),
                            static_cast<float>(viewportRect.extent.width), -static_cast<float>(viewportRect.extent.height),
                            0.0f, 1.0f};
  vkCmdSetViewport(cmd, 0, 1, &viewport);
  vkCmdSetScissor(cmd, 0, 1, &scissor);
  const std::array<uint32_t, 2> offsets{static_cast<uint32_t>(uniformStride_ * viewIndex),
                                        static_cast<uint32_t>(jointStride_ * viewIndex)};
  vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, layout_.handle(), 0, 1, &res.set, 2, offsets.data());
  const bool preSkinned = skinning_ == SkinningMode::Cpu;
  VkBuffer vb = preSkinned ? res.skinned.handle() : mesh_.vertexBuffer();
  const VkDeviceSize vbOffset = preSkinned ? VkDeviceSize(sizeof(SkinnedVertex)) * mesh_.vertexCount() * viewIndex : 0;
  vkCmdBindVertexBuffers(cmd, 0, 1, &vb, &vbOffset);
  if (VkBuffer uv = textures_.texCoords(); uv != VK_NULL_HANDLE) {
    const VkDeviceSize zero = 0;
    vkCmdBindVertexBuffers(cmd, kTexCoordBinding, 1, &uv, &zero);
  }
  vkCmdBindIndexBuffer(cmd, mesh_.indexBuffer(), 0, VK_INDEX_TYPE_UINT32);
}

void SceneRenderer::bindItem(VkCommandBuffer cmd, const scene::DrawItem& item, DrawPass pass, VkPipeline& bound) {
  VkPipeline pipeline = VK_NULL_HANDLE;
  VkDescriptorSet texture = VK_NULL_HANDLE;
  if (item.primitive != scene::Primitive::Triangles) {
    pipeline = imported_.primitive(skinning_, item.primitive, pass == DrawPass::ObjectId ? DrawPass::ObjectId
                                                                 : pass == DrawPass::Translucent ? DrawPass::Translucent
                                                                                                 : DrawPass::Opaque);
  } else if (pass != DrawPass::ObjectId && (texture = textures_.set(item.texture)) != VK_NULL_HANDLE) {
    pipeline = imported_.textured(skinning_, pass);
  }
  if (pipeline == VK_NULL_HANDLE) {
    pipeline = pipelines_.get(skinning_, pass);
    texture = VK_NULL_HANDLE;
  }
  if (pipeline != bound) vkCmdBindPipeline(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, bound = pipeline);
  // Set 0 stays bound: both layouts share it and the push constants (imported_pipelines.h).
  if (texture != VK_NULL_HANDLE)
    vkCmdBindDescriptorSets(cmd, VK_PIPELINE_BIND_POINT_GRAPHICS, imported_.layout(), 1, 1, &texture, 0, nullptr);
  const std::uint32_t pointSize = item.primitive == scene::Primitive::Points ? imported_.pointSize(pass) : 0u;
  DrawConstants c{item.color, item.highlight,
                  glm::uvec4(static_cast<uint32_t>(item.material), item.jointOffset, item.partId, pointSize)};
  vkCmdPushConstants(cmd, layout_.handle(), VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT, 0, sizeof(c), &c);
}

void SceneRenderer::drawView(VkCommandBuffer cmd, SlotResources& res, std::uint32_t viewIndex,
                             const scene::FrameView& view, VkExtent2D extent, DrawStats& stats) {
  const VkRect2D rect = viewRect(view, extent);
  if (rect.extent.width == 0 || rect.extent.height == 0) return;
  if (viewIndex > 0) {
    // Each view has its own background; depth and ids were cleared with the whole target.
    VkClearAttachment clear{VK_IMAGE_ASPECT_COLOR_BIT, 0, {}};
    clear.clearValue.color = {{view.clearColor.r, view.clearColor.g, view.clearColor.b, view.clearColor.a}};
    VkClearRect clearRect{rect, 0, 1};
    vkCmdClearAttachments(cmd, 1, &clear, 1, &clearRect);
  }
  bindView(cmd, res, viewIndex, rect, rect);
  std::vector<const scene::DrawItem*> opaque, translucent;
  for (const auto& item : view.items) {
    if (item.indexCount == 0 || item.color.a <= 0.0f) continue;
    if (std::uint64_t(item.firstIndex) + item.indexCount > mesh_.indexCount()) continue;
    (isTranslucent(item) ? translucent : opaque).push_back(&item);
  }
  // Back to front by distance to this view's camera; the body surface encloses everything, so last.
  auto distance = [&](const scene::DrawItem* i) { return glm::length(i->sortCentre - view.cameraPosition); };
  std::stable_sort(translucent.begin(), translucent.end(), [&](const auto* a, const auto* b) {
    const bool aSkin = a->material == scene::Material::Skin, bSkin = b->material == scene::Material::Skin;
    if (aSkin != bSkin) return bSkin;
    return distance(a) > distance(b);
  });
  // Opaque front to back: the early depth test then rejects hidden fragments before they are
  // shaded, which matters most where the rasterizer is the CPU.
  std::stable_sort(opaque.begin(), opaque.end(), [&](const auto* a, const auto* b) { return distance(a) < distance(b); });
  VkPipeline bound = VK_NULL_HANDLE;
  auto draw = [&](const scene::DrawItem* item, DrawPass pass) {
    bindItem(cmd, *item, pass, bound);
    vkCmdDrawIndexed(cmd, item->indexCount, 1, item->firstIndex, 0, 0);
    ++stats.drawCalls;
    if (item->primitive == scene::Primitive::Triangles) stats.triangles += item->indexCount / 3;
  };
  // Closed surfaces hide their own back faces, so those are culled (half the rasterizer's
  // work), except when a section plane opens them and their insides must show.
  for (const auto* item : opaque)
    draw(item, !view.clipEnabled && item->primitive == scene::Primitive::Triangles &&
                       mesh_.cullable(item->firstIndex, item->indexCount)
                   ? DrawPass::OpaqueCulled
                   : DrawPass::Opaque);
  for (const auto* item : translucent)
    draw(item, item->material == scene::Material::Skin ? DrawPass::BodySurface : DrawPass::Translucent);
}

DrawStats SceneRenderer::record(VkCommandBuffer cmd, std::uint32_t slot, const gpu::OffscreenTarget& target,
                                std::span<const scene::FrameView> views) {
  SlotResources& res = slots_[slot % gpu::kFramesInFlight];
  const std::uint32_t viewCount = std::min<std::uint32_t>(static_cast<std::uint32_t>(views.size()), kMaxViews);
  if (mesh_.valid())
    for (std::uint32_t v = 0; v < viewCount; ++v) writeViewData(res, v, views[v]);

  timestamps_.recordStart(cmd, slot);
  const glm::vec4 bg = views.empty() ? scene::FrameView{}.clearColor : views.front().clearColor;
  passes_.beginScene(cmd, target.sceneFramebuffer(), target.extent(), {bg.r, bg.g, bg.b, bg.a});
  DrawStats stats;
  if (mesh_.valid())
    for (std::uint32_t v = 0; v < viewCount; ++v) drawView(cmd, res, v, views[v], target.extent(), stats);
  vkCmdEndRenderPass(cmd);
  if (passes_.postAntiAliasing()) postAntiAliasing_.record(cmd, slot, target, postArea(res, views.first(viewCount), target.extent()));
  timestamps_.recordEnd(cmd, slot);
  recordObjectIds(cmd, res, target, views.first(viewCount));
  return stats;
}

VkRect2D SceneRenderer::postArea(const SlotResources& res, std::span<const scene::FrameView> views, VkExtent2D extent) const {
  // Two pixels of margin: the filter reads the neighbours of the silhouette's outer pixels.
  constexpr int kMarginPixels = 2;
  VkRect2D area{{0, 0}, {0, 0}};
  for (std::uint32_t v = 0; v < views.size(); ++v) {
    const VkRect2D rect = viewRect(views[v], extent);
    const WorldBox& box = res.drawnBounds[v];
    // Nothing drawn (empty box): nothing to smooth.
    const bool bounded = skinning_ == SkinningMode::Cpu && mesh_.valid();
    area = unionRect(area, bounded ? projectedRect(box, views[v].projection * views[v].view, rect, kMarginPixels) : rect);
  }
  return area;
}

void SceneRenderer::recordObjectIds(VkCommandBuffer cmd, SlotResources& res, const gpu::OffscreenTarget& target,
                                    std::span<const scene::FrameView> views) {
  res.requested.clear();
  std::vector<VkBufferImageCopy> regions;
  std::vector<VkRect2D> probeBounds(views.size(), VkRect2D{{0, 0}, {0, 0}});
  const VkExtent2D extent = target.extent();
  for (std::uint32_t v = 0; v < views.size(); ++v) {
    int32_t x0 = INT32_MAX, y0 = INT32_MAX, x1 = INT32_MIN, y1 = INT32_MIN;
    for (const glm::vec2& pixel : views[v].probePixels) {
      ProbeResult r;
      r.pixel = pixel;
      r.viewIndex = v;
      const auto x = static_cast<int64_t>(std::floor(pixel.x)), y = static_cast<int64_t>(std::floor(pixel.y));
      r.inside = target.objectIdImage() != VK_NULL_HANDLE && x >= 0 && y >= 0 && x < int64_t(extent.width) &&
                 y < int64_t(extent.height) && regions.size() < kMaxProbes;
      if (r.inside) {
        VkBufferImageCopy region{};
        region.bufferOffset = sizeof(glm::uvec2) * regions.size();
        region.imageSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, 0, 0, 1};
        region.imageOffset = {static_cast<int32_t>(x), static_cast<int32_t>(y), 0};
        region.imageExtent = {1, 1, 1};
        regions.push_back(region);
        x0 = std::min<int32_t>(x0, int32_t(x)), y0 = std::min<int32_t>(y0, int32_t(y));
        x1 = std::max<int32_t>(x1, int32_t(x) + 1), y1 = std::max<int32_t>(y1, int32_t(y) + 1);
      }
      res.requested.push_back(r);
    }
    if (x1 > x0) probeBounds[v] = {{x0, y0}, {uint32_t(x1 - x0), uint32_t(y1 - y0)}};
  }
  if (regions.empty()) return;
  // Only the probes' bounding box is cleared and drawn: a full-size clear would cost more than
  // the probes themselves on a CPU device.
  int32_t ax0 = INT32_MAX, ay0 = INT32_MAX, ax1 = INT32_MIN, ay1 = INT32_MIN;
  for (const VkRect2D& b : probeBounds) {
    if (b.extent.width == 0) continue;
    ax0 = std::min(ax0, b.offset.x), ay0 = std::min(ay0, b.offset.y);
    ax1 = std::max(ax1, b.offset.x + int32_t(b.extent.width)), ay1 = std::max(ay1, b.offset.y + int32_t(b.extent.height));
  }

  // The id pass: only the probe pixels are rasterized (scissor), so it costs little more than
  // the vertex work; the body surface is left out so it never hides what lies behind it.
  std::array<VkClearValue, 2> clears{};
  clears[1].depthStencil = {1.0f, 0};
  VkRenderPassBeginInfo begin{VK_STRUCTURE_TYPE_RENDER_PASS_BEGIN_INFO};
  begin.renderPass = passes_.objectIdPass();
  begin.framebuffer = target.objectIdFramebuffer();
  begin.renderArea = {{ax0, ay0}, {uint32_t(ax1 - ax0), uint32_t(ay1 - ay0)}};
  begin.clearValueCount = static_cast<uint32_t>(clears.size());
  begin.pClearValues = clears.data();
  vkCmdBeginRenderPass(cmd, &begin, VK_SUBPASS_CONTENTS_INLINE);
  VkPipeline bound = VK_NULL_HANDLE;
  for (std::uint32_t v = 0; v < views.size(); ++v) {
    const VkRect2D rect = viewRect(views[v], extent);
    const VkRect2D& probes = probeBounds[v];
    const int32_t sx0 = std::max(rect.offset.x, probes.offset.x), sy0 = std::max(rect.offset.y, probes.offset.y);
    const int32_t sx1 = std::min(rect.offset.x + int32_t(rect.extent.width), probes.offset.x + int32_t(probes.extent.width));
    const int32_t sy1 = std::min(rect.offset.y + int32_t(rect.extent.height), probes.offset.y + int32_t(probes.extent.height));
    if (!mesh_.valid() || sx1 <= sx0 || sy1 <= sy0) continue;
    bindView(cmd, res, v, rect, {{sx0, sy0}, {uint32_t(sx1 - sx0), uint32_t(sy1 - sy0)}});
    const glm::mat4 viewProj = views[v].projection * views[v].view;
    const std::vector<WorldBox>& boxes = res.itemBounds[v];
    for (std::size_t i = 0; i < views[v].items.size(); ++i) {
      const auto& item = views[v].items[i];
      if (item.indexCount == 0 || item.color.a <= 0.0f || item.partId == 0) continue;
      if (item.material == scene::Material::Skin) continue;
      if (std::uint64_t(item.firstIndex) + item.indexCount > mesh_.indexCount()) continue;
      // An item no probe pixel can fall on is left out: its vertex work is most of this
      // pass's cost on a CPU device (boxes from the CPU skinning; without them, all are drawn).
      const int reach = item.primitive == scene::Primitive::Triangles ? 1 : ImportedPipelines::objectIdReachPixels();
      if (i < boxes.size() && !coversAnyProbe(projectedRect(boxes[i], viewProj, rect, reach), views[v].probePixels)) continue;
      bindItem(cmd, item, DrawPass::ObjectId, bound);
      vkCmdDrawIndexed(cmd, item.indexCount, 1, item.firstIndex, 0, 0);
    }
  }
  vkCmdEndRenderPass(cmd);

  vkCmdCopyImageToBuffer(cmd, target.objectIdImage(), VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, res.probes.handle(),
                         static_cast<uint32_t>(regions.size()), regions.data());
  gpu::barrierCopyToHostRead(cmd, res.probes.handle());
}

ProbeResults SceneRenderer::probeResults(std::uint32_t slot) const {
  const SlotResources& res = slots_[slot % gpu::kFramesInFlight];
  ProbeResults out = res.requested;
  const auto* words = static_cast<const glm::uvec2*>(res.probes.mapped());
  std::size_t next = 0;
  for (auto& r : out) {
    if (!r.inside) continue;
    const glm::uvec2 w = words[next++];
    r.partId = w.x;
    float depth = 1.0f;
    std::memcpy(&depth, &w.y, sizeof(depth));
    r.depth = w.x == 0 ? 1.0f : depth;
  }
  return out;
}

std::optional<double> SceneRenderer::gpuSceneTimeMs(std::uint32_t slot) const { return timestamps_.elapsedMs(slot); }

}  // namespace spineview::render
