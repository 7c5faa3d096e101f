#include "gpu/pipeline_cache.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <utility>
#include <vector>

#include "core/file_io.h"
#include "core/log.h"
#include "core/paths.h"
#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace spineview::gpu {
namespace {
constexpr std::array<char, 8> kMagic{'S', 'V', 'P', 'C', 'A', 'C', 'H', 'E'};
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::size_t kHeaderBytes = kMagic.size() + 4 + 8 + 8;  // magic, format, size, checksum
constexpr std::size_t kMaxFileBytes = 256u << 20;

std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
  return h;
}

template <typename T>
T readAt(std::string_view bytes, std::size_t offset) {
  T value{};
  std::memcpy(&value, bytes.data() + offset, sizeof(T));
  return value;
}

template <typename T>
void append(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}
}  // namespace

std::string PipelineCache::wrap(std::string_view driverData) {
  std::string out(kMagic.data(), kMagic.size());
  append<std::uint32_t>(out, kFormatVersion);
  append<std::uint64_t>(out, driverData.size());
  append<std::uint64_t>(out, fnv1a(driverData));
  out.append(driverData);
  return out;
}

core::Result<std::string> PipelineCache::unwrap(std::string_view file, const VkPhysicalDeviceProperties& device) {
  if (file.size() < kHeaderBytes || std::memcmp(file.data(), kMagic.data(), kMagic.size()) != 0)
    return core::fail("not a spineview pipeline cache");
  if (readAt<std::uint32_t>(file, kMagic.size()) != kFormatVersion) return core::fail("written by another version");
  const std::string_view data = file.substr(kHeaderBytes);
  if (readAt<std::uint64_t>(file, kMagic.size() + 4) != data.size()) return core::fail("truncated or padded");
  if (readAt<std::uint64_t>(file, kMagic.size() + 12) != fnv1a(data)) return core::fail("damaged (checksum)");
  // The driver's own header (Vulkan spec, VkPipelineCacheHeaderVersionOne): length, version,
  // vendor, device, cache UUID.
  if (data.size() < 16 + VK_UUID_SIZE) return core::fail("no driver header");
  const auto headerLength = readAt<std::uint32_t>(data, 0);
  if (headerLength < 16 + VK_UUID_SIZE || headerLength > data.size() ||
      readAt<std::uint32_t>(data, 4) != VK_PIPELINE_CACHE_HEADER_VERSION_ONE)
    return core::fail("unknown driver header");
  if (readAt<std::uint32_t>(data, 8) != device.vendorID || readAt<std::uint32_t>(data, 12) != device.deviceID ||
      std::memcmp(data.data() + 16, device.pipelineCacheUUID, VK_UUID_SIZE) != 0)
    return core::fail("made by another GPU or driver version");
  return std::string(data);
}

PipelineCache::PipelineCache(const Device& device, std::filesystem::path file)
    : device_(device.handle()), file_(std::move(file)) {
  std::string initial;
  std::error_code ec;
  if (!file_.empty() && std::filesystem::is_regular_file(file_, ec)) {
    auto bytes = core::readBinaryFile(file_, kMaxFileBytes);
    auto data = bytes ? unwrap(std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()),
                               device.properties())
                      : core::Result<std::string>(bytes.error());
    if (data) initial = std::move(data).value();
    else ignoredReason_ = data.message();
  }
  if (!ignoredReason_.empty())
    core::logWarning("ignoring the pipeline cache " + file_.string() + " (" + ignoredReason_ + "); it will be rebuilt");
  VkPipelineCacheCreateInfo info{VK_STRUCTURE_TYPE_PIPELINE_CACHE_CREATE_INFO};
  info.initialDataSize = initial.size();
  info.pInitialData = initial.empty() ? nullptr : initial.data();
  VK_CHECK(vkCreatePipelineCache(device_, &info, nullptr, &cache_));
  loadedBytes_ = savedBytes_ = initial.size();
}

core::Status PipelineCache::save() {
  if (!cache_ || file_.empty()) return core::Ok{};
  std::size_t size = 0;
  VK_CHECK(vkGetPipelineCacheData(device_, cache_, &size, nullptr));
  if (size == savedBytes_ && ignoredReason_.empty()) return core::Ok{};
  std::string data(size, '\0');
  const VkResult got = vkGetPipelineCacheData(device_, cache_, &size, data.data());
  if (got != VK_SUCCESS && got != VK_INCOMPLETE) VK_CHECK(got);
  data.resize(size);
  std::error_code ec;
  std::filesystem::create_directories(file_.parent_path(), ec);
  if (auto written = core::writeFileAtomic(file_, wrap(data)); !written) return written;
  savedBytes_ = size;
  ignoredReason_.clear();
  return core::Ok{};
}

PipelineCache::~PipelineCache() {
  if (!device_) return;
  try {
    if (auto saved = save(); !saved) core::logWarning("cannot keep the pipeline cache: " + saved.message());
  } catch (const VulkanError& e) {
    core::logWarning(std::string("cannot read back the pipeline cache: ") + e.what());
  }
  vkDestroyPipelineCache(device_, cache_, nullptr);
}

PipelineCache::PipelineCache(PipelineCache&& other) noexcept
    : device_(std::exchange(other.device_, VK_NULL_HANDLE)),
      cache_(std::exchange(other.cache_, VK_NULL_HANDLE)),
      file_(std::move(other.file_)),
      loadedBytes_(other.loadedBytes_),
      savedBytes_(other.savedBytes_),
      ignoredReason_(std::move(other.ignoredReason_)) {}

PipelineCache& PipelineCache::operator=(PipelineCache&& other) noexcept {
  if (this != &other) {
    this->~PipelineCache();
    new (this) PipelineCache(std::move(other));
  }
  return *this;
}

std::filesystem::path pipelineCacheFile(const Device& device) {
  char name[64];
  std::snprintf(name, sizeof(name), "pipelines-%04x-%04x.vkcache", device.properties().vendorID,
                device.properties().deviceID);
  return core::cacheDir() / name;
}

}  // namespace spineview::gpu
