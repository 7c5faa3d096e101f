// Runs a risky job (an Assimp import) in a forked child process with CPU and memory
// limits, so a crash, hang or memory blow-up inside the third-party parser costs only the
// child. The job returns bytes; the parent receives them through a pipe and must treat them
// as untrusted (re-validate everything).
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "core/result.h"

namespace spineview::io {

struct ChildLimits {
  unsigned cpuSeconds = 60;
  unsigned wallSeconds = 120;
  std::uint64_t addressSpaceBytes = 4ull << 30;  // not applied in sanitizer builds (ASan reserves terabytes)
  std::uint64_t maxReplyBytes = 1ull << 31;
};

// Errors: "the importer crashed (signal 11)", "... ran out of time", "... reply malformed".
core::Result<std::vector<std::uint8_t>> runInChildProcess(const std::function<std::vector<std::uint8_t>()>& job,
                                                          const ChildLimits& limits);

}  // namespace spineview::io
