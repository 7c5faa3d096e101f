#include "gpu/sampler.h"

#include <utility>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {

Sampler::Sampler(const Device& device) : device_(device.handle()) {
  VkSamplerCreateInfo info{VK_STRUCTURE_TYPE_SAMPLER_CREATE_INFO};
  info.magFilter = VK_FILTER_LINEAR;
  info.minFilter = VK_FILTER_LINEAR;
  info.mipmapMode = VK_SAMPLER_MIPMAP_MODE_NEAREST;
  info.addressModeU = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_EDGE;
  info.addressModeV = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_EDGE;
  info.addressModeW = VK_SAMPLER_ADDRESS_MODE_CLAMP_TO_EDGE;
  info.maxLod = 0.0f;
  VK_CHECK(vkCreateSampler(device_, &info, nullptr, &sampler_));
}

Sampler::~Sampler() {
  if (device_) vkDestroySampler(device_, sampler_, nullptr);
}

Sampler::Sampler(Sampler&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)), sampler_(std::exchange(other.sampler_, VK_NULL_HANDLE)) {}

Sampler& Sampler::operator=(Sampler&& other) noexcept {
  if (this != &other) {
    this->~Sampler();
    new (this) Sampler(std::move(other));
  }
  return *this;
}

}  // namespace spineview::gpu
