#include "io/assimp_material.h"

#include <algorithm>
#include <cmath>

#include <assimp/material.h>
#include <assimp/texture.h>

namespace spineview::io::assimp {

namespace {
mesh::TextureImage::Wrap wrapMode(const aiMaterial& mat, unsigned axis) {
  int mode = aiTextureMapMode_Wrap;
  const aiReturn found = axis == 0 ? mat.Get(AI_MATKEY_MAPPINGMODE_U(aiTextureType_DIFFUSE, 0), mode)
                                   : mat.Get(AI_MATKEY_MAPPINGMODE_V(aiTextureType_DIFFUSE, 0), mode);
  if (found != aiReturn_SUCCESS) return mesh::TextureImage::Wrap::Repeat;
  if (mode == aiTextureMapMode_Clamp) return mesh::TextureImage::Wrap::ClampToEdge;
  if (mode == aiTextureMapMode_Mirror) return mesh::TextureImage::Wrap::MirroredRepeat;
  return mesh::TextureImage::Wrap::Repeat;
}

// An uncompressed embedded texture: BGRA texels, checked against the same limits as files.
core::Result<mesh::TextureImage> fromTexels(const aiTexture& t, const LoadLimits& limits, TextureBudget& budget) {
  const std::uint64_t pixels = static_cast<std::uint64_t>(t.mWidth) * t.mHeight;
  if (pixels == 0 || pixels > limits.maxImagePixels || t.mWidth > limits.maxTextureSide || t.mHeight > limits.maxTextureSide)
    return core::fail(std::to_string(t.mWidth) + "x" + std::to_string(t.mHeight) + " pixels is outside the texture limits");
  if (4 * pixels > limits.maxTextureBytes - std::min(limits.maxTextureBytes, budget.decodedBytes))
    return core::fail("the model's textures exceed the limit for decoded images");
  mesh::TextureImage out;
  out.width = t.mWidth;
  out.height = t.mHeight;
  out.rgba.resize(static_cast<std::size_t>(4 * pixels));
  for (std::size_t i = 0; i < pixels; ++i) {
    const aiTexel& x = t.pcData[i];
    out.rgba[4 * i] = x.r, out.rgba[4 * i + 1] = x.g, out.rgba[4 * i + 2] = x.b, out.rgba[4 * i + 3] = x.a;
  }
  budget.decodedBytes += 4 * pixels;
  return out;
}
}  // namespace

PartMaterial MaterialReader::material(unsigned index) const {
  PartMaterial out;
  if (index >= scene_.mNumMaterials || !scene_.mMaterials || !scene_.mMaterials[index]) return out;
  const aiMaterial& mat = *scene_.mMaterials[index];
  aiColor4D diffuse;
  if (mat.Get(AI_MATKEY_COLOR_DIFFUSE, diffuse) == aiReturn_SUCCESS)
    out.baseColor = glm::clamp(glm::vec4(diffuse.r, diffuse.g, diffuse.b, 1.0f), 0.0f, 1.0f);
  float opacity = 1.0f;
  if (mat.Get(AI_MATKEY_OPACITY, opacity) == aiReturn_SUCCESS && std::isfinite(opacity) && opacity < 1.0f) {
    out.baseColor.a = std::clamp(opacity, 0.0f, 1.0f);
    out.blend = true;
  }
  if (!std::isfinite(out.baseColor.r + out.baseColor.g + out.baseColor.b)) out.baseColor = glm::vec4(0.8f);
  return out;
}

core::Result<mesh::TextureImage> MaterialReader::load(const std::string& path) {
  if (const aiTexture* embedded = scene_.GetEmbeddedTexture(path.c_str())) {
    if (embedded->mHeight > 0) return embedded->pcData ? fromTexels(*embedded, limits_, budget_) : core::fail("empty texture");
    if (!embedded->pcData || embedded->mWidth == 0) return core::fail("empty embedded image");
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(embedded->pcData);
    return decodeTexture(std::span(bytes, embedded->mWidth), limits_, budget_);
  }
  std::string name = path;
  std::replace(name.begin(), name.end(), '\\', '/');
  if (name.rfind("file://", 0) == 0) name.erase(0, 7);
  auto bytes = folder_.read(name);
  if (!bytes) {
    const std::string fileName = std::filesystem::path(name).filename().string();
    if (fileName.empty() || fileName == name) return bytes.error();
    auto nearby = folder_.read(fileName);  // an exporter's absolute path: the file may sit next to the model
    if (!nearby) return bytes.error();
    bytes = std::move(nearby);
  }
  return decodeTexture(*bytes, limits_, budget_);
}

MaterialReader::BaseColourTexture MaterialReader::baseColourTexture(unsigned materialIndex) {
  BaseColourTexture out;
  if (materialIndex >= scene_.mNumMaterials || !scene_.mMaterials || !scene_.mMaterials[materialIndex]) return out;
  const aiMaterial& mat = *scene_.mMaterials[materialIndex];
  aiString path;
  aiTextureType type = aiTextureType_DIFFUSE;
  if (mat.GetTexture(type, 0, &path) != aiReturn_SUCCESS) {
    type = aiTextureType_BASE_COLOR;
    if (mat.GetTexture(type, 0, &path) != aiReturn_SUCCESS) return out;
  }
  int uvSet = 0;
  if (mat.Get(AI_MATKEY_UVWSRC(type, 0), uvSet) == aiReturn_SUCCESS) out.uvSet = static_cast<unsigned>(std::clamp(uvSet, 0, 7));
  const std::string key = path.C_Str();
  if (auto known = byPath_.find(key); known != byPath_.end()) {
    out.texture = known->second;
    return out;
  }
  int& slot = byPath_[key];
  slot = -1;
  auto image = load(key);
  if (!image) {
    warnings_.push_back("texture \"" + key + "\": " + image.message() + "; the part is shown without it");
    return out;
  }
  image->wrapU = wrapMode(mat, 0);
  image->wrapV = wrapMode(mat, 1);
  slot = static_cast<int>(textures_.size());
  textures_.push_back(std::move(*image));
  out.texture = slot;
  return out;
}

}  // namespace spineview::io::assimp
