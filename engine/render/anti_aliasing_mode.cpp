#include "render/anti_aliasing_mode.h"

namespace spineview::render {

std::optional<AntiAliasing> parseAntiAliasing(std::string_view text) {
  if (text == "auto") return AntiAliasing::Auto;
  if (text == "msaa") return AntiAliasing::Msaa;
  if (text == "post") return AntiAliasing::Post;
  if (text == "off") return AntiAliasing::Off;
  return std::nullopt;
}

const char* antiAliasingName(AntiAliasing mode) {
  switch (mode) {
    case AntiAliasing::Msaa: return "msaa";
    case AntiAliasing::Post: return "post";
    case AntiAliasing::Off: return "off";
    case AntiAliasing::Auto: break;
  }
  return "auto";
}

AntiAliasing resolveAntiAliasing(AntiAliasing requested, VkPhysicalDeviceType deviceType) {
  if (requested != AntiAliasing::Auto) return requested;
  return deviceType == VK_PHYSICAL_DEVICE_TYPE_CPU ? AntiAliasing::Post : AntiAliasing::Msaa;
}

}  // namespace spineview::render
