// Which structures get a label this frame and where their anchors are: every vertebra, the
// selected structure, and structures in an alarming state (artery segments past the green
// gauge, strongly compressed or gapped facets, clearly narrowed foramina). Anchors hidden
// behind something are left out: by the renderer's probe of last frame when there is one,
// otherwise only those behind the camera or outside the view.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "mesh/mesh_data.h"
#include "scene/probe_feedback.h"
#include "session/app_state.h"

namespace spineview::app {
class Session;
}

namespace spineview::app::look {

struct LabelAnchor {
  std::string text;
  glm::vec3 world{0.0f};
  glm::vec2 pixel{0.0f};       // target pixels, origin top-left
  std::uint32_t viewIndex = 0;
  std::uint32_t partId = 0;    // DrawItem::partId of the structure (index + 1)
  int priority = 0;
  bool alarm = false;          // drawn in the warning colour
  bool onScreen = true;        // in front of the camera and inside its view
  bool visible = true;         // on screen and not covered (as far as we know)
};

// A share of a heat map's range beyond which a structure is labelled as notable.
inline constexpr double kAlarmShare = 0.6;

std::vector<LabelAnchor> sessionLabelAnchors(const Session& session, float width, float height);

// Whether last frame's probes saw `anchor`'s own part at (near) its pixel; nullopt: not probed.
// With `parts`, a vertebra's label also counts as seen when the probe hit another part of the
// same level (its facet, disc or root lying over the body centre): the vertebra is in view.
std::optional<bool> probedVisible(const std::vector<ProbedPixel>& probes, const LabelAnchor& anchor,
                                  std::span<const mesh::MeshPart> parts = {});

}  // namespace spineview::app::look
