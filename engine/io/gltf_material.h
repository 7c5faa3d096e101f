// What a glTF primitive's material means for the viewer: its base colour, and its base-colour
// texture decoded once per image (io/texture_decode.h) into MeshData::textures. A texture that
// cannot be used (undecodable, over the limits, no texture coordinates) is left out with a
// warning; the part keeps its base colour.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <tiny_gltf.h>

#include "io/imported_model.h"
#include "io/load_limits.h"
#include "io/texture_decode.h"

namespace spineview::io::gltf {

class MaterialReader {
 public:
  MaterialReader(const tinygltf::Model& model, const LoadLimits& limits, std::vector<mesh::TextureImage>& textures,
                 std::vector<std::string>& warnings)
      : model_(model), limits_(limits), textures_(textures), warnings_(warnings) {}

  // The material's factors (defaults for -1 or an index that does not exist).
  PartMaterial material(int index) const;

  struct BaseColourTexture {
    int texture = -1;   // into the textures vector given to the constructor
    int texCoordSet = 0;
  };
  // The material's base-colour texture, decoding its image on first use; texture -1 for none.
  BaseColourTexture baseColourTexture(int material);

 private:
  const tinygltf::Model& model_;
  const LoadLimits& limits_;
  std::vector<mesh::TextureImage>& textures_;
  std::vector<std::string>& warnings_;
  TextureBudget budget_;
  std::map<int, int> byTexture_;  // glTF texture index → our texture index (-1: unusable)
};

}  // namespace spineview::io::gltf
