#include "scene/probe_feedback.h"

#include <algorithm>
#include <string>

#include "session/command.h"

namespace spineview::app {
namespace {
void pushSelect(CommandQueue& commands, std::uint32_t partId) {
  // Through the command queue like every other change: it runs at the next update.
  commands.push("select", {partId == 0 ? std::string("none") : std::to_string(partId - 1)});
}
}  // namespace

void ProbeFeedback::requestPick(glm::vec2 pixel) { picks_.push_back({glm::floor(pixel), std::nullopt}); }

void ProbeFeedback::attach(std::vector<scene::FrameView>& views, float width, float height, std::uint64_t frame,
                           CommandQueue& commands) {
  for (auto it = picks_.begin(); it != picks_.end();) {
    if (it->sentWith) {
      ++it;
      continue;
    }
    const glm::vec2 p = it->pixel;
    auto holds = [&](const scene::FrameView& v) {
      const glm::vec2 lo{v.viewport.x * width, v.viewport.y * height};
      const glm::vec2 hi = lo + glm::vec2(v.viewport.z * width, v.viewport.w * height);
      return p.x >= lo.x && p.y >= lo.y && p.x < hi.x && p.y < hi.y;
    };
    const auto view = std::find_if(views.begin(), views.end(), holds);
    if (view == views.end()) {
      pushSelect(commands, 0);
      it = picks_.erase(it);
      continue;
    }
    // First in the view's list, so the renderer's probe limit never drops it.
    view->probePixels.insert(view->probePixels.begin(), p);
    it->sentWith = frame;
    ++it;
  }
}

void ProbeFeedback::collect(std::uint64_t frame, const render::ProbeResults& results, CommandQueue& commands) {
  for (auto it = picks_.begin(); it != picks_.end();) {
    if (!it->sentWith || *it->sentWith > frame) {
      ++it;
      continue;
    }
    if (*it->sentWith < frame) {  // its frame was never drawn: send it again
      it->sentWith.reset();
      ++it;
      continue;
    }
    const glm::vec2 p = it->pixel;
    const auto r = std::find_if(results.begin(), results.end(), [&](const render::ProbeResult& r) { return r.pixel == p; });
    pushSelect(commands, r != results.end() && r->inside ? r->partId : 0);
    it = picks_.erase(it);
  }
  latest_.clear();
  for (const auto& r : results)
    if (r.inside) latest_.push_back({r.viewIndex, r.pixel, r.partId});
}

void ProbeFeedback::clear() {
  picks_.clear();
  latest_.clear();
}

}  // namespace spineview::app
