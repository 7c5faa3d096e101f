// `spineview export-model OUT.glb`: the built-in spine as glTF 2.0 binary (meshes, skin,
// inverse bind matrices, anatomical node names, materials, level metadata in extras).
#include <cstdio>

#include "io/gltf_export.h"
#include "model_source.h"
#include "verbs/verbs.h"

namespace spineview::app {

int runExportModelVerb(const ExportRequest& request) {
  if (request.out.extension() != ".glb") {
    std::fprintf(stderr, "spineview: export-model writes glTF binary; give a file name ending in .glb (got %s)\n",
                 request.out.c_str());
    return kExitUsage;
  }
  auto model = loadBuiltInViewModel(request.lowDetail ? mesh::Detail::Low : mesh::Detail::Default);
  if (!model) {
    std::fprintf(stderr, "spineview: %s\n", model.message().c_str());
    return kExitRuntime;
  }
  if (auto written = io::exportGlb(model->mesh, request.out); !written) {
    std::fprintf(stderr, "spineview: cannot export to %s: %s\n", request.out.c_str(), written.message().c_str());
    return kExitRuntime;
  }
  std::size_t triangles = model->mesh.indices.size() / 3;
  std::printf("wrote %s (%zu parts, %zu joints, %zu triangles)\n", request.out.c_str(), model->mesh.parts.size(),
              model->mesh.skeleton.size(), triangles);
  return kExitOk;
}

}  // namespace spineview::app
