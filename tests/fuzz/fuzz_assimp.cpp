// libFuzzer harness: the Assimp path through loadModel (format allowlist, magic check,
// confined IOSystem, post-processing, re-validation). The first byte picks the extension.
#include <cstdint>

#include "fuzz_support.h"
#include "io/model_loader.h"

using namespace spineview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  static const char* const kExtensions[] = {"obj", "stl", "ply", "fbx", "dae"};
  const std::string name = std::string("input.") + kExtensions[data[0] % 5];
  const auto file = fuzz::writeInput(name, data + 1, size - 1);
  io::LoadLimits limits;
  limits.maxFileBytes = limits.maxResourceBytes = limits.maxTotalBytes = 1 << 20;
  limits.maxVertices = limits.maxIndices = 1 << 18;
  auto model = io::loadModel(file, limits);
  if (model) {
    volatile float sink = model->bounds.radius();
    (void)sink;
  }
  return 0;
}
