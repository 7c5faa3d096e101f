// Process-wide count of live VkDeviceMemory allocations (every Buffer and Image owns one).
// The endurance test checks it stays flat after warm-up: no per-frame allocations, no leaks.
#pragma once

#include <cstdint>

namespace spineview::gpu {

std::int64_t liveDeviceMemoryAllocations();
void noteDeviceMemoryAllocated();
void noteDeviceMemoryFreed();

}  // namespace spineview::gpu
