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

// How a part's indices are read. The generator makes triangles only; imported models may also
// carry line segments and points (vessel and nerve centre-lines), drawn as lines and points.
enum class Topology : std::uint8_t { Triangles, Lines, Points };

struct MeshPart {
  std::string name;                             // "C5 vertebra", "Left vertebral artery V2"
  PartKind kind = PartKind::Other;
  std::optional<anatomy::Vertebra> level;       // the vertebra (or upper vertebra of a segment)
  std::optional<anatomy::Side> side;
  std::uint32_t firstIndex = 0;                 // into MeshData::indices
  std::uint32_t indexCount = 0;                 // a multiple of 3 (triangles) or 2 (lines)
  Topology topology = Topology::Triangles;
  // An imported part's own look: its material's base colour (linear RGBA) and base-colour
  // texture (index into MeshData::textures, -1 for none). Anatomical parts use tissue colours.
  std::optional<glm::vec4> fileColour;
  std::int32_t texture = -1;
  // Analysis kept with the mesh (mesh/closed_surface.h): a closed, outward-wound surface whose
  // back faces may be culled. Unknown (empty) until analysed; the renderer then checks itself.
  std::optional<bool> closedSurface{};
};

// A decoded base-colour texture of an imported model: RGBA8, sRGB-encoded, rows top first
// (texture coordinate v = 0 is the first row).
struct TextureImage {
  enum class Wrap : std::uint8_t { Repeat, ClampToEdge, MirroredRepeat };
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  std::vector<std::uint8_t> rgba;               // width * height * 4 bytes
  Wrap wrapU = Wrap::Repeat;
  Wrap wrapV = Wrap::Repeat;
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
  std::vector<std::uint32_t> indices;           // per part: triangle list (counter-clockwise front faces), lines or points
  std::vector<glm::vec2> texCoords;             // empty, or one per vertex (0 where a part has none)
  std::vector<TextureImage> textures;           // base-colour textures of imported parts
  std::vector<MeshPart> parts;
  std::vector<Joint> skeleton;                   // skeleton; empty for a static model
  std::string name;

  std::size_t vertexCount() const { return positions.size(); }
  std::size_t triangleCount() const {
    std::size_t n = 0;
    for (const auto& p : parts) n += p.topology == Topology::Triangles ? p.indexCount / 3 : 0;
    return parts.empty() ? indices.size() / 3 : n;
  }
};

}  // namespace spineview::mesh
