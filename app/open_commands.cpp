// `open FILE [MAPPING]`: File → Open, drag-and-drop and scripts load a model the same way. A
// file that is rejected leaves a notice naming it and the problem; the model on screen stays.
#include "scene_builder.h"
#include "session/session.h"

namespace spineview::app {

void registerOpenCommands(CommandRegistry& r) {
  r.add("open", "open FILE [MAPPING.json]", "Show a model file (glTF/GLB, OBJ, STL, FBX, DAE, PLY) instead of the current one",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 2); !n) return n;
          std::optional<std::filesystem::path> mapping;
          if (args.size() == 2) mapping = args[1];
          auto model = loadViewModelFile(args[0], mapping);
          if (!model) return core::fail(model.message() + "; the current model stays");
          const ModelBounds bounds = computeBounds(model->mesh);
          const std::string name = model->displayName;
          s.replaceModel(std::move(model).value());
          frameModel(s.state().view.camera, bounds);
          s.state().view.cameraGoal.reset();
          s.notify(Notice::Kind::Info, "Opened " + name);
          return core::Ok{};
        });
  r.add("open-builtin", "open-builtin", "Show the built-in spine again", [](Session& s, const auto& args) -> core::Status {
    if (auto n = argCount(args, 0, 0); !n) return n;
    auto model = loadBuiltInViewModel();
    if (!model) return core::fail(model.message());
    const ModelBounds bounds = computeBounds(model->mesh);
    s.replaceModel(std::move(model).value());
    frameModel(s.state().view.camera, bounds);
    s.state().view.cameraGoal.reset();
    return core::Ok{};
  });
}

}  // namespace spineview::app
