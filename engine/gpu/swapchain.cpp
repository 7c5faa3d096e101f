#include "gpu/swapchain.h"

#include <algorithm>
#include <utility>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {

Surface::~Surface() {
  if (surface_) vkDestroySurfaceKHR(instance_, surface_, nullptr);
}

Surface::Surface(Surface&& other) noexcept
    : instance_(other.instance_), surface_(std::exchange(other.surface_, VK_NULL_HANDLE)) {}

Surface& Surface::operator=(Surface&& other) noexcept {
  if (this != &other) {
    this->~Surface();
    new (this) Surface(std::move(other));
  }
  return *this;
}

Swapchain::Swapchain(const Device& device, VkSurfaceKHR surface, VkExtent2D framebufferSize, VkSwapchainKHR oldSwapchain)
    : device_(device.handle()) {
  VkSurfaceCapabilitiesKHR caps;
  VK_CHECK(vkGetPhysicalDeviceSurfaceCapabilitiesKHR(device.physical(), surface, &caps));
  uint32_t formatCount = 0;
  VK_CHECK(vkGetPhysicalDeviceSurfaceFormatsKHR(device.physical(), surface, &formatCount, nullptr));
  std::vector<VkSurfaceFormatKHR> formats(formatCount);
  VK_CHECK(vkGetPhysicalDeviceSurfaceFormatsKHR(device.physical(), surface, &formatCount, formats.data()));
  if (formats.empty()) throw VulkanError(VK_ERROR_FORMAT_NOT_SUPPORTED, "the window surface offers no pixel formats");

  // An sRGB swapchain keeps the blit from our sRGB image a plain copy of the same colours.
  VkSurfaceFormatKHR chosen = formats[0];
  for (const auto& f : formats)
    if ((f.format == VK_FORMAT_B8G8R8A8_SRGB || f.format == VK_FORMAT_R8G8B8A8_SRGB) &&
        f.colorSpace == VK_COLOR_SPACE_SRGB_NONLINEAR_KHR) { chosen = f; break; }
  format_ = chosen.format;

  if (caps.currentExtent.width != UINT32_MAX) {
    extent_ = caps.currentExtent;
  } else {
    extent_.width = std::clamp(framebufferSize.width, caps.minImageExtent.width, caps.maxImageExtent.width);
    extent_.height = std::clamp(framebufferSize.height, caps.minImageExtent.height, caps.maxImageExtent.height);
  }
  uint32_t imageCount = std::max(caps.minImageCount + 1, 3u);
  if (caps.maxImageCount > 0) imageCount = std::min(imageCount, caps.maxImageCount);

  VkSwapchainCreateInfoKHR info{VK_STRUCTURE_TYPE_SWAPCHAIN_CREATE_INFO_KHR};
  info.surface = surface;
  info.minImageCount = imageCount;
  info.imageFormat = chosen.format;
  info.imageColorSpace = chosen.colorSpace;
  info.imageExtent = extent_;
  info.imageArrayLayers = 1;
  info.imageUsage = VK_IMAGE_USAGE_TRANSFER_DST_BIT | VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT;
  info.imageSharingMode = VK_SHARING_MODE_EXCLUSIVE;
  info.preTransform = caps.currentTransform;
  info.compositeAlpha = VK_COMPOSITE_ALPHA_OPAQUE_BIT_KHR;
  info.presentMode = VK_PRESENT_MODE_FIFO_KHR;  // always available; paces us to the display
  info.clipped = VK_TRUE;
  info.oldSwapchain = oldSwapchain;
  VK_CHECK(vkCreateSwapchainKHR(device_, &info, nullptr, &swapchain_));

  uint32_t count = 0;
  VK_CHECK(vkGetSwapchainImagesKHR(device_, swapchain_, &count, nullptr));
  images_.resize(count);
  VK_CHECK(vkGetSwapchainImagesKHR(device_, swapchain_, &count, images_.data()));
  renderFinished_.resize(count, VK_NULL_HANDLE);
  VkSemaphoreCreateInfo semInfo{VK_STRUCTURE_TYPE_SEMAPHORE_CREATE_INFO};
  for (auto& s : renderFinished_) VK_CHECK(vkCreateSemaphore(device_, &semInfo, nullptr, &s));
}

Swapchain::~Swapchain() {
  if (!device_) return;
  for (auto s : renderFinished_) vkDestroySemaphore(device_, s, nullptr);
  vkDestroySwapchainKHR(device_, swapchain_, nullptr);
}

Swapchain::Swapchain(Swapchain&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)),
      swapchain_(std::exchange(other.swapchain_, VK_NULL_HANDLE)),
      extent_(other.extent_),
      format_(other.format_),
      images_(std::move(other.images_)),
      renderFinished_(std::move(other.renderFinished_)) {}

Swapchain& Swapchain::operator=(Swapchain&& other) noexcept {
  if (this != &other) {
    this->~Swapchain();
    new (this) Swapchain(std::move(other));
  }
  return *this;
}

}  // namespace spineview::gpu
