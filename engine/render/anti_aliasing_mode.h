// How the scene's edges are smoothed. Msaa: multisampling (4x unless --msaa says otherwise),
// the default on real GPUs, where it is close to free. Post: one sample per pixel and a
// full-screen FXAA pass (render/post_anti_aliasing.h) — the default on CPU Vulkan devices
// (lavapipe), where 4x multisampling alone costs about 3x the frame (docs/performance.md).
// Off: one sample, nothing smoothed.
#pragma once

#include <optional>
#include <string_view>

#include <vulkan/vulkan.h>

namespace spineview::render {

enum class AntiAliasing { Auto, Msaa, Post, Off };

// "auto", "msaa", "post", "off"; empty optional for anything else.
std::optional<AntiAliasing> parseAntiAliasing(std::string_view text);
const char* antiAliasingName(AntiAliasing mode);
// Auto → Post on VK_PHYSICAL_DEVICE_TYPE_CPU, Msaa otherwise; explicit modes stay.
AntiAliasing resolveAntiAliasing(AntiAliasing requested, VkPhysicalDeviceType deviceType);

}  // namespace spineview::render
