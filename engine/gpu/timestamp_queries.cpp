#include "gpu/timestamp_queries.h"

#include <utility>
#include <vector>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {

TimestampQueries::TimestampQueries(const Device& device) {
  const auto& limits = device.properties().limits;
  uint32_t familyCount = 0;
  vkGetPhysicalDeviceQueueFamilyProperties(device.physical(), &familyCount, nullptr);
  std::vector<VkQueueFamilyProperties> families(familyCount);
  vkGetPhysicalDeviceQueueFamilyProperties(device.physical(), &familyCount, families.data());
  const uint32_t validBits = device.queueFamily() < familyCount ? families[device.queueFamily()].timestampValidBits : 0;
  if (validBits == 0 || limits.timestampPeriod <= 0.0f) return;  // no timestamps on this queue
  device_ = device.handle();
  periodNs_ = limits.timestampPeriod;
  validMask_ = validBits >= 64 ? ~0ull : ((1ull << validBits) - 1);
  VkQueryPoolCreateInfo info{VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO};
  info.queryType = VK_QUERY_TYPE_TIMESTAMP;
  info.queryCount = 2 * kFramesInFlight;
  VK_CHECK(vkCreateQueryPool(device_, &info, nullptr, &pool_));
}

TimestampQueries::~TimestampQueries() {
  if (device_ && pool_) vkDestroyQueryPool(device_, pool_, nullptr);
}

TimestampQueries::TimestampQueries(TimestampQueries&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)),
      pool_(std::exchange(other.pool_, VK_NULL_HANDLE)),
      periodNs_(other.periodNs_),
      validMask_(other.validMask_),
      written_(other.written_) {}

TimestampQueries& TimestampQueries::operator=(TimestampQueries&& other) noexcept {
  if (this != &other) {
    this->~TimestampQueries();
    new (this) TimestampQueries(std::move(other));
  }
  return *this;
}

void TimestampQueries::recordStart(VkCommandBuffer cmd, uint32_t slot) {
  if (!pool_) return;
  slot %= kFramesInFlight;
  vkCmdResetQueryPool(cmd, pool_, 2 * slot, 2);
  vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, pool_, 2 * slot);
}

void TimestampQueries::recordEnd(VkCommandBuffer cmd, uint32_t slot) {
  if (!pool_) return;
  slot %= kFramesInFlight;
  vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, pool_, 2 * slot + 1);
  written_[slot] = true;
}

std::optional<double> TimestampQueries::elapsedMs(uint32_t slot) const {
  slot %= kFramesInFlight;
  if (!pool_ || !written_[slot]) return std::nullopt;
  std::array<uint64_t, 4> values{};  // value, availability per query
  const VkResult r = vkGetQueryPoolResults(device_, pool_, 2 * slot, 2, sizeof(values), values.data(),
                                           2 * sizeof(uint64_t), VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WITH_AVAILABILITY_BIT);
  if (r == VK_NOT_READY) return std::nullopt;
  VK_CHECK(r);
  if (values[1] == 0 || values[3] == 0) return std::nullopt;
  const uint64_t ticks = (values[2] - values[0]) & validMask_;
  return static_cast<double>(ticks) * periodNs_ * 1e-6;
}

}  // namespace spineview::gpu
