// Builds the Session every front end starts from: the model (built-in or a file), the
// biomechanics and motion library, then the start-up commands (from flags or a script).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "session/session.h"
#include "verbs/verbs.h"

namespace spineview::app {

// A failing start-up command gives a message starting with "usage: " (bad flag value, exit 2);
// anything else (a model that cannot be loaded) is a runtime failure.
// `prepare` runs before the commands (a front end's own starting camera, which the commands
// may then change).
core::Result<std::unique_ptr<Session>> createSession(const ModelRequest& model, const std::vector<std::string>& commands,
                                                     const std::function<void(Session&)>& prepare = {});

}  // namespace spineview::app
