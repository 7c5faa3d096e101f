#include "scene/probe_feedback.h"

#include <string>

#include "session/session.h"

namespace spineview::app {

void applyProbeResults(Session& session, const render::ProbeResults& results) {
  auto& view = session.state().view;
  if (view.pendingPick) {
    const glm::vec2 pick = *view.pendingPick;
    for (const auto& r : results) {
      if (!r.inside || glm::length(r.pixel - pick) > 0.5f) continue;
      // Through the command queue like every other change: it runs at the next update.
      session.queue().push("select", {r.partId == 0 ? std::string("none") : std::to_string(r.partId - 1)});
      break;
    }
    view.pendingPick.reset();
  }
  view.labelProbes.clear();
  for (const auto& r : results)
    if (r.inside) view.labelProbes.push_back({r.viewIndex, r.pixel, r.partId});
}

}  // namespace spineview::app
