// Shared helpers for GPU tests: a validation-enabled context, and golden-image comparison
// with a stated tolerance. Set SPINEVIEW_UPDATE_GOLDEN=1 to rewrite references after a
// person has looked at the new pictures (see tests/golden/README.md).
#pragma once

#include <memory>
#include <string>

#include "core/png_image.h"
#include "gpu_context.h"

namespace spineview::test {

// Validation + synchronization validation on; fails the test if the context can't be made.
// Multisampled by default (the goldens of most tests); post anti-aliasing has its own.
std::unique_ptr<app::GpuContext> makeValidatedContext(render::AntiAliasing antiAliasing = render::AntiAliasing::Msaa);

// Fails the current test if the validation layer reported anything so far.
void expectNoValidationMessages();

struct GoldenTolerance {
  int maxChannelDelta = 6;            // per 8-bit channel
  double maxFailingFraction = 0.002;  // share of pixels allowed beyond maxChannelDelta
};

// Compares with tests/golden/<name>.png. On mismatch writes <name>.actual.png and
// <name>.diff.png to the build's test-output folder and fails with a description.
void expectMatchesGolden(const core::RgbaImage& image, const std::string& name, GoldenTolerance tolerance = {});

// Resident memory of this process (KiB), for the endurance tests' no-growth check.
long residentKiB();
// Frames an endurance test runs: SPINEVIEW_ENDURANCE_FRAMES when set (the long run on demand),
// otherwise the suite's short default.
int enduranceFrames(int suiteDefault);

}  // namespace spineview::test
