// The pixels the renderer is asked about and what it saw there, kept by the session beside
// (not inside) the user's state. A pick (`pick X Y`, a click) is sent with the next frame that
// is built and is answered by that frame's own results, however many frames are in flight:
// the window reads a frame's probes back two frames later, a headless render at once. Label
// occlusion uses the latest completed frame's results.
//
// Per frame: build the views, attach() the waiting picks stamped with the frame's number,
// record; once that frame has completed, collect() its results with the same number.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <glm/glm.hpp>

#include "render/probe_results.h"
#include "scene/frame_view.h"

namespace spineview::app {

class CommandQueue;

// What the renderer saw at a probed pixel of a completed frame: part id (0 = nothing).
struct ProbedPixel {
  std::uint32_t viewIndex = 0;
  glm::vec2 pixel{0.0f};
  std::uint32_t partId = 0;
};

class ProbeFeedback {
 public:
  // A pick at a target pixel (origin top-left); it becomes a `select` command once answered.
  void requestPick(glm::vec2 pixel);
  bool pickPending() const { return !picks_.empty(); }

  // Adds the picks not yet sent to the view whose viewport holds them, stamped with `frame`. A
  // pick outside every view is answered at once: nothing there, so the selection is cleared.
  void attach(std::vector<scene::FrameView>& views, float width, float height, std::uint64_t frame,
              CommandQueue& commands);
  // The results of `frame` have arrived. Picks sent with it push `select PART|none`; picks sent
  // with an earlier frame whose results never came (a frame that was not drawn) are sent again.
  void collect(std::uint64_t frame, const render::ProbeResults& results, CommandQueue& commands);

  // The latest completed frame's probes (label occlusion).
  const std::vector<ProbedPixel>& latest() const { return latest_; }
  void setLatest(std::vector<ProbedPixel> probes) { latest_ = std::move(probes); }
  // Forgets everything (a new model: part ids change).
  void clear();

 private:
  struct Pick {
    glm::vec2 pixel{0.0f};
    std::optional<std::uint64_t> sentWith;  // the frame that carries it
  };
  std::vector<Pick> picks_;
  std::vector<ProbedPixel> latest_;
};

}  // namespace spineview::app
