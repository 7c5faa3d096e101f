#include "render/model_textures.h"

#include <algorithm>
#include <utility>

#include <stb/stb_image_resize.h>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace spineview::render {
namespace {

VkSamplerAddressMode addressMode(mesh::TextureImage::Wrap wrap) {
  switch (wrap) {
    case mesh::TextureImage::Wrap::ClampToEdge: return VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_EDGE;
    case mesh::TextureImage::Wrap::MirroredRepeat: return VK_SAMPLER_ADDRESS_MODE_MIRRORED_REPEAT;
    default: return VK_SAMPLER_ADDRESS_MODE_REPEAT;
  }
}

void imageBarrier(VkCommandBuffer cmd, VkImage image, std::uint32_t levels, VkImageLayout from, VkImageLayout to,
                  VkPipelineStageFlags2 srcStage, VkAccessFlags2 srcAccess, VkPipelineStageFlags2 dstStage,
                  VkAccessFlags2 dstAccess) {
  VkImageMemoryBarrier2 barrier{VK_STRUCTURE_TYPE_IMAGE_MEMORY_BARRIER_2};
  barrier.srcStageMask = srcStage;
  barrier.srcAccessMask = srcAccess;
  barrier.dstStageMask = dstStage;
  barrier.dstAccessMask = dstAccess;
  barrier.oldLayout = from;
  barrier.newLayout = to;
  barrier.srcQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED;
  barrier.dstQueueFamilyIndex = VK_QUEUE_FAMILY_IGNORED;
  barrier.image = image;
  barrier.subresourceRange = {VK_IMAGE_ASPECT_COLOR_BIT, 0, levels, 0, 1};
  VkDependencyInfo dep{VK_STRUCTURE_TYPE_DEPENDENCY_INFO};
  dep.imageMemoryBarrierCount = 1;
  dep.pImageMemoryBarriers = &barrier;
  vkCmdPipelineBarrier2(cmd, &dep);
}

}  // namespace

std::vector<std::vector<std::uint8_t>> sRgbMipChain(const mesh::TextureImage& image) {
  std::vector<std::vector<std::uint8_t>> levels{image.rgba};
  std::uint32_t w = image.width, h = image.height;
  while (w > 1 || h > 1) {
    const std::uint32_t nw = std::max(1u, w / 2), nh = std::max(1u, h / 2);
    std::vector<std::uint8_t> next(static_cast<std::size_t>(nw) * nh * 4);
    if (!stbir_resize_uint8_srgb(levels.back().data(), static_cast<int>(w), static_cast<int>(h), 0, next.data(),
                                 static_cast<int>(nw), static_cast<int>(nh), 0, 4, 3, 0))
      break;  // keep the levels made so far; the sampler's maxLod follows the count
    levels.push_back(std::move(next));
    w = nw, h = nh;
  }
  return levels;
}

ModelTextures::ModelTextures(const gpu::Device& device, const mesh::MeshData& mesh, VkDescriptorSetLayout textureSetLayout)
    : device_(device.handle()) {
  if (mesh.textures.empty() || mesh.texCoords.size() != mesh.positions.size()) return;
  texCoords_ = gpu::Buffer::createWithData(device, mesh.texCoords.data(), mesh.texCoords.size() * sizeof(glm::vec2),
                                           VK_BUFFER_USAGE_VERTEX_BUFFER_BIT);
  const std::uint32_t maxSide = device.properties().limits.maxImageDimension2D;
  const std::array<VkDescriptorPoolSize, 1> sizes{{{VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER,
                                                    static_cast<std::uint32_t>(mesh.textures.size())}}};
  pool_ = gpu::DescriptorPool(device, sizes, static_cast<std::uint32_t>(mesh.textures.size()));
  sets_.assign(mesh.textures.size(), VK_NULL_HANDLE);
  for (std::size_t t = 0; t < mesh.textures.size(); ++t) {
    const mesh::TextureImage& texture = mesh.textures[t];
    if (texture.width == 0 || texture.height == 0 || texture.width > maxSide || texture.height > maxSide ||
        texture.rgba.size() != std::size_t{texture.width} * texture.height * 4)
      continue;
    const auto levels = sRgbMipChain(texture);
    gpu::ImageDesc desc;
    desc.extent = {texture.width, texture.height};
    desc.format = VK_FORMAT_R8G8B8A8_SRGB;
    desc.usage = VK_IMAGE_USAGE_SAMPLED_BIT | VK_IMAGE_USAGE_TRANSFER_DST_BIT;
    desc.mipLevels = static_cast<std::uint32_t>(levels.size());
    gpu::Image image(device, desc);

    std::size_t total = 0;
    for (const auto& level : levels) total += level.size();
    gpu::Buffer staging(device, total, VK_BUFFER_USAGE_TRANSFER_SRC_BIT, gpu::MemoryUse::HostVisible);
    std::vector<VkBufferImageCopy> copies;
    std::size_t offset = 0;
    std::uint32_t w = texture.width, h = texture.height;
    for (std::uint32_t l = 0; l < levels.size(); ++l) {
      staging.write(levels[l].data(), levels[l].size(), offset);
      VkBufferImageCopy copy{};
      copy.bufferOffset = offset;
      copy.imageSubresource = {VK_IMAGE_ASPECT_COLOR_BIT, l, 0, 1};
      copy.imageExtent = {w, h, 1};
      copies.push_back(copy);
      offset += levels[l].size();
      w = std::max(1u, w / 2), h = std::max(1u, h / 2);
    }
    device.submitAndWait([&](VkCommandBuffer cmd) {
      imageBarrier(cmd, image.handle(), desc.mipLevels, VK_IMAGE_LAYOUT_UNDEFINED, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                   VK_PIPELINE_STAGE_2_NONE, 0, VK_PIPELINE_STAGE_2_COPY_BIT, VK_ACCESS_2_TRANSFER_WRITE_BIT);
      vkCmdCopyBufferToImage(cmd, staging.handle(), image.handle(), VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                             static_cast<std::uint32_t>(copies.size()), copies.data());
      imageBarrier(cmd, image.handle(), desc.mipLevels, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                   VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL, VK_PIPELINE_STAGE_2_COPY_BIT, VK_ACCESS_2_TRANSFER_WRITE_BIT,
                   VK_PIPELINE_STAGE_2_FRAGMENT_SHADER_BIT, VK_ACCESS_2_SHADER_SAMPLED_READ_BIT);
    });

    VkSamplerCreateInfo info{VK_STRUCTURE_TYPE_SAMPLER_CREATE_INFO};
    info.magFilter = VK_FILTER_LINEAR;
    info.minFilter = VK_FILTER_LINEAR;
    info.mipmapMode = VK_SAMPLER_MIPMAP_MODE_LINEAR;
    info.addressModeU = addressMode(texture.wrapU);
    info.addressModeV = addressMode(texture.wrapV);
    info.addressModeW = VK_SAMPLER_ADDRESS_MODE_REPEAT;
    info.maxLod = static_cast<float>(desc.mipLevels);
    VkSampler sampler = VK_NULL_HANDLE;
    VK_CHECK(vkCreateSampler(device_, &info, nullptr, &sampler));
    samplers_.push_back(sampler);

    sets_[t] = pool_.allocate(textureSetLayout);
    VkDescriptorImageInfo imageInfo{sampler, image.view(), VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL};
    VkWriteDescriptorSet write{VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET};
    write.dstSet = sets_[t];
    write.dstBinding = 0;
    write.descriptorCount = 1;
    write.descriptorType = VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER;
    write.pImageInfo = &imageInfo;
    vkUpdateDescriptorSets(device_, 1, &write, 0, nullptr);
    images_.push_back(std::move(image));
  }
}

VkDescriptorSet ModelTextures::set(std::int32_t index) const {
  if (index < 0 || static_cast<std::size_t>(index) >= sets_.size() || !texCoords_.valid()) return VK_NULL_HANDLE;
  return sets_[static_cast<std::size_t>(index)];
}

void ModelTextures::destroySamplers() {
  for (VkSampler s : samplers_) vkDestroySampler(device_, s, nullptr);
  samplers_.clear();
}

ModelTextures::~ModelTextures() { destroySamplers(); }

ModelTextures::ModelTextures(ModelTextures&& other) noexcept
    : device_(other.device_),
      images_(std::move(other.images_)),
      samplers_(std::exchange(other.samplers_, {})),
      sets_(std::move(other.sets_)),
      pool_(std::move(other.pool_)),
      texCoords_(std::move(other.texCoords_)) {}

ModelTextures& ModelTextures::operator=(ModelTextures&& other) noexcept {
  if (this != &other) {
    this->~ModelTextures();
    new (this) ModelTextures(std::move(other));
  }
  return *this;
}

}  // namespace spineview::render
