// Where vertices are skinned. GPU: in the vertex shader (the canonical path; effectively free
// on real GPUs). CPU: once per frame in C++ into a host-visible buffer, drawn with a plain
// vertex shader — cheaper on CPU Vulkan devices such as lavapipe, where the "GPU" is the same
// two cores (measured: docs/performance.md). Auto picks CPU on CPU devices, GPU elsewhere.
#pragma once

#include <optional>
#include <string_view>

#include <vulkan/vulkan.h>

namespace spineview::render {

enum class SkinningMode { Auto, Gpu, Cpu };

// "auto", "gpu", "cpu"; empty optional for anything else.
std::optional<SkinningMode> parseSkinningMode(std::string_view text);
const char* skinningModeName(SkinningMode mode);
// Auto → Cpu on VK_PHYSICAL_DEVICE_TYPE_CPU, Gpu otherwise; explicit modes stay.
SkinningMode resolveSkinningMode(SkinningMode requested, VkPhysicalDeviceType deviceType);

}  // namespace spineview::render
