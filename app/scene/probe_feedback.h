// What the renderer saw at the probed pixels, fed back into the session after a frame: a
// pending `pick X Y` becomes a `select` command, and label anchors learn whether they are
// covered. Call once per rendered frame with SceneRenderer::probeResults(slot).
#pragma once

#include "render/probe_results.h"

namespace spineview::app {
class Session;

void applyProbeResults(Session& session, const render::ProbeResults& results);

}  // namespace spineview::app
