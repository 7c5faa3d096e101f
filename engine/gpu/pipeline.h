// Graphics pipelines and their layouts. A small description struct instead of a builder
// chain: the renderer has a fixed handful of pipelines. Move-only owners.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include <vulkan/vulkan.h>

namespace spineview::gpu {

class Device;

enum class BlendMode { Opaque, Alpha };

struct GraphicsPipelineDesc {
  std::span<const uint32_t> vertexSpirv;
  std::span<const uint32_t> fragmentSpirv;
  std::vector<VkVertexInputBindingDescription> bindings;
  std::vector<VkVertexInputAttributeDescription> attributes;
  VkPipelineLayout layout = VK_NULL_HANDLE;
  VkRenderPass renderPass = VK_NULL_HANDLE;
  VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
  BlendMode blend = BlendMode::Opaque;
  bool depthTest = true;
  bool depthWrite = true;
  VkCullModeFlags cullMode = VK_CULL_MODE_BACK_BIT;
  VkPolygonMode polygonMode = VK_POLYGON_MODE_FILL;
  VkPrimitiveTopology topology = VK_PRIMITIVE_TOPOLOGY_TRIANGLE_LIST;
  float lineWidth = 1.0f;  // above 1 only where the device has wideLines (Device enables it)
};

class Pipeline {
 public:
  Pipeline() = default;
  Pipeline(const Device& device, const GraphicsPipelineDesc& desc);
  ~Pipeline();
  Pipeline(Pipeline&& other) noexcept;
  Pipeline& operator=(Pipeline&& other) noexcept;
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  VkPipeline handle() const { return pipeline_; }

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkPipeline pipeline_ = VK_NULL_HANDLE;
};

class PipelineLayout {
 public:
  PipelineLayout() = default;
  PipelineLayout(const Device& device, std::span<const VkDescriptorSetLayout> setLayouts, uint32_t pushConstantBytes);
  ~PipelineLayout();
  PipelineLayout(PipelineLayout&& other) noexcept;
  PipelineLayout& operator=(PipelineLayout&& other) noexcept;
  PipelineLayout(const PipelineLayout&) = delete;
  PipelineLayout& operator=(const PipelineLayout&) = delete;
  VkPipelineLayout handle() const { return layout_; }

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkPipelineLayout layout_ = VK_NULL_HANDLE;
};

}  // namespace spineview::gpu
