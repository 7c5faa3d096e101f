#include "gpu/image.h"

#include <utility>

#include "gpu/device.h"
#include "gpu/memory_stats.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {

Image::Image(const Device& device, const ImageDesc& desc) : device_(device.handle()), desc_(desc) {
  VkImageCreateInfo info{VK_STRUCTURE_TYPE_IMAGE_CREATE_INFO};
  info.imageType = VK_IMAGE_TYPE_2D;
  info.format = desc.format;
  info.extent = {desc.extent.width, desc.extent.height, 1};
  info.mipLevels = desc.mipLevels;
  info.arrayLayers = 1;
  info.samples = desc.samples;
  info.tiling = VK_IMAGE_TILING_OPTIMAL;
  info.usage = desc.usage;
  info.sharingMode = VK_SHARING_MODE_EXCLUSIVE;
  info.initialLayout = VK_IMAGE_LAYOUT_UNDEFINED;
  VK_CHECK(vkCreateImage(device_, &info, nullptr, &image_));

  VkMemoryRequirements req;
  vkGetImageMemoryRequirements(device_, image_, &req);
  VkMemoryAllocateInfo alloc{VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO};
  alloc.allocationSize = req.size;
  alloc.memoryTypeIndex = device.findMemoryType(req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT);
  VK_CHECK(vkAllocateMemory(device_, &alloc, nullptr, &memory_));
  noteDeviceMemoryAllocated();
  VK_CHECK(vkBindImageMemory(device_, image_, memory_, 0));

  VkImageViewCreateInfo viewInfo{VK_STRUCTURE_TYPE_IMAGE_VIEW_CREATE_INFO};
  viewInfo.image = image_;
  viewInfo.viewType = VK_IMAGE_VIEW_TYPE_2D;
  viewInfo.format = desc.format;
  viewInfo.subresourceRange = {desc.aspect, 0, desc.mipLevels, 0, 1};
  VK_CHECK(vkCreateImageView(device_, &viewInfo, nullptr, &view_));
}

Image::~Image() {
  if (!device_) return;
  vkDestroyImageView(device_, view_, nullptr);
  vkDestroyImage(device_, image_, nullptr);
  vkFreeMemory(device_, memory_, nullptr);
  if (memory_) noteDeviceMemoryFreed();
}

Image::Image(Image&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)),
      image_(std::exchange(other.image_, VK_NULL_HANDLE)),
      memory_(std::exchange(other.memory_, VK_NULL_HANDLE)),
      view_(std::exchange(other.view_, VK_NULL_HANDLE)),
      desc_(other.desc_) {}

Image& Image::operator=(Image&& other) noexcept {
  if (this != &other) {
    this->~Image();
    new (this) Image(std::move(other));
  }
  return *this;
}

}  // namespace spineview::gpu
