// The clip plane for a cut through the body: sagittal (removes the patient's left half, +X),
// coronal (removes the front, +Z) or axial (removes everything above, +Y), moved along its
// normal by an offset from the model centre. Matches FrameView::clipPlane: the renderer
// discards where dot(p, n) > w.
#pragma once

#include <optional>

#include <glm/glm.hpp>

#include "session/app_state.h"

namespace spineview::app::look {

std::optional<glm::vec4> clipPlaneFor(ClipAxis axis, float offsetMm, glm::vec3 modelCentre);
bool parseClipAxis(std::string_view text, ClipAxis& out);  // off, sagittal, coronal, axial
std::string_view clipAxisName(ClipAxis axis);

}  // namespace spineview::app::look
