// libFuzzer harness: the glTF load-and-validate path, in memory (no file per input).
// Built twice: FUZZ_GLB=0 feeds the bytes as .gltf text, FUZZ_GLB=1 as a .glb container.
// Everything an accepted model offers is exercised: bounds, skinning and every clip.
#include <cmath>
#include <cstdint>
#include <span>

#include <glm/gtc/matrix_transform.hpp>

#include "fuzz_support.h"
#include "io/confined_folder.h"
#include "io/gltf_import.h"
#include "io/mesh_assembly.h"

using namespace spineview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path anchor = fuzz::writeInput("anchor.gltf", nullptr, 0);
  io::LoadLimits limits;
  limits.maxFileBytes = limits.maxResourceBytes = limits.maxTotalBytes = 1 << 20;
  limits.maxVertices = limits.maxIndices = 1 << 18;
  auto folder = io::ConfinedFolder::forModel(anchor, limits, nullptr);
  if (!folder) return 0;
  auto model = io::importGltf(std::span<const std::uint8_t>(data, size), FUZZ_GLB != 0, *folder, limits,
                              glm::scale(glm::mat4(1.0f), glm::vec3(1000.0f)));
  if (!model) return 0;
  const io::Bounds b = io::restPoseBounds(*model);
  volatile float sink = b.radius();
  for (const auto& clip : model->animations) {
    for (float t : {0.0f, 0.37f * clip.duration, clip.duration}) {
      const auto skin = io::skinningMatrices(*model, io::sample(clip, model->restPose, t));
      if (!skin.empty()) sink = sink + skin.back()[3][0];
    }
  }
  (void)sink;
  return 0;
}
