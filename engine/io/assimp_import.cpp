#include "io/assimp_import.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include <assimp/IOStream.hpp>
#include <assimp/IOSystem.hpp>
#include <assimp/Importer.hpp>
#include <assimp/material.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <glm/gtc/matrix_transform.hpp>

#include "io/assimp_material.h"
#include "io/assimp_precheck.h"
#include "io/assimp_rig.h"
#include "io/child_process.h"
#include "io/import_guard.h"
#include "io/import_wire.h"
#include "io/mesh_assembly.h"
#include "io/text_encoding.h"

namespace spineview::io {

namespace {

class MemoryStream final : public Assimp::IOStream {
 public:
  explicit MemoryStream(std::vector<std::uint8_t> data) : data_(std::move(data)) {}
  size_t Read(void* buffer, size_t size, size_t count) override {
    if (size == 0 || count == 0) return 0;
    const size_t available = (data_.size() - pos_) / size;
    const size_t n = std::min(count, available);
    if (n > 0) std::memcpy(buffer, data_.data() + pos_, n * size);
    pos_ += n * size;
    return n;
  }
  size_t Write(const void*, size_t, size_t) override { return 0; }
  aiReturn Seek(size_t offset, aiOrigin origin) override {
    size_t target = 0;
    switch (origin) {
      case aiOrigin_SET: target = offset; break;
      case aiOrigin_CUR: if (__builtin_add_overflow(pos_, offset, &target)) return aiReturn_FAILURE; break;
      case aiOrigin_END: if (offset > data_.size()) return aiReturn_FAILURE; target = data_.size() - offset; break;
      default: return aiReturn_FAILURE;
    }
    if (target > data_.size()) return aiReturn_FAILURE;
    pos_ = target;
    return aiReturn_SUCCESS;
  }
  size_t Tell() const override { return pos_; }
  size_t FileSize() const override { return data_.size(); }
  void Flush() override {}

 private:
  std::vector<std::uint8_t> data_;
  size_t pos_ = 0;
};

// Every Assimp file access lands here; it can only read inside the model's folder. The model
// file reaches Assimp prepared (assimp_precheck.h: PLY header lines skipped, UTF-16 as UTF-8);
// an OBJ's or COLLADA's other text files (an OBJ's .mtl) in UTF-16 are converted too.
class ConfinedIOSystem final : public Assimp::IOSystem {
 public:
  ConfinedIOSystem(ConfinedFolder& folder, std::filesystem::path modelFile, ModelFormat format, const LoadLimits& limits)
      : folder_(folder), modelFile_(std::move(modelFile)), format_(format), limits_(limits) {}
  bool Exists(const char* file) const override { return file && folder_.resolve(file).ok(); }
  char getOsSeparator() const override { return '/'; }
  Assimp::IOStream* Open(const char* file, const char* mode) override {
    if (!file || !mode || std::strpbrk(mode, "wa+")) return nullptr;
    auto real = folder_.resolve(file);
    if (!real) return nullptr;
    auto bytes = folder_.read(real->string());
    if (!bytes) return nullptr;
    if (*real == modelFile_) {
      auto prepared = prepareForAssimp(format_, std::move(*bytes), limits_);
      if (!prepared) return nullptr;
      return new MemoryStream(std::move(*prepared));
    }
    if (format_ == ModelFormat::Obj || format_ == ModelFormat::Dae)
      if (auto utf8 = utf16ToUtf8(*bytes)) bytes = std::move(*utf8);
    return new MemoryStream(std::move(*bytes));
  }
  void Close(Assimp::IOStream* stream) override { delete stream; }
  bool CreateDirectory(const std::string&) override { return false; }
  bool ChangeDirectory(const std::string&) override { return false; }
  bool DeleteFile(const std::string&) override { return false; }

 private:
  ConfinedFolder& folder_;
  std::filesystem::path modelFile_;
  ModelFormat format_;
  const LoadLimits& limits_;
};

// Meshes that are only vertices (point clouds) get one point face per vertex. Runs before
// validation, so every pointer and count is checked here.
core::Status addPointFaces(aiScene& scene, const LoadLimits& limits) {
  if (!scene.mMeshes) return core::Ok{};
  for (unsigned mi = 0; mi < scene.mNumMeshes; ++mi) {
    aiMesh* mesh = scene.mMeshes[mi];
    if (!mesh || mesh->mNumFaces != 0 || mesh->mFaces || mesh->mNumVertices == 0 || !mesh->mVertices) continue;
    if (mesh->mNumVertices > limits.maxVertices) return core::fail("more than " + std::to_string(limits.maxVertices) + " vertices");
    mesh->mFaces = new aiFace[mesh->mNumVertices];
    for (unsigned v = 0; v < mesh->mNumVertices; ++v) {
      mesh->mFaces[v].mNumIndices = 1;
      mesh->mFaces[v].mIndices = new unsigned[1]{v};
    }
    mesh->mNumFaces = mesh->mNumVertices;
    mesh->mPrimitiveTypes = aiPrimitiveType_POINT;
  }
  return core::Ok{};
}

// Faces must reference existing vertices; the mesh's primitive-type flags must describe
// its faces exactly (see the two-phase import below).
core::Status repairPrimitiveTypes(aiScene& scene) {
  if (!scene.mMeshes && scene.mNumMeshes > 0) return core::fail("mesh table missing");
  for (unsigned mi = 0; mi < scene.mNumMeshes; ++mi) {
    aiMesh* mesh = scene.mMeshes[mi];
    if (!mesh) return core::fail("mesh " + std::to_string(mi) + " is missing");
    if (mesh->mNumFaces > 0 && !mesh->mFaces) return core::fail("mesh " + std::to_string(mi) + " has no face list");
    unsigned types = 0;
    for (unsigned f = 0; f < mesh->mNumFaces; ++f) {
      const aiFace& face = mesh->mFaces[f];
      if (face.mNumIndices == 0 || !face.mIndices)
        return core::fail("mesh " + std::to_string(mi) + " face " + std::to_string(f) + " has no vertices");
      for (unsigned k = 0; k < face.mNumIndices; ++k)
        if (face.mIndices[k] >= mesh->mNumVertices)
          return core::fail("mesh " + std::to_string(mi) + " face " + std::to_string(f) + " uses a vertex that does not exist");
      types |= face.mNumIndices == 1   ? aiPrimitiveType_POINT
               : face.mNumIndices == 2 ? aiPrimitiveType_LINE
               : face.mNumIndices == 3 ? aiPrimitiveType_TRIANGLE
                                       : aiPrimitiveType_POLYGON;
    }
    mesh->mPrimitiveTypes = types;
  }
  return core::Ok{};
}

double fileUnitToMm(const aiScene& scene, ModelFormat format) {
  if (format == ModelFormat::Dae) return 1000.0;  // Assimp converts COLLADA <unit> to metres
  if (format == ModelFormat::Fbx) {
    double cmPerUnit = 1.0;  // FBX default: centimetres
    if (scene.mMetaData) {
      double d = 0.0;
      float f = 0.0f;
      if (scene.mMetaData->Get("UnitScaleFactor", d) && std::isfinite(d) && d > 0.0) cmPerUnit = d;
      else if (scene.mMetaData->Get("UnitScaleFactor", f) && std::isfinite(f) && f > 0.0f) cmPerUnit = f;
    }
    return 10.0 * cmPerUnit;
  }
  return 1.0;
}

core::Result<ImportedModel> importInProcess(const std::filesystem::path& file, ModelFormat format,
                                            ConfinedFolder& folder, const LoadLimits& limits,
                                            std::optional<double> unitToMm, const glm::mat4& axisToBody) {
  return guardImport<ImportedModel>([&]() -> core::Result<ImportedModel> {
    Assimp::Importer importer;
    importer.SetIOHandler(new ConfinedIOSystem(folder, file, format, limits));  // the importer owns it
    importer.SetPropertyInteger(AI_CONFIG_PP_LBW_MAX_WEIGHTS, 4);
    // Two phases. The importer runs, then validation; then every face is checked and
    // each mesh's primitive-type flags are recomputed from its faces, because Assimp 5.2.5's
    // Triangulate step aborts the process (ai_assert) when a malformed file left them wrong
    // (found by fuzz_assimp with a truncated PLY). Only then does post-processing run.
    const aiScene* scene = importer.ReadFile(file.string(), 0);
    if (!scene) {
      std::string why = importer.GetErrorString();
      if (why.empty()) why = "Assimp could not read it";
      return core::fail(why);
    }
    // A point cloud (a PLY with vertices only) comes without faces, which validation refuses:
    // each of its vertices becomes a one-index face first. Then the scene is validated.
    if (auto ok = addPointFaces(const_cast<aiScene&>(*scene), limits); !ok) return ok.error();
    scene = importer.ApplyPostProcessing(aiProcess_ValidateDataStructure);
    if (!scene) {
      std::string why = importer.GetErrorString();
      if (why.empty()) why = "Assimp could not read it";
      return core::fail(why);
    }
    if ((scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE) || !scene->mRootNode)
      return core::fail("the file contains no complete scene");
    if (auto ok = repairPrimitiveTypes(const_cast<aiScene&>(*scene)); !ok) return ok.error();
    // SortByPType leaves each mesh one kind of primitive: triangles, lines or points (all kept:
    // centre-line models are lines). FlipUVs: texture rows run top first, as in glTF.
    scene = importer.ApplyPostProcessing(aiProcess_FindInvalidData | aiProcess_LimitBoneWeights | aiProcess_Triangulate |
                                         aiProcess_GenSmoothNormals | aiProcess_SortByPType | aiProcess_FlipUVs |
                                         aiProcess_ValidateDataStructure);
    if (!scene) {
      std::string why = importer.GetErrorString();
      if (why.empty()) why = "Assimp post-processing failed";
      return core::fail(why);
    }
    if (!scene->mRootNode) return core::fail("the file contains no complete scene");

    const double scale = unitToMm.value_or(fileUnitToMm(*scene, format));
    if (!std::isfinite(scale) || scale <= 0.0) return core::fail("invalid unit scale");
    const glm::mat4 toBody = axisToBody * glm::scale(glm::mat4(1.0f), glm::vec3(static_cast<float>(scale)));

    ImportedModel out;
    auto nodes = assimp::flattenNodes(*scene, limits);
    if (!nodes) return nodes.error();
    // Skinned meshes, bone hierarchies and animations come through as in glTF.
    const bool skeletal = assimp::isSkeletal(*scene, *nodes);
    std::vector<int> nodeToJoint;
    if (skeletal) {
      auto joints = assimp::buildSkeleton(*scene, *nodes, toBody, limits, out);
      if (!joints) return joints.error();
      nodeToJoint = std::move(*joints);
    }
    std::uint64_t vertices = 0, indices = 0;
    assimp::MaterialReader materials(*scene, folder, limits, out.mesh.textures, out.warnings);
    for (std::size_t ni = 0; ni < nodes->nodes.size(); ++ni) {
      const aiNode* node = nodes->nodes[ni].node;
      const glm::mat4 world = toBody * nodes->nodes[ni].global;
      if (node->mNumMeshes > 0 && !node->mMeshes) return core::fail("a node's mesh list is missing");
      for (unsigned k = 0; k < node->mNumMeshes; ++k) {
        const unsigned mi = node->mMeshes[k];
        if (mi >= scene->mNumMeshes || !scene->mMeshes[mi]) return core::fail("node refers to a missing mesh");
        const aiMesh& m = *scene->mMeshes[mi];
        if (m.mNumFaces == 0 || !m.mVertices) continue;
        PrimitiveInput in;
        unsigned corners = 3;  // after SortByPType a mesh holds one kind of primitive
        if (m.mPrimitiveTypes & aiPrimitiveType_TRIANGLE) in.topology = mesh::Topology::Triangles;
        else if (m.mPrimitiveTypes & aiPrimitiveType_LINE) in.topology = mesh::Topology::Lines, corners = 2;
        else if (m.mPrimitiveTypes & aiPrimitiveType_POINT) in.topology = mesh::Topology::Points, corners = 1;
        else continue;
        if (m.mNumVertices > limits.maxVertices - vertices)
          return core::fail("more than " + std::to_string(limits.maxVertices) + " vertices");
        if (std::uint64_t{corners} * m.mNumFaces > limits.maxIndices - indices)
          return core::fail("more than " + std::to_string(limits.maxIndices) + " indices");
        in.positions.resize(m.mNumVertices);
        for (unsigned v = 0; v < m.mNumVertices; ++v) {
          in.positions[v] = {m.mVertices[v].x, m.mVertices[v].y, m.mVertices[v].z};
          if (!std::isfinite(in.positions[v].x + in.positions[v].y + in.positions[v].z))
            return core::fail(std::string("mesh \"") + m.mName.C_Str() + "\": vertex " + std::to_string(v) + " is NaN or Inf");
        }
        if (m.mNormals) {
          in.normals.resize(m.mNumVertices);
          for (unsigned v = 0; v < m.mNumVertices; ++v) in.normals[v] = {m.mNormals[v].x, m.mNormals[v].y, m.mNormals[v].z};
        }
        in.indices.reserve(std::size_t{corners} * m.mNumFaces);
        for (unsigned f = 0; f < m.mNumFaces; ++f) {
          const aiFace& face = m.mFaces[f];
          if (face.mNumIndices != corners || !face.mIndices) continue;  // another kind left by the sorter
          for (unsigned c = 0; c < corners; ++c) {
            if (face.mIndices[c] >= m.mNumVertices)
              return core::fail(std::string("mesh \"") + m.mName.C_Str() + "\": face " + std::to_string(f) +
                                " uses a vertex that does not exist");
            in.indices.push_back(face.mIndices[c]);
          }
        }
        if (in.indices.empty()) continue;
        // The diffuse texture, drawn with the texture coordinates its material names.
        auto texture = materials.baseColourTexture(m.mMaterialIndex);
        if (texture.texture >= 0 && texture.uvSet < AI_MAX_NUMBER_OF_TEXTURECOORDS && m.mTextureCoords[texture.uvSet]) {
          in.texCoords.resize(m.mNumVertices);
          for (unsigned v = 0; v < m.mNumVertices; ++v) {
            const aiVector3D& uv = m.mTextureCoords[texture.uvSet][v];
            in.texCoords[v] = std::isfinite(uv.x + uv.y) ? glm::vec2(uv.x, uv.y) : glm::vec2(0.0f);
          }
        } else if (texture.texture >= 0) {
          out.warnings.push_back(std::string("mesh \"") + m.mName.C_Str() + "\" has no texture coordinates for its texture; shown without it");
          texture.texture = -1;
        }
        if (skeletal)
          if (auto ok = assimp::readSkinWeights(m, ni, *nodes, nodeToJoint, in, out.warnings); !ok) return ok.error();
        vertices += in.positions.size();
        indices += in.indices.size();
        mesh::MeshPart part;
        const std::string nodeName = node->mName.C_Str(), meshName = m.mName.C_Str();
        part.name = !nodeName.empty() ? nodeName : !meshName.empty() ? meshName : "mesh " + std::to_string(mi);
        if (node->mNumMeshes > 1) part.name += " #" + std::to_string(k);
        const PartMaterial material = materials.material(m.mMaterialIndex);
        part.fileColour = material.baseColor;
        part.texture = texture.texture;
        // A skinned mesh lies in the scene's space (its bones place it), as in glTF.
        appendPart(out.mesh, std::move(part), in, skeletal && m.HasBones() ? toBody : world);
        out.partSources.push_back({nodeName, meshName});
        out.materials.push_back(material);
      }
    }
    if (skeletal) {
      auto clips = assimp::convertAnimations(*scene, *nodes, nodeToJoint, limits, out.warnings);
      if (!clips) return clips.error();
      out.animations = std::move(*clips);
    }
    if (out.mesh.parts.empty()) return core::fail("the file contains no meshes (no triangles, lines or points)");
    return out;
  });
}

}  // namespace

core::Result<ImportedModel> importWithAssimp(const std::filesystem::path& file, ModelFormat format,
                                             ConfinedFolder& folder, const LoadLimits& limits,
                                             std::optional<double> unitToMm, const glm::mat4& axisToBody,
                                             bool isolate, FileAccessLog* log) {
  if (!isolate) return importInProcess(file, format, folder, limits, unitToMm, axisToBody);
  // Assimp 5.2.5 has open memory-safety bugs inside its importers (platform notes §1.3;
  // fuzz_assimp found a NULL write in the COLLADA parser), so it runs in a child process.
  auto reply = runInChildProcess(
      [&]() {
        FileAccessLog childLog;
        auto childFolder = ConfinedFolder::forModel(file, limits, &childLog);
        core::Result<ImportedModel> result =
            childFolder ? importInProcess(file, format, *childFolder, limits, unitToMm, axisToBody)
                        : core::Result<ImportedModel>(childFolder.error());
        return encodeImport(result, childLog);
      },
      ChildLimits{});
  if (!reply) return reply.error();
  return decodeImport(*reply, limits, log);
}

}  // namespace spineview::io
