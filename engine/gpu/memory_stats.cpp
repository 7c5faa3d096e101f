#include "gpu/memory_stats.h"

#include <atomic>

namespace spineview::gpu {
namespace {
std::atomic<std::int64_t> g_live{0};
}

std::int64_t liveDeviceMemoryAllocations() { return g_live.load(); }
void noteDeviceMemoryAllocated() { ++g_live; }
void noteDeviceMemoryFreed() { --g_live; }

}  // namespace spineview::gpu
