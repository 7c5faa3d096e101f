// The base-colour textures of an imported model on the GPU: per texture an sRGB image with its
// mip chain (filtered on the CPU in linear light) and a sampler with the file's wrap modes, bound
// as set 1 of the textured pipelines (render/imported_pipelines.h); and the model's texture
// coordinates as a second vertex stream (binding 1). Nothing at all for models without textures.
#pragma once

#include <cstdint>
#include <vector>

#include <vulkan/vulkan.h>

#include "gpu/buffer.h"
#include "gpu/descriptors.h"
#include "gpu/image.h"
#include "mesh/mesh_data.h"

namespace spineview::gpu {
class Device;
}

namespace spineview::render {

inline constexpr std::uint32_t kTexCoordBinding = 1;

class ModelTextures {
 public:
  ModelTextures() = default;
  // Textures that do not fit the device (larger than maxImageDimension2D) are left out; their
  // parts are drawn untextured.
  ModelTextures(const gpu::Device& device, const mesh::MeshData& mesh, VkDescriptorSetLayout textureSetLayout);
  ~ModelTextures();
  ModelTextures(ModelTextures&& other) noexcept;
  ModelTextures& operator=(ModelTextures&& other) noexcept;
  ModelTextures(const ModelTextures&) = delete;
  ModelTextures& operator=(const ModelTextures&) = delete;

  // The descriptor set of texture `index`, VK_NULL_HANDLE when there is none (or it was left out).
  VkDescriptorSet set(std::int32_t index) const;
  // Texture coordinates, one vec2 per vertex; VK_NULL_HANDLE when the model has none.
  VkBuffer texCoords() const { return texCoords_.valid() ? texCoords_.handle() : VK_NULL_HANDLE; }

 private:
  void destroySamplers();

  VkDevice device_ = VK_NULL_HANDLE;
  std::vector<gpu::Image> images_;
  std::vector<VkSampler> samplers_;
  std::vector<VkDescriptorSet> sets_;  // parallel to the mesh's textures; null where left out
  gpu::DescriptorPool pool_;
  gpu::Buffer texCoords_;
};

// The mip chain of an RGBA8 sRGB image, level 0 first, each half the size of the one before
// (at least 1), filtered in linear light. Exposed for tests.
std::vector<std::vector<std::uint8_t>> sRgbMipChain(const mesh::TextureImage& image);

}  // namespace spineview::render
