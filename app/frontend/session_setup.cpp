#include "frontend/session_setup.h"

#include "core/paths.h"
#include "scene_builder.h"

namespace spineview::app {

core::Result<std::unique_ptr<Session>> createSession(const ModelRequest& request, const std::vector<std::string>& commands,
                                                     const std::function<void(Session&)>& prepare) {
  auto model = request.file ? loadViewModelFile(*request.file, request.mapping) : loadBuiltInViewModel();
  if (!model) return core::fail(model.message());
  const ModelBounds bounds = computeBounds(model->mesh);
  auto session = Session::create(std::move(model).value(), core::assetDir());
  if (!session) return session;
  auto& camera = (*session)->state().view.camera;
  camera.setView(scene::StandardView::LeftLateral);
  frameModel(camera, bounds);
  if (prepare) prepare(**session);
  for (const auto& line : commands) {
    if (auto done = (*session)->execute(line); !done) return core::fail("usage: " + done.message());
  }
  return session;
}

}  // namespace spineview::app
