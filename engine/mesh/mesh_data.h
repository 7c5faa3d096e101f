// CPU-side mesh of a whole model: one vertex/index pool, split into named parts, with a
// skeleton for skinning. Produced by the procedural generator (mesh/) and the importers
// (io/); uploaded once by the renderer, which then only changes joint matrices, colours
// and visibility per frame. No GPU types here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/type_precision.hpp>

#include "anatomy/levels.h"

namespace spineview::mesh {

// What a part is, which decides its layer, default material and colour.
enum class PartKind : std::uint8_t {
  Bone,          // vertebrae, skull base, atlas, axis
  Disc,          // intervertebral discs
  Facet,         // articular cartilage / joint surfaces of facet joints
  Artery,        // vertebral and basilar arteries
  Cord,          // spinal cord
  Nerve,         // exiting nerve roots
  RibCage,       // ribs, sternum, clavicles
  Scapula,       // shoulder blades
  BodySurface,   // translucent skin of head, neck, shoulders, upper torso
  Other,         // imported geometry without anatomical meaning
};
inline constexpr int kPartKindCount = 10;

struct MeshPart {
  std::string name;                             // "C5 vertebra", "Left vertebral artery V2"
  PartKind kind = PartKind::Other;
  std::optional<anatomy::Vertebra> level;       // the vertebra (or upper vertebra of a segment)
  std::optional<anatomy::Side> side;
  std::uint32_t firstIndex = 0;                 // into MeshData::indices
  std::uint32_t indexCount = 0;                 // a multiple of 3 (triangle list)
  // Analysis kept with the mesh (mesh/closed_surface.h): a closed, outward-wound surface whose
  // back faces may be culled. Unknown (empty) until analysed; the renderer then checks itself.
  std::optional<bool> closedSurface{};
};

struct Joint {
  std::string name;                             // "C5 vertebra", "Left scapula"
  int parent = -1;                              // index into MeshData::joints, -1 for a root
  glm::mat4 bindWorld{1.0f};                    // joint frame → model space at bind (rest) pose
};

// Joints 0..anatomy::kVertebraCount-1 are the vertebrae C0..T12 in order when the model is
// the built-in spine (C0 carries the head). Further joints (ribs, scapulae) follow.
struct MeshData {
  std::vector<glm::vec3> positions;             // model space, millimetres (see anatomy/levels.h)
  std::vector<glm::vec3> normals;               // unit length
  std::vector<glm::u16vec4> joints;             // up to four joint indices per vertex
  std::vector<glm::vec4> weights;               // matching weights, summing to 1
  std::vector<std::uint32_t> indices;           // triangle list, counter-clockwise front faces
  std::vector<MeshPart> parts;
  std::vector<Joint> skeleton;                   // skeleton; empty for a static model
  std::string name;

  std::size_t vertexCount() const { return positions.size(); }
  std::size_t triangleCount() const { return indices.size() / 3; }
};

}  // namespace spineview::mesh
