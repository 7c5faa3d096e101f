// SPIR-V of every shader in shaders/, compiled and embedded at build time.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace spineview::shaders {

// Empty span if no shader of that file name ("mesh.vert") was built.
std::span<const uint32_t> spirv(std::string_view name);

}  // namespace spineview::shaders
