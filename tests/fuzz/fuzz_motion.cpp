// libFuzzer harness: the motion-program loader (biomech::loadMotionProgram, the files under
// assets/motions/ and any a lecturer adds). The loader requires "id" to equal the file
// stem, so the input is always written as fuzz_motion.json and the seeds say "fuzz_motion".
// An accepted program is also played: its duration and the time curve at a few points.
#include <cmath>
#include <cstdint>

#include "biomech/motion_program.h"
#include "fuzz_support.h"

using namespace spineview;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::writeInput("fuzz_motion.json", data, size);
  auto program = biomech::loadMotionProgram(file);
  if (!program) return 0;
  volatile double sink = program->durationS();
  for (const auto& phase : program->phases)
    for (double tau : {-0.5, 0.0, 0.5, 1.0, 2.0}) sink = sink + biomech::curveProgress(phase.curve, tau);
  if (!std::isfinite(program->durationS())) __builtin_trap();  // a loader must refuse what it cannot play
  return 0;
}
