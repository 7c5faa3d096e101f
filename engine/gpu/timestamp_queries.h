// GPU timestamps around the scene pass, one pair per frame slot. Read a slot's result only
// after its fence was waited. Devices without timestamp support report no time.
#pragma once

#include <array>
#include <optional>

#include <vulkan/vulkan.h>

#include "gpu/frame_ring.h"

namespace spineview::gpu {

class Device;

class TimestampQueries {
 public:
  TimestampQueries() = default;
  explicit TimestampQueries(const Device& device);
  ~TimestampQueries();
  TimestampQueries(TimestampQueries&& other) noexcept;
  TimestampQueries& operator=(TimestampQueries&& other) noexcept;
  TimestampQueries(const TimestampQueries&) = delete;
  TimestampQueries& operator=(const TimestampQueries&) = delete;

  bool supported() const { return pool_ != VK_NULL_HANDLE; }
  // Outside a render pass: resets the slot's pair and writes the start stamp.
  void recordStart(VkCommandBuffer cmd, uint32_t slot);
  // After the measured work.
  void recordEnd(VkCommandBuffer cmd, uint32_t slot);
  // Milliseconds between the stamps of the slot's last completed frame; empty when none.
  std::optional<double> elapsedMs(uint32_t slot) const;

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkQueryPool pool_ = VK_NULL_HANDLE;
  double periodNs_ = 1.0;
  uint64_t validMask_ = ~0ull;
  std::array<bool, kFramesInFlight> written_{};
};

}  // namespace spineview::gpu
