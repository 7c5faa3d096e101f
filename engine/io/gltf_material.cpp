#include "io/gltf_material.h"

#include <algorithm>
#include <cmath>

namespace spineview::io::gltf {

namespace {
mesh::TextureImage::Wrap wrapMode(int glWrap) {
  switch (glWrap) {
    case TINYGLTF_TEXTURE_WRAP_CLAMP_TO_EDGE: return mesh::TextureImage::Wrap::ClampToEdge;
    case TINYGLTF_TEXTURE_WRAP_MIRRORED_REPEAT: return mesh::TextureImage::Wrap::MirroredRepeat;
    default: return mesh::TextureImage::Wrap::Repeat;
  }
}
}  // namespace

PartMaterial MaterialReader::material(int index) const {
  PartMaterial m;
  if (index < 0 || static_cast<std::size_t>(index) >= model_.materials.size()) return m;
  const auto& mat = model_.materials[static_cast<std::size_t>(index)];
  const auto& pbr = mat.pbrMetallicRoughness;
  if (pbr.baseColorFactor.size() == 4)
    for (int c = 0; c < 4; ++c) {
      const double x = pbr.baseColorFactor[static_cast<std::size_t>(c)];
      m.baseColor[c] = std::isfinite(x) ? static_cast<float>(std::clamp(x, 0.0, 1.0)) : 1.0f;
    }
  auto unit = [](double x, float fallback) { return std::isfinite(x) ? static_cast<float>(std::clamp(x, 0.0, 1.0)) : fallback; };
  m.roughness = unit(pbr.roughnessFactor, 1.0f);
  m.metallic = unit(pbr.metallicFactor, 1.0f);
  m.blend = mat.alphaMode == "BLEND";
  return m;
}

MaterialReader::BaseColourTexture MaterialReader::baseColourTexture(int materialIndex) {
  BaseColourTexture out;
  if (materialIndex < 0 || static_cast<std::size_t>(materialIndex) >= model_.materials.size()) return out;
  const auto& info = model_.materials[static_cast<std::size_t>(materialIndex)].pbrMetallicRoughness.baseColorTexture;
  if (info.index < 0) return out;
  out.texCoordSet = std::clamp(info.texCoord, 0, 7);
  if (auto known = byTexture_.find(info.index); known != byTexture_.end()) {
    out.texture = known->second;
    return out;
  }
  const std::string what = "material " + std::to_string(materialIndex) + " base-colour texture " + std::to_string(info.index);
  int& slot = byTexture_[info.index];
  slot = -1;
  if (static_cast<std::size_t>(info.index) >= model_.textures.size()) {
    warnings_.push_back(what + " does not exist; the part is shown without it");
    return out;
  }
  const auto& texture = model_.textures[static_cast<std::size_t>(info.index)];
  if (texture.source < 0 || static_cast<std::size_t>(texture.source) >= model_.images.size()) {
    warnings_.push_back(what + " has no image; the part is shown without it");
    return out;
  }
  // The image loader (gltf_import.cpp) kept the checked, still encoded bytes.
  const auto& encoded = model_.images[static_cast<std::size_t>(texture.source)].image;
  auto decoded = decodeTexture(encoded, limits_, budget_);
  if (!decoded) {
    warnings_.push_back(what + ": " + decoded.message() + "; the part is shown without it");
    return out;
  }
  if (texture.sampler >= 0 && static_cast<std::size_t>(texture.sampler) < model_.samplers.size()) {
    decoded->wrapU = wrapMode(model_.samplers[static_cast<std::size_t>(texture.sampler)].wrapS);
    decoded->wrapV = wrapMode(model_.samplers[static_cast<std::size_t>(texture.sampler)].wrapT);
  }
  slot = static_cast<int>(textures_.size());
  textures_.push_back(std::move(*decoded));
  out.texture = slot;
  return out;
}

}  // namespace spineview::io::gltf
