// Fault injection for testing the runtime-failure paths that real hardware rarely shows on
// demand. SPINEVIEW_INJECT_FAULT selects one fault:
//   device-lost@frame:N   the N-th frame submission (0-based) fails with VK_ERROR_DEVICE_LOST
//   oom@upload            the first device-local upload fails with VK_ERROR_OUT_OF_DEVICE_MEMORY
//   surface-lost@frame:N  the N-th swapchain acquire reports VK_ERROR_SURFACE_LOST_KHR (window only)
// The injected failure goes through the same VK_CHECK path as a real one, so the message and
// the exit code are the ones users would see.
#pragma once

#include <cstdint>

#include <vulkan/vulkan.h>

namespace spineview::gpu {

enum class FaultSite { FrameSubmit, Upload, SwapchainAcquire };

// VK_SUCCESS unless the configured fault fires here. `frame` is the site's own counter.
VkResult injectedFault(FaultSite site, std::uint64_t frame = 0);

}  // namespace spineview::gpu
