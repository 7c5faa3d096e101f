// libFuzzer harness: the generic JSON loader path (core::loadJsonFile and its typed field
// helpers) through the anatomy-mapping loader, a small schema validator. Loaders for
// motions, lessons and settings can be added here the same way.
#include <cstdint>

#include "fuzz_support.h"
#include "io/anatomy_mapping.h"

using namespace spineview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::writeInput("mapping.json", data, size);
  auto mapping = io::loadAnatomyMapping(file);
  if (mapping) {
    volatile std::size_t sink = mapping->names[5].size();
    (void)sink;
  }
  return 0;
}
