// A 2D VkImage with its memory and one view. Move-only owner.
#pragma once

#include <vulkan/vulkan.h>

namespace spineview::gpu {

class Device;

struct ImageDesc {
  VkExtent2D extent{1, 1};
  VkFormat format = VK_FORMAT_R8G8B8A8_SRGB;
  VkImageUsageFlags usage = 0;
  VkSampleCountFlagBits samples = VK_SAMPLE_COUNT_1_BIT;
  VkImageAspectFlags aspect = VK_IMAGE_ASPECT_COLOR_BIT;
  uint32_t mipLevels = 1;  // the view covers all of them
};

class Image {
 public:
  Image() = default;
  Image(const Device& device, const ImageDesc& desc);
  ~Image();
  Image(Image&& other) noexcept;
  Image& operator=(Image&& other) noexcept;
  Image(const Image&) = delete;
  Image& operator=(const Image&) = delete;

  VkImage handle() const { return image_; }
  VkImageView view() const { return view_; }
  const ImageDesc& desc() const { return desc_; }

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkImage image_ = VK_NULL_HANDLE;
  VkDeviceMemory memory_ = VK_NULL_HANDLE;
  VkImageView view_ = VK_NULL_HANDLE;
  ImageDesc desc_;
};

}  // namespace spineview::gpu
