#include "gpu/pipeline.h"

#include <array>
#include <utility>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {
namespace {
VkShaderModule createModule(VkDevice device, std::span<const uint32_t> code) {
  if (code.empty()) throw VulkanError(VK_ERROR_INITIALIZATION_FAILED, "shader SPIR-V missing from the build");
  VkShaderModuleCreateInfo info{VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO};
  info.codeSize = code.size_bytes();
  info.pCode = code.data();
  VkShaderModule module = VK_NULL_HANDLE;
  VK_CHECK(vkCreateShaderModule(device, &info, nullptr, &module));
  return module;
}
}  // namespace

Pipeline::Pipeline(const Device& device, const GraphicsPipelineDesc& desc) : device_(device.handle()) {
  VkShaderModule vert = createModule(device_, desc.vertexSpirv);
  VkShaderModule frag = VK_NULL_HANDLE;
  try {
    frag = createModule(device_, desc.fragmentSpirv);
  } catch (...) {
    vkDestroyShaderModule(device_, vert, nullptr);
    throw;
  }
  std::array<VkPipelineShaderStageCreateInfo, 2> stages{};
  stages[0] = {VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO, nullptr, 0, VK_SHADER_STAGE_VERTEX_BIT, vert, "main", nullptr};
  stages[1] = {VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO, nullptr, 0, VK_SHADER_STAGE_FRAGMENT_BIT, frag, "main", nullptr};

  VkPipelineVertexInputStateCreateInfo vertexInput{VK_STRUCTURE_TYPE_PIPELINE_VERTEX_INPUT_STATE_CREATE_INFO};
  vertexInput.vertexBindingDescriptionCount = static_cast<uint32_t>(desc.bindings.size());
  vertexInput.pVertexBindingDescriptions = desc.bindings.data();
  vertexInput.vertexAttributeDescriptionCount = static_cast<uint32_t>(desc.attributes.size());
  vertexInput.pVertexAttributeDescriptions = desc.attributes.data();
  VkPipelineInputAssemblyStateCreateInfo assembly{VK_STRUCTURE_TYPE_PIPELINE_INPUT_ASSEMBLY_STATE_CREATE_INFO};
  assembly.topology = desc.topology;
  VkPipelineViewportStateCreateInfo viewport{VK_STRUCTURE_TYPE_PIPELINE_VIEWPORT_STATE_CREATE_INFO};
  viewport.viewportCount = 1;
  viewport.scissorCount = 1;
  VkPipelineRasterizationStateCreateInfo raster{VK_STRUCTURE_TYPE_PIPELINE_RASTERIZATION_STATE_CREATE_INFO};
  raster.polygonMode = desc.polygonMode;
  raster.cullMode = desc.cullMode;
  // The projection flips Y through a negative viewport height, which keeps GL's CCW winding.
  raster.frontFace = VK_FRONT_FACE_COUNTER_CLOCKWISE;
  raster.lineWidth = desc.lineWidth;
  VkPipelineMultisampleStateCreateInfo multisample{VK_STRUCTURE_TYPE_PIPELINE_MULTISAMPLE_STATE_CREATE_INFO};
  multisample.rasterizationSamples = desc.samples;
  VkPipelineDepthStencilStateCreateInfo depth{VK_STRUCTURE_TYPE_PIPELINE_DEPTH_STENCIL_STATE_CREATE_INFO};
  depth.depthTestEnable = desc.depthTest;
  depth.depthWriteEnable = desc.depthWrite;
  depth.depthCompareOp = VK_COMPARE_OP_LESS_OR_EQUAL;
  VkPipelineColorBlendAttachmentState blend{};
  blend.colorWriteMask = VK_COLOR_COMPONENT_R_BIT | VK_COLOR_COMPONENT_G_BIT | VK_COLOR_COMPONENT_B_BIT | VK_COLOR_COMPONENT_A_BIT;
  if (desc.blend == BlendMode::Alpha) {
    blend.blendEnable = VK_TRUE;
    blend.srcColorBlendFactor = VK_BLEND_FACTOR_SRC_ALPHA;
    blend.dstColorBlendFactor = VK_BLEND_FACTOR_ONE_MINUS_SRC_ALPHA;
    blend.colorBlendOp = VK_BLEND_OP_ADD;
    blend.srcAlphaBlendFactor = VK_BLEND_FACTOR_ONE;
    blend.dstAlphaBlendFactor = VK_BLEND_FACTOR_ONE_MINUS_SRC_ALPHA;
    blend.alphaBlendOp = VK_BLEND_OP_ADD;
  }
  VkPipelineColorBlendStateCreateInfo blendState{VK_STRUCTURE_TYPE_PIPELINE_COLOR_BLEND_STATE_CREATE_INFO};
  blendState.attachmentCount = 1;
  blendState.pAttachments = &blend;
  const std::array<VkDynamicState, 2> dynamicStates{VK_DYNAMIC_STATE_VIEWPORT, VK_DYNAMIC_STATE_SCISSOR};
  VkPipelineDynamicStateCreateInfo dynamic{VK_STRUCTURE_TYPE_PIPELINE_DYNAMIC_STATE_CREATE_INFO};
  dynamic.dynamicStateCount = static_cast<uint32_t>(dynamicStates.size());
  dynamic.pDynamicStates = dynamicStates.data();

  VkGraphicsPipelineCreateInfo info{VK_STRUCTURE_TYPE_GRAPHICS_PIPELINE_CREATE_INFO};
  info.stageCount = static_cast<uint32_t>(stages.size());
  info.pStages = stages.data();
  info.pVertexInputState = &vertexInput;
  info.pInputAssemblyState = &assembly;
  info.pViewportState = &viewport;
  info.pRasterizationState = &raster;
  info.pMultisampleState = &multisample;
  info.pDepthStencilState = &depth;
  info.pColorBlendState = &blendState;
  info.pDynamicState = &dynamic;
  info.layout = desc.layout;
  info.renderPass = desc.renderPass;
  const VkResult created = vkCreateGraphicsPipelines(device_, device.pipelineCache(), 1, &info, nullptr, &pipeline_);
  vkDestroyShaderModule(device_, vert, nullptr);
  vkDestroyShaderModule(device_, frag, nullptr);
  VK_CHECK(created);
}

Pipeline::~Pipeline() {
  if (device_) vkDestroyPipeline(device_, pipeline_, nullptr);
}

Pipeline::Pipeline(Pipeline&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)), pipeline_(std::exchange(other.pipeline_, VK_NULL_HANDLE)) {}

Pipeline& Pipeline::operator=(Pipeline&& other) noexcept {
  if (this != &other) {
    this->~Pipeline();
    new (this) Pipeline(std::move(other));
  }
  return *this;
}

PipelineLayout::PipelineLayout(const Device& device, std::span<const VkDescriptorSetLayout> setLayouts,
                               uint32_t pushConstantBytes)
    : device_(device.handle()) {
  VkPushConstantRange range{VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT, 0, pushConstantBytes};
  VkPipelineLayoutCreateInfo info{VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO};
  info.setLayoutCount = static_cast<uint32_t>(setLayouts.size());
  info.pSetLayouts = setLayouts.data();
  info.pushConstantRangeCount = pushConstantBytes ? 1 : 0;
  info.pPushConstantRanges = pushConstantBytes ? &range : nullptr;
  VK_CHECK(vkCreatePipelineLayout(device_, &info, nullptr, &layout_));
}

PipelineLayout::~PipelineLayout() {
  if (device_) vkDestroyPipelineLayout(device_, layout_, nullptr);
}

PipelineLayout::PipelineLayout(PipelineLayout&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)), layout_(std::exchange(other.layout_, VK_NULL_HANDLE)) {}

PipelineLayout& PipelineLayout::operator=(PipelineLayout&& other) noexcept {
  if (this != &other) {
    this->~PipelineLayout();
    new (this) PipelineLayout(std::move(other));
  }
  return *this;
}

}  // namespace spineview::gpu
