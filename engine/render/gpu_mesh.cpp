#include "render/gpu_mesh.h"

#include <algorithm>
#include <cstddef>
#include <vector>

#include "gpu/vk_check.h"
#include "mesh/closed_surface.h"

namespace spineview::render {

GpuMesh::GpuMesh(const gpu::Device& device, const mesh::MeshData& mesh) {
  if (mesh.positions.empty() || mesh.indices.empty())
    throw gpu::VulkanError(VK_ERROR_INITIALIZATION_FAILED, "cannot upload an empty mesh");
  std::vector<GpuVertex> vertices(mesh.positions.size());
  const bool skinned = mesh.joints.size() == mesh.positions.size() && mesh.weights.size() == mesh.positions.size();
  for (std::size_t i = 0; i < vertices.size(); ++i) {
    vertices[i].position = mesh.positions[i];
    vertices[i].normal = i < mesh.normals.size() ? mesh.normals[i] : glm::vec3(0, 1, 0);
    vertices[i].joints = skinned ? mesh.joints[i] : glm::u16vec4(0);
    vertices[i].weights = skinned ? mesh.weights[i] : glm::vec4(1, 0, 0, 0);
  }
  vertices_ = gpu::Buffer::createWithData(device, vertices.data(), vertices.size() * sizeof(GpuVertex),
                                          VK_BUFFER_USAGE_VERTEX_BUFFER_BIT);
  indices_ = gpu::Buffer::createWithData(device, mesh.indices.data(), mesh.indices.size() * sizeof(std::uint32_t),
                                         VK_BUFFER_USAGE_INDEX_BUFFER_BIT);
  indexCount_ = static_cast<std::uint32_t>(mesh.indices.size());
  vertexCount_ = static_cast<std::uint32_t>(mesh.positions.size());
  hostVertices_ = std::move(vertices);
  hostIndices_ = mesh.indices;
  // Parts analysed with the mesh (the generated model, from its cache) need no check here.
  bool unanalysed = mesh.parts.empty();
  for (const mesh::MeshPart& part : mesh.parts) {
    if (part.closedSurface) cullableCache_.emplace(std::make_pair(part.firstIndex, part.indexCount), *part.closedSurface);
    else unanalysed = true;
  }
  // Positions for checking the others on first use (kept from here: made mid-session, a
  // long-lived block would pin the heap's top above the checks' temporaries).
  if (unanalysed) hostPositions_ = mesh.positions;
}

std::pair<std::uint32_t, std::uint32_t> GpuMesh::vertexRange(std::uint32_t firstIndex, std::uint32_t indexCount) const {
  const auto key = std::make_pair(firstIndex, indexCount);
  if (auto it = rangeCache_.find(key); it != rangeCache_.end()) return it->second;
  std::uint32_t lo = UINT32_MAX, hi = 0;
  const std::size_t end = std::min<std::size_t>(hostIndices_.size(), std::size_t(firstIndex) + indexCount);
  for (std::size_t i = firstIndex; i < end; ++i) {
    lo = std::min(lo, hostIndices_[i]);
    hi = std::max(hi, hostIndices_[i]);
  }
  const auto range = lo <= hi ? std::make_pair(lo, std::min(hi, vertexCount_ - 1)) : std::make_pair(0u, 0u);
  rangeCache_.emplace(key, range);
  return range;
}

bool GpuMesh::cullable(std::uint32_t firstIndex, std::uint32_t indexCount) const {
  const auto key = std::make_pair(firstIndex, indexCount);
  if (auto it = cullableCache_.find(key); it != cullableCache_.end()) return it->second;
  const bool inside = std::size_t(firstIndex) + indexCount <= hostIndices_.size();
  const bool closed =
      inside && mesh::isClosedOutwardSurface(hostPositions_, std::span(hostIndices_).subspan(firstIndex, indexCount));
  cullableCache_.emplace(key, closed);
  return closed;
}

std::vector<VkVertexInputBindingDescription> GpuMesh::bindings() {
  return {{0, sizeof(GpuVertex), VK_VERTEX_INPUT_RATE_VERTEX}};
}

std::vector<VkVertexInputAttributeDescription> GpuMesh::attributes() {
  return {
      {0, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<uint32_t>(offsetof(GpuVertex, position))},
      {1, 0, VK_FORMAT_R32G32B32_SFLOAT, static_cast<uint32_t>(offsetof(GpuVertex, normal))},
      {2, 0, VK_FORMAT_R16G16B16A16_UINT, static_cast<uint32_t>(offsetof(GpuVertex, joints))},
      {3, 0, VK_FORMAT_R32G32B32A32_SFLOAT, static_cast<uint32_t>(offsetof(GpuVertex, weights))},
  };
}

}  // namespace spineview::render
