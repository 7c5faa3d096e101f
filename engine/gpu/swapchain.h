// The window's swapchain. Recreated (never patched) on resize, on VK_ERROR_OUT_OF_DATE_KHR
// and after a minimize; a zero-sized window is handled by the caller waiting for events.
// Images are blit destinations: the frame is drawn offscreen and copied in.
#pragma once

#include <vector>

#include <vulkan/vulkan.h>

namespace spineview::gpu {

class Device;

class Surface {
 public:
  Surface() = default;
  Surface(VkInstance instance, VkSurfaceKHR surface) : instance_(instance), surface_(surface) {}
  ~Surface();
  Surface(Surface&& other) noexcept;
  Surface& operator=(Surface&& other) noexcept;
  Surface(const Surface&) = delete;
  Surface& operator=(const Surface&) = delete;
  VkSurfaceKHR handle() const { return surface_; }

 private:
  VkInstance instance_ = VK_NULL_HANDLE;
  VkSurfaceKHR surface_ = VK_NULL_HANDLE;
};

class Swapchain {
 public:
  Swapchain() = default;
  // `framebufferSize` is the window's size in pixels; the surface's current extent wins when defined.
  Swapchain(const Device& device, VkSurfaceKHR surface, VkExtent2D framebufferSize, VkSwapchainKHR oldSwapchain);
  ~Swapchain();
  Swapchain(Swapchain&& other) noexcept;
  Swapchain& operator=(Swapchain&& other) noexcept;
  Swapchain(const Swapchain&) = delete;
  Swapchain& operator=(const Swapchain&) = delete;

  VkSwapchainKHR handle() const { return swapchain_; }
  VkExtent2D extent() const { return extent_; }
  VkFormat format() const { return format_; }
  uint32_t imageCount() const { return static_cast<uint32_t>(images_.size()); }
  VkImage image(uint32_t i) const { return images_[i]; }
  // Signalled when rendering into image i is done; one per image so presentation can't race reuse.
  VkSemaphore renderFinished(uint32_t i) const { return renderFinished_[i]; }

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkSwapchainKHR swapchain_ = VK_NULL_HANDLE;
  VkExtent2D extent_{0, 0};
  VkFormat format_ = VK_FORMAT_UNDEFINED;
  std::vector<VkImage> images_;
  std::vector<VkSemaphore> renderFinished_;
};

}  // namespace spineview::gpu
