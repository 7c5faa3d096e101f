// Per-frame-in-flight resources: a command buffer, the fence that says the GPU finished
// it, and the semaphore the swapchain signals when an image is ready. Two slots: the CPU
// records frame N+1 while the GPU draws frame N.
#pragma once

#include <array>

#include <vulkan/vulkan.h>

namespace spineview::gpu {

class Device;

inline constexpr uint32_t kFramesInFlight = 2;

struct FrameSlot {
  VkCommandPool pool = VK_NULL_HANDLE;
  VkCommandBuffer commands = VK_NULL_HANDLE;
  VkFence done = VK_NULL_HANDLE;             // created signalled
  VkSemaphore imageAvailable = VK_NULL_HANDLE;
};

class FrameRing {
 public:
  FrameRing() = default;
  explicit FrameRing(const Device& device);
  ~FrameRing();
  FrameRing(FrameRing&& other) noexcept;
  FrameRing& operator=(FrameRing&& other) noexcept;
  FrameRing(const FrameRing&) = delete;
  FrameRing& operator=(const FrameRing&) = delete;

  // Waits until the slot's previous use has finished on the GPU, then resets its commands.
  FrameSlot& begin(uint32_t slotIndex);
  FrameSlot& slot(uint32_t i) { return slots_[i]; }

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  std::array<FrameSlot, kFramesInFlight> slots_{};
};

}  // namespace spineview::gpu
