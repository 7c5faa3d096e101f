#include "io/gltf_accessor.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace spineview::io::gltf {

namespace {

bool addOk(std::uint64_t a, std::uint64_t b, std::uint64_t* out) { return !__builtin_add_overflow(a, b, out); }
bool mulOk(std::uint64_t a, std::uint64_t b, std::uint64_t* out) { return !__builtin_mul_overflow(a, b, out); }

std::string typeName(int type) {
  switch (type) {
    case TINYGLTF_TYPE_SCALAR: return "SCALAR";
    case TINYGLTF_TYPE_VEC2: return "VEC2";
    case TINYGLTF_TYPE_VEC3: return "VEC3";
    case TINYGLTF_TYPE_VEC4: return "VEC4";
    case TINYGLTF_TYPE_MAT2: return "MAT2";
    case TINYGLTF_TYPE_MAT3: return "MAT3";
    case TINYGLTF_TYPE_MAT4: return "MAT4";
  }
  return "type " + std::to_string(type);
}

double component(const AccessorView& v, std::uint64_t element, int c) {
  const std::uint8_t* p = v.first + element * v.stride;
  switch (v.componentType) {
    case TINYGLTF_COMPONENT_TYPE_FLOAT: { float f; std::memcpy(&f, p + 4 * c, 4); return f; }
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: return p[c];
    case TINYGLTF_COMPONENT_TYPE_BYTE: { std::int8_t x; std::memcpy(&x, p + c, 1); return x; }
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: { std::uint16_t x; std::memcpy(&x, p + 2 * c, 2); return x; }
    case TINYGLTF_COMPONENT_TYPE_SHORT: { std::int16_t x; std::memcpy(&x, p + 2 * c, 2); return x; }
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT: { std::uint32_t x; std::memcpy(&x, p + 4 * c, 4); return x; }
  }
  return 0.0;
}

double normalise(double x, int componentType) {
  switch (componentType) {
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: return x / 255.0;
    case TINYGLTF_COMPONENT_TYPE_BYTE: return std::max(x / 127.0, -1.0);
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: return x / 65535.0;
    case TINYGLTF_COMPONENT_TYPE_SHORT: return std::max(x / 32767.0, -1.0);
  }
  return x;
}

}  // namespace

core::Result<AccessorView> viewAccessor(const tinygltf::Model& model, int index, const std::string& what) {
  const std::string at = what + " (accessor " + std::to_string(index) + "): ";
  if (index < 0 || static_cast<std::size_t>(index) >= model.accessors.size())
    return core::fail(what + ": accessor " + std::to_string(index) + " does not exist (the file has " +
                      std::to_string(model.accessors.size()) + ")");
  const auto& acc = model.accessors[static_cast<std::size_t>(index)];
  if (acc.sparse.isSparse) return core::fail(at + "sparse accessors are not supported");
  const int compSize = tinygltf::GetComponentSizeInBytes(static_cast<std::uint32_t>(acc.componentType));
  const int comps = tinygltf::GetNumComponentsInType(static_cast<std::uint32_t>(acc.type));
  if (compSize <= 0 || acc.componentType == TINYGLTF_COMPONENT_TYPE_DOUBLE)
    return core::fail(at + "invalid componentType " + std::to_string(acc.componentType));
  if (comps <= 0) return core::fail(at + "invalid type " + std::to_string(acc.type));
  if (acc.count == 0) return core::fail(at + "count is 0");
  if (acc.bufferView < 0 || static_cast<std::size_t>(acc.bufferView) >= model.bufferViews.size())
    return core::fail(at + "bufferView " + std::to_string(acc.bufferView) + " does not exist");
  const auto& view = model.bufferViews[static_cast<std::size_t>(acc.bufferView)];
  if (view.buffer < 0 || static_cast<std::size_t>(view.buffer) >= model.buffers.size())
    return core::fail(at + "bufferView " + std::to_string(acc.bufferView) + " names buffer " +
                      std::to_string(view.buffer) + ", which does not exist");
  const auto& buffer = model.buffers[static_cast<std::size_t>(view.buffer)];
  std::uint64_t viewEnd = 0;
  if (!addOk(view.byteOffset, view.byteLength, &viewEnd) || viewEnd > buffer.data.size())
    return core::fail(at + "bufferView " + std::to_string(acc.bufferView) + " (offset " +
                      std::to_string(view.byteOffset) + ", length " + std::to_string(view.byteLength) +
                      ") runs past the end of buffer " + std::to_string(view.buffer) + " (" +
                      std::to_string(buffer.data.size()) + " bytes)");
  const std::uint64_t elemSize = static_cast<std::uint64_t>(compSize) * static_cast<std::uint64_t>(comps);
  const std::uint64_t stride = view.byteStride == 0 ? elemSize : view.byteStride;
  if (stride < elemSize)
    return core::fail(at + "byteStride " + std::to_string(stride) + " is smaller than one element (" +
                      std::to_string(elemSize) + " bytes)");
  std::uint64_t span = 0, last = 0, end = 0;
  if (!mulOk(acc.count - 1, stride, &span) || !addOk(acc.byteOffset, span, &last) || !addOk(last, elemSize, &end) ||
      end > view.byteLength)
    return core::fail(at + std::to_string(acc.count) + " elements from offset " + std::to_string(acc.byteOffset) +
                      " do not fit in bufferView " + std::to_string(acc.bufferView) + " (" +
                      std::to_string(view.byteLength) + " bytes)");
  if ((view.byteOffset + acc.byteOffset) % static_cast<std::uint64_t>(compSize) != 0)
    return core::fail(at + "data offset is not a multiple of the component size");
  AccessorView out;
  out.first = buffer.data.data() + view.byteOffset + acc.byteOffset;
  out.count = acc.count;
  out.stride = stride;
  out.componentType = acc.componentType;
  out.components = comps;
  out.normalized = acc.normalized;
  return out;
}

core::Result<std::vector<float>> readFloats(const tinygltf::Model& model, int index, int type,
                                            bool allowNormalizedIntegers, const std::string& what) {
  auto view = viewAccessor(model, index, what);
  if (!view) return view.error();
  const auto& acc = model.accessors[static_cast<std::size_t>(index)];
  const std::string at = what + " (accessor " + std::to_string(index) + "): ";
  if (acc.type != type) return core::fail(at + "expected " + typeName(type) + ", found " + typeName(acc.type));
  const bool isFloat = view->componentType == TINYGLTF_COMPONENT_TYPE_FLOAT;
  const bool isNormInt = view->normalized && view->componentType != TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT &&
                         view->componentType != TINYGLTF_COMPONENT_TYPE_FLOAT;
  if (!isFloat && !(allowNormalizedIntegers && isNormInt))
    return core::fail(at + "componentType " + std::to_string(view->componentType) + " is not allowed here (expected " +
                      (allowNormalizedIntegers ? "float or a normalised byte/short" : "float") + ")");
  const int comps = view->components;
  std::vector<float> out(static_cast<std::size_t>(view->count) * static_cast<std::size_t>(comps));
  for (std::uint64_t e = 0; e < view->count; ++e) {
    for (int c = 0; c < comps; ++c) {
      const double x = normalise(component(*view, e, c), view->componentType);
      if (!std::isfinite(x))
        return core::fail(at + "element " + std::to_string(e) + " is not a finite number (NaN or Inf)");
      out[static_cast<std::size_t>(e) * static_cast<std::size_t>(comps) + static_cast<std::size_t>(c)] =
          static_cast<float>(x);
    }
  }
  return out;
}

core::Result<std::vector<glm::vec3>> readVec3(const tinygltf::Model& model, int index, const std::string& what) {
  auto flat = readFloats(model, index, TINYGLTF_TYPE_VEC3, false, what);
  if (!flat) return flat.error();
  std::vector<glm::vec3> out(flat->size() / 3);
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = {(*flat)[3 * i], (*flat)[3 * i + 1], (*flat)[3 * i + 2]};
  return out;
}

core::Result<std::vector<std::uint32_t>> readUints(const tinygltf::Model& model, int index, int type, bool allowUint32,
                                                   const std::string& what) {
  auto view = viewAccessor(model, index, what);
  if (!view) return view.error();
  const auto& acc = model.accessors[static_cast<std::size_t>(index)];
  const std::string at = what + " (accessor " + std::to_string(index) + "): ";
  if (acc.type != type) return core::fail(at + "expected " + typeName(type) + ", found " + typeName(acc.type));
  const int ct = view->componentType;
  const bool ok = ct == TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE || ct == TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT ||
                  (allowUint32 && ct == TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT);
  if (!ok)
    return core::fail(at + "componentType " + std::to_string(ct) + " is not allowed here (expected unsigned byte/short" +
                      (allowUint32 ? "/int" : "") + ")");
  const int comps = view->components;
  std::vector<std::uint32_t> out(static_cast<std::size_t>(view->count) * static_cast<std::size_t>(comps));
  for (std::uint64_t e = 0; e < view->count; ++e)
    for (int c = 0; c < comps; ++c)
      out[static_cast<std::size_t>(e) * static_cast<std::size_t>(comps) + static_cast<std::size_t>(c)] =
          static_cast<std::uint32_t>(component(*view, e, c));
  return out;
}

}  // namespace spineview::io::gltf
