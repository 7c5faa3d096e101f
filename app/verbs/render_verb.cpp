#include <unistd.h>

#include <cstdio>

#include "background_task.h"
#include "core/paths.h"
#include "core/png_image.h"
#include "frontend/headless_session.h"
#include "frontend/session_setup.h"
#include "verbs/verbs.h"

namespace spineview::app {

core::Result<Size2> parseSize(const std::string& text) {
  unsigned w = 0, h = 0;
  char x = 0, extra = 0;
  if (std::sscanf(text.c_str(), "%u%c%u%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X'))
    return core::fail("bad --size \"" + text + "\": expected WIDTHxHEIGHT, for example 1280x720");
  if (w < 16 || h < 16 || w > 8192 || h > 8192)
    return core::fail("bad --size \"" + text + "\": each side must be between 16 and 8192 pixels");
  return Size2{w, h};
}

core::Status checkWritable(const std::filesystem::path& out) {
  const std::filesystem::path dir = out.has_parent_path() ? out.parent_path() : std::filesystem::path(".");
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return core::fail("cannot write " + out.string() + ": folder " + dir.string() + " does not exist");
  if (::access(dir.c_str(), W_OK) != 0) return core::fail("cannot write " + out.string() + ": no permission to write in " + dir.string());
  if (std::filesystem::is_directory(out, ec)) return core::fail("cannot write " + out.string() + ": it is a folder");
  return core::Ok{};
}

int runRenderVerb(const GpuOptions& gpuOptions, const RenderRequest& request) {
  if (auto writable = checkWritable(request.out); !writable) {
    std::fprintf(stderr, "spineview: %s\n", writable.message().c_str());
    return kExitRuntime;
  }
  // The GPU starts on another core while the session (model file, biomechanics) loads; the
  // session's errors are reported first.
  BackgroundTask<core::Result<std::unique_ptr<GpuContext>>> pendingContext([&] { return GpuContext::create(gpuOptions, nullptr); });
  auto session = createSession(request.model, request.commands);
  auto context = pendingContext.get();
  if (!session) {
    std::fprintf(stderr, "spineview: %s\n", session.message().c_str());
    return session.message().rfind("usage: ", 0) == 0 ? kExitUsage : kExitRuntime;
  }
  if (!context) {
    std::fprintf(stderr, "spineview: %s\n", context.message().c_str());
    return kExitRuntime;
  }
  GpuContext& gpu = **context;
  core::RgbaImage image;
  {
    HeadlessSession headless(gpu, **session, VkExtent2D{request.size.width, request.size.height}, request.showUi);
    image = headless.renderFrame(0.0);
  }
  if (auto saved = core::writePng(request.out, image); !saved) {
    std::fprintf(stderr, "spineview: %s\n", saved.message().c_str());
    return kExitRuntime;
  }
  std::printf("wrote %s (%ux%u, %s)\n", request.out.c_str(), image.width, image.height, gpu.device.info().name.c_str());
  context->reset();
  return reportValidation(gpuOptions.validation) ? kExitOk : kExitValidation;
}

}  // namespace spineview::app
