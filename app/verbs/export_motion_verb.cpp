// `spineview export-motion ID --out ID.glb`: the built-in spine as glTF 2.0 binary with one
// animation clip named after the motion, moving each bone's joint node over one repetition.
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include "biomech/biomech_model.h"
#include "core/file_io.h"
#include "core/paths.h"
#include "io/gltf_export.h"
#include "model_source.h"
#include "motion_animation.h"
#include "verbs/verbs.h"

namespace spineview::app {

namespace {
int fail(int code, const std::string& message) {
  std::fprintf(stderr, "spineview: %s\n", message.c_str());
  return code;
}
}  // namespace

int runExportMotionVerb(const ExportMotionRequest& request) {
  if (request.out.extension() != ".glb")
    return fail(kExitUsage, "export-motion writes glTF binary; give --out a file name ending in .glb (got " +
                                request.out.string() + ")");
  if (auto writable = checkWritable(request.out); !writable) return fail(kExitRuntime, writable.message());
  const auto assets = core::assetDir();
  auto programs = biomech::loadMotionLibrary(assets / "motions");
  if (!programs) return fail(kExitRuntime, "cannot load the motion programs: " + programs.message());
  const biomech::MotionProgram* program = nullptr;
  std::string names;
  for (const auto& p : *programs) {
    if (p.id == request.motion) program = &p;
    names += (names.empty() ? "" : ", ") + p.id;
  }
  if (!program) return fail(kExitUsage, "unknown motion \"" + request.motion + "\"; the motions are: " + names);
  auto biomechModel = biomech::loadBiomechModel(assets);
  if (!biomechModel) return fail(kExitRuntime, "cannot load the spine model: " + biomechModel.message());
  auto model = loadBuiltInViewModel(request.lowDetail ? mesh::Detail::Low : mesh::Detail::Default);
  if (!model) return fail(kExitRuntime, model.message());

  io::ExportOptions options;
  options.animation = sampleMotionAnimation(model->mesh.skeleton, *biomechModel, *program);
  const auto& clip = *options.animation;
  auto bytes = io::encodeGlb(model->mesh, options);
  if (!bytes) return fail(kExitRuntime, "cannot export to " + request.out.string() + ": " + bytes.message());
  // Whole file to OUT.part, then renamed: a reader never sees half a file under the real name.
  const std::filesystem::path part = request.out.string() + ".part";
  if (auto written = core::writeFileAtomic(part, std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()));
      !written)
    return fail(kExitRuntime, "cannot write " + request.out.string() + ": " + written.message());
  std::error_code renamed;
  std::filesystem::rename(part, request.out, renamed);
  if (renamed) {
    const std::string why = renamed.message();
    std::filesystem::remove(part, renamed);
    return fail(kExitRuntime, "cannot write " + request.out.string() + ": " + why);
  }
  std::printf("wrote %s (animation \"%s\": %zu joints, %zu samples over %.2f s, one repetition)\n", request.out.c_str(),
              clip.name.c_str(), model->mesh.skeleton.size(), clip.timesS.size(), static_cast<double>(clip.timesS.back()));
  return kExitOk;
}

}  // namespace spineview::app
