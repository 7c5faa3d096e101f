// Caps and options for opening a model file. Every cap is checked before the memory it
// guards is allocated, so a crafted file cannot make the loader allocate or loop without
// bound. The defaults comfortably fit real anatomy models (a few million triangles).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace spineview::io {

struct LoadLimits {
  std::uint64_t maxFileBytes = 256ull << 20;       // the model file itself
  std::uint64_t maxResourceBytes = 256ull << 20;   // each external buffer or image
  std::uint64_t maxTotalBytes = 512ull << 20;      // model + every resource it pulls in
  std::uint64_t maxImagePixels = 8192ull * 8192ull;    // each image, by its header, before decoding
  std::uint64_t maxTextureBytes = 256ull << 20;     // decoded base-colour textures, all together
  std::uint32_t maxTextureSide = 2048;              // larger textures are scaled down to this
  std::uint64_t maxVertices = 8'000'000;           // after de-indexing per part
  std::uint64_t maxIndices = 48'000'000;
  std::uint32_t maxNodes = 20'000;
  std::uint32_t maxMeshes = 8'192;
  std::uint32_t maxPrimitives = 32'768;
  std::uint32_t maxAccessors = 262'144;
  std::uint32_t maxJoints = 256;                   // the renderer's joint-matrix palette
  std::uint32_t maxNodeDepth = 1'024;
  std::uint32_t maxAnimations = 1'024;
  std::uint64_t maxKeyframes = 4'000'000;          // summed over every channel
};

enum class UpAxis : std::uint8_t { Y, Z };

// Where loader file access went. Tests use it to prove nothing outside the model's folder
// was opened; the app may show it in a diagnostics panel.
struct FileAccessLog {
  std::vector<std::filesystem::path> opened;   // canonical paths actually read
  std::vector<std::string> refused;            // requests refused, with the reason
};

struct ImportOptions {
  // Millimetres per file unit. Unset: glTF 1000 (metres, by the spec), FBX and DAE from the
  // file's own unit, OBJ/STL/PLY 1 (anatomy meshes from CT segmentation are in mm).
  std::optional<double> unitToMm;
  // The file's up axis. Unset: Y for glTF/OBJ/FBX/DAE (after Assimp's own conversion),
  // Z for STL/PLY (scanner and CAD convention).
  std::optional<UpAxis> upAxis;
  FileAccessLog* accessLog = nullptr;  // optional observer, not owned
  // Run Assimp (OBJ/STL/PLY/FBX/DAE) in a child process with CPU and memory limits, so a
  // crash inside it cannot take the app down. Turn off only for debugging.
  bool isolateAssimp = true;
};

}  // namespace spineview::io
