// A MeshData uploaded once into device-local vertex and index buffers. Per frame only joint
// matrices, colours and visibility change, never these buffers.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <utility>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/type_precision.hpp>
#include <vulkan/vulkan.h>

#include "gpu/buffer.h"
#include "mesh/mesh_data.h"

namespace spineview::render {

// Interleaved vertex as the mesh shaders read it (locations 0–3).
struct GpuVertex {
  glm::vec3 position;
  glm::vec3 normal;
  glm::u16vec4 joints;
  glm::vec4 weights;
};

class GpuMesh {
 public:
  GpuMesh() = default;
  GpuMesh(const gpu::Device& device, const mesh::MeshData& mesh);

  VkBuffer vertexBuffer() const { return vertices_.handle(); }
  VkBuffer indexBuffer() const { return indices_.handle(); }
  std::uint32_t indexCount() const { return indexCount_; }
  std::uint32_t vertexCount() const { return vertexCount_; }
  bool valid() const { return vertices_.valid(); }
  // The uploaded vertices, kept for CPU skinning.
  std::span<const GpuVertex> hostVertices() const { return hostVertices_; }
  // [first, last] vertex referenced by an index range (cached; ranges repeat every frame).
  std::pair<std::uint32_t, std::uint32_t> vertexRange(std::uint32_t firstIndex, std::uint32_t indexCount) const;
  // Whether an index range is a closed, outward-wound surface whose back faces may be culled
  // (mesh/closed_surface.h): from the mesh's own analysis when it has one, else computed on
  // first use and remembered.
  bool cullable(std::uint32_t firstIndex, std::uint32_t indexCount) const;

  static std::vector<VkVertexInputBindingDescription> bindings();
  static std::vector<VkVertexInputAttributeDescription> attributes();

 private:
  gpu::Buffer vertices_;
  gpu::Buffer indices_;
  std::uint32_t indexCount_ = 0;
  std::uint32_t vertexCount_ = 0;
  std::vector<GpuVertex> hostVertices_;
  std::vector<std::uint32_t> hostIndices_;
  mutable std::map<std::pair<std::uint32_t, std::uint32_t>, std::pair<std::uint32_t, std::uint32_t>> rangeCache_;
  mutable std::map<std::pair<std::uint32_t, std::uint32_t>, bool> cullableCache_;
  std::vector<glm::vec3> hostPositions_;  // for cullable() of ranges the mesh did not analyse
};

}  // namespace spineview::render
