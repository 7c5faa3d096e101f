#include "io/model_loader.h"

#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "io/assimp_import.h"
#include "io/assimp_precheck.h"
#include "io/confined_folder.h"
#include "io/gltf_import.h"
#include "io/import_guard.h"
#include "io/mesh_assembly.h"
#include "io/model_format.h"

namespace spineview::io {

namespace {

glm::mat4 axisToBody(UpAxis up) {
  // Z-up → Y-up: a right-handed -90° turn about X ((x, y, z) → (x, z, -y)).
  if (up == UpAxis::Z) return glm::rotate(glm::mat4(1.0f), glm::radians(-90.0f), glm::vec3(1.0f, 0.0f, 0.0f));
  return glm::mat4(1.0f);
}

core::Result<ImportedModel> load(const std::filesystem::path& path, const LoadLimits& limits, const ImportOptions& options) {
  auto folder = ConfinedFolder::forModel(path, limits, options.accessLog);
  if (!folder) return folder.error();
  std::error_code ec;
  const std::filesystem::path file = std::filesystem::canonical(path, ec);
  if (ec) return core::fail("file not found");
  auto bytes = folder->read(file.string(), limits.maxFileBytes);
  if (!bytes) return bytes.error();
  auto format = detectModelFormat(path, *bytes);
  if (!format) return format.error();  // already names the file
  if (options.unitToMm && !(std::isfinite(*options.unitToMm) && *options.unitToMm > 0.0))
    return core::fail("the unit scale must be a positive number");

  const bool zUpByDefault = *format == ModelFormat::Stl || *format == ModelFormat::Ply;
  const glm::mat4 axes = axisToBody(options.upAxis.value_or(zUpByDefault ? UpAxis::Z : UpAxis::Y));
  core::Result<ImportedModel> model = core::fail("");
  if (*format == ModelFormat::Gltf || *format == ModelFormat::Glb) {
    const float scale = static_cast<float>(options.unitToMm.value_or(1000.0));  // glTF is in metres
    model = importGltf(*bytes, *format == ModelFormat::Glb, *folder, limits,
                       axes * glm::scale(glm::mat4(1.0f), glm::vec3(scale)));
  } else {
    // Checked (and converted) here to refuse early; the import repeats it on the bytes it reads.
    if (auto prepared = prepareForAssimp(*format, std::move(*bytes), limits); !prepared) return prepared.error();
    *bytes = {};
    model = importWithAssimp(file, *format, *folder, limits, options.unitToMm, axes, options.isolateAssimp,
                             options.accessLog);
  }
  if (!model) return model.error();
  model->format = *format;
  model->source = file;
  model->bounds = restPoseBounds(*model);
  if (!std::isfinite(model->bounds.radius())) return core::fail("the model's extent is not finite");
  return model;
}

}  // namespace

core::Result<ImportedModel> loadModel(const std::filesystem::path& path, const LoadLimits& limits,
                                      const ImportOptions& options) {
  auto model = guardImport<ImportedModel>([&] { return load(path, limits, options); });
  if (model) return model;
  const std::string& why = model.message();
  if (why.rfind(path.string() + ":", 0) == 0) return model.error();
  return core::fail(path.string() + ": " + why);
}

}  // namespace spineview::io
