#include "render/skinning_mode.h"

namespace spineview::render {

std::optional<SkinningMode> parseSkinningMode(std::string_view text) {
  if (text == "auto") return SkinningMode::Auto;
  if (text == "gpu") return SkinningMode::Gpu;
  if (text == "cpu") return SkinningMode::Cpu;
  return std::nullopt;
}

const char* skinningModeName(SkinningMode mode) {
  switch (mode) {
    case SkinningMode::Gpu: return "gpu";
    case SkinningMode::Cpu: return "cpu";
    case SkinningMode::Auto: break;
  }
  return "auto";
}

SkinningMode resolveSkinningMode(SkinningMode requested, VkPhysicalDeviceType deviceType) {
  if (requested != SkinningMode::Auto) return requested;
  return deviceType == VK_PHYSICAL_DEVICE_TYPE_CPU ? SkinningMode::Cpu : SkinningMode::Gpu;
}

}  // namespace spineview::render
