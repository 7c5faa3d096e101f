// Bounds-checked reading of glTF accessors. tinygltf 2.7.0 checks almost none of this, so
// every accessor is validated here (64-bit, overflow-checked) before a byte is read:
// buffer view inside its buffer, accessor inside its view, stride, alignment, component
// type and element type for the use, and finite values.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <tiny_gltf.h>

#include "core/result.h"

namespace spineview::io::gltf {

struct AccessorView {
  const std::uint8_t* first = nullptr;  // the first element
  std::uint64_t count = 0;
  std::uint64_t stride = 0;
  int componentType = 0;
  int components = 0;
  bool normalized = false;
};

// `what` names the use in messages, e.g. "mesh 2 primitive 0 POSITION".
core::Result<AccessorView> viewAccessor(const tinygltf::Model& model, int accessor, const std::string& what);

// Float data (float, or normalised integers where allowIntegers), `components` wide
// (1..16); rejects NaN/Inf. Missing components read as 0.
core::Result<std::vector<float>> readFloats(const tinygltf::Model& model, int accessor, int type,
                                            bool allowNormalizedIntegers, const std::string& what);
core::Result<std::vector<glm::vec3>> readVec3(const tinygltf::Model& model, int accessor, const std::string& what);

// Unsigned integers (indices: ubyte/ushort/uint; joints: ubyte/ushort), `type` wide.
core::Result<std::vector<std::uint32_t>> readUints(const tinygltf::Model& model, int accessor, int type,
                                                   bool allowUint32, const std::string& what);

}  // namespace spineview::io::gltf
