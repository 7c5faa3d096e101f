// Test fixtures for io: a synthetic skinned spine fragment (three boxes on a 3-joint
// chain) and a tiny, valid glTF document that the corpus tests break in specific ways.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <nlohmann/json.hpp>

#include "mesh/mesh_data.h"

namespace spineview::io::test {

// Three 20 x 10 x 16 mm boxes stacked along +Y ("C5 vertebra", "C6 vertebra", and a
// translucent "Neck skin" rigidly bound to C6), joints "C5 vertebra" (child of C6),
// "C6 vertebra" (child of C7), "C7 vertebra" (root).
mesh::MeshData makeSyntheticSpine();

// A valid glTF 2.0 model: one skinned triangle on 2 joints (node 0 = root joint,
// node 1 = child joint, node 2 = mesh node), with a 1-second rotation animation on node 1.
// The binary buffer is `bin`; doc.buffers[0] has no uri until written.
struct TestGltf {
  nlohmann::json doc;
  std::vector<std::uint8_t> bin;
};
TestGltf makeValidGltf();

// A one-primitive glTF from plain arrays (one node, one mesh, one embedded buffer): POSITION,
// TEXCOORD_0 when `uvs` is given, indices when given, and the primitive `mode`. With
// `textureImage` (PNG/JPEG bytes) the primitive's material samples it as base colour (stored
// in the buffer, or next to the file as `textureUri` when that is set).
struct SimpleMesh {
  std::vector<glm::vec3> positions;
  std::vector<std::uint32_t> indices;
  std::vector<glm::vec2> uvs;
  int mode = 4;
  std::vector<std::uint8_t> textureImage;
  std::string textureUri;
  std::string mimeType = "image/png";
};
TestGltf makeSimpleGltf(const SimpleMesh& mesh);

// Encoded images for texture tests: `rgba` is width * height * 4 bytes, rows top first.
std::vector<std::uint8_t> pngBytes(int width, int height, const std::vector<std::uint8_t>& rgba);
std::vector<std::uint8_t> jpegBytes(int width, int height, const std::vector<std::uint8_t>& rgba);
// A width x height image whose four quadrants are red (top left), green (top right), blue
// (bottom left) and white (bottom right).
std::vector<std::uint8_t> quadrantImage(int width, int height);

// Writers. Text glTF embeds the buffer as a data URI unless externalBin names a file,
// which is then written next to it.
std::filesystem::path writeGltf(const TestGltf& g, const std::filesystem::path& file, const std::string& externalBin = "");
std::filesystem::path writeGlb(const TestGltf& g, const std::filesystem::path& file);
std::vector<std::uint8_t> glbBytes(const TestGltf& g);
std::string base64(const std::vector<std::uint8_t>& bytes);
void writeBytes(const std::filesystem::path& file, const std::vector<std::uint8_t>& bytes);
void writeText(const std::filesystem::path& file, const std::string& text);

// A fresh, empty folder under the system temp folder.
std::filesystem::path freshFolder(const std::string& name);

}  // namespace spineview::io::test
