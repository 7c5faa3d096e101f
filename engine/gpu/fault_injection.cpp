#include "gpu/fault_injection.h"

#include <cstdlib>
#include <string>

namespace spineview::gpu {
namespace {
struct Fault {
  std::string kind;         // "device-lost", "oom", "surface-lost"
  std::string where;        // "frame", "upload"
  std::uint64_t frame = 0;
};

// Read on every call (cheap) so tests can set the variable between runs in one process.
bool configuredFault(Fault& fault) {
  const char* env = std::getenv("SPINEVIEW_INJECT_FAULT");
  if (!env || !*env) return false;
  const std::string text(env);
  const auto at = text.find('@');
  if (at == std::string::npos) return false;
  fault.kind = text.substr(0, at);
  std::string rest = text.substr(at + 1);
  if (const auto colon = rest.find(':'); colon != std::string::npos) {
    fault.frame = std::strtoull(rest.c_str() + colon + 1, nullptr, 10);
    rest = rest.substr(0, colon);
  }
  fault.where = rest;
  return true;
}
}  // namespace

VkResult injectedFault(FaultSite site, std::uint64_t frame) {
  Fault f;
  if (!configuredFault(f)) return VK_SUCCESS;
  switch (site) {
    case FaultSite::FrameSubmit:
      if (f.kind == "device-lost" && f.where == "frame" && f.frame == frame) return VK_ERROR_DEVICE_LOST;
      break;
    case FaultSite::Upload:
      if (f.kind == "oom" && f.where == "upload") return VK_ERROR_OUT_OF_DEVICE_MEMORY;
      break;
    case FaultSite::SwapchainAcquire:
      if (f.kind == "surface-lost" && ((f.where == "frame" && f.frame == frame) || f.where == "always"))
        return VK_ERROR_SURFACE_LOST_KHR;
      break;
  }
  return VK_SUCCESS;
}

}  // namespace spineview::gpu
