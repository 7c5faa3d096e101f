// A VkPipelineCache kept in a file in the XDG cache folder, so a later start skips what the
// driver can reuse of its pipeline compiles. Loaded when made; written back atomically when
// pipelines were added (save(), also on destruction). The file carries its own header
// (magic, format, size, checksum) and the driver's header is checked against this device
// before anything reaches the driver: a damaged, truncated or foreign file is ignored with a
// one-line note and replaced on the next save, never a crash. Move-only owner.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include <vulkan/vulkan.h>

#include "core/result.h"

namespace spineview::gpu {

class Device;

class PipelineCache {
 public:
  PipelineCache() = default;
  // `file` empty: an in-memory cache only.
  PipelineCache(const Device& device, std::filesystem::path file);
  ~PipelineCache();
  PipelineCache(PipelineCache&& other) noexcept;
  PipelineCache& operator=(PipelineCache&& other) noexcept;
  PipelineCache(const PipelineCache&) = delete;
  PipelineCache& operator=(const PipelineCache&) = delete;

  VkPipelineCache handle() const { return cache_; }
  bool loadedFromFile() const { return loadedBytes_ > 0; }
  // Why the file was not used ("" when it was, or when there was none).
  const std::string& ignoredReason() const { return ignoredReason_; }
  // Writes the cache when it grew since it was loaded or saved.
  core::Status save();

  // The file's bytes for `driverData` (what vkGetPipelineCacheData returned), and the check
  // that gives the driver data back only when the file and its header match `device`.
  static std::string wrap(std::string_view driverData);
  static core::Result<std::string> unwrap(std::string_view fileBytes, const VkPhysicalDeviceProperties& device);

 private:
  VkDevice device_ = VK_NULL_HANDLE;
  VkPipelineCache cache_ = VK_NULL_HANDLE;
  std::filesystem::path file_;
  std::size_t loadedBytes_ = 0;
  std::size_t savedBytes_ = 0;
  std::string ignoredReason_;
};

// $XDG_CACHE_HOME/spineview/pipelines-<vendor>-<device>.vkcache for this device.
std::filesystem::path pipelineCacheFile(const Device& device);

}  // namespace spineview::gpu
