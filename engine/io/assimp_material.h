// Materials of an Assimp scene as imported parts show them: the diffuse colour and opacity,
// and the diffuse (base-colour) texture. A texture is either embedded in the file (FBX) or a
// file next to the model, read through the ConfinedFolder: a path outside the model's folder
// is refused (and logged), then looked for by its file name inside the folder, since exporters
// often write the absolute path of the machine they ran on. Decoding as in texture_decode.h;
// a texture that cannot be used is left out with a warning.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <assimp/scene.h>

#include "io/confined_folder.h"
#include "io/imported_model.h"
#include "io/texture_decode.h"

namespace spineview::io::assimp {

class MaterialReader {
 public:
  MaterialReader(const aiScene& scene, ConfinedFolder& folder, const LoadLimits& limits,
                 std::vector<mesh::TextureImage>& textures, std::vector<std::string>& warnings)
      : scene_(scene), folder_(folder), limits_(limits), textures_(textures), warnings_(warnings) {}

  PartMaterial material(unsigned index) const;

  struct BaseColourTexture {
    int texture = -1;     // into the textures vector given to the constructor
    unsigned uvSet = 0;   // the mesh's texture-coordinate channel
  };
  BaseColourTexture baseColourTexture(unsigned materialIndex);

 private:
  core::Result<mesh::TextureImage> load(const std::string& path);

  const aiScene& scene_;
  ConfinedFolder& folder_;
  const LoadLimits& limits_;
  std::vector<mesh::TextureImage>& textures_;
  std::vector<std::string>& warnings_;
  TextureBudget budget_;
  std::map<std::string, int> byPath_;  // texture path → our texture index (-1: unusable)
};

}  // namespace spineview::io::assimp
