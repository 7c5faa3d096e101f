// Fault injection for testing the runtime-failure paths that real hardware rarely shows on
// demand. SPINEVIEW_INJECT_FAULT selects one fault:
//   device-lost@frame:N   the N-th frame submission (0-based) fails with VK_ERROR_DEVICE_LOST
//   oom@upload            the first device-local upload fails with VK_ERROR_OUT_OF_DEVICE_MEMORY
//   surface-lost@frame:N  the N-th swapchain acquire of the process (0-based, counted across
//                         window presenters, so it fires once) reports VK_ERROR_SURFACE_LOST_KHR
//                         (window only); the viewer then rebuilds its surface and swapchain
//   surface-lost@always   every swapchain acquire reports it: the viewer gives up after a few
//                         rebuilds with a one-line message and exit code 1
// The injected failure takes the same path as a real one (VK_CHECK, or the presenter's
// surface-lost handling), so the message and the exit code are the ones users would see.
#pragma once

#include <cstdint>

#include <vulkan/vulkan.h>

namespace spineview::gpu {

enum class FaultSite { FrameSubmit, Upload, SwapchainAcquire };

// VK_SUCCESS unless the configured fault fires here. `frame` is the site's own counter.
VkResult injectedFault(FaultSite site, std::uint64_t frame = 0);

}  // namespace spineview::gpu
