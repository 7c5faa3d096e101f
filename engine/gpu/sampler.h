// A VkSampler: bilinear, clamped to the edge, no mipmaps (full-screen passes read the frame
// with it). Move-only owner.
#pragma once

#include <vulkan/vulkan.h>

namespace spineview::gpu {

class Device;

class Sampler {
 public:
  Sampler() = default;
  explicit Sampler(const Device& device);
  ~Sampler();
  Sampler(Sampler&& other) noexcept;
  Sampler& operator=(Sampler&& other) noexcept;
  Sampler(const Sampler&) = delete;
  Sampler& operator=(const Sampler&) = delete;
  VkSampler handle() const { return sampler_; }

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkSampler sampler_ = VK_NULL_HANDLE;
};

}  // namespace spineview::gpu
