#include "scene/clip_plane.h"

namespace spineview::app::look {

std::optional<glm::vec4> clipPlaneFor(ClipAxis axis, float offsetMm, glm::vec3 modelCentre) {
  glm::vec3 normal{0.0f};
  switch (axis) {
    case ClipAxis::Off: return std::nullopt;
    case ClipAxis::Sagittal: normal = {1, 0, 0}; break;
    case ClipAxis::Coronal: normal = {0, 0, 1}; break;
    case ClipAxis::Axial: normal = {0, 1, 0}; break;
  }
  return glm::vec4(normal, glm::dot(normal, modelCentre) + offsetMm);
}

bool parseClipAxis(std::string_view text, ClipAxis& out) {
  if (text == "off" || text == "none") return out = ClipAxis::Off, true;
  if (text == "sagittal") return out = ClipAxis::Sagittal, true;
  if (text == "coronal" || text == "frontal") return out = ClipAxis::Coronal, true;
  if (text == "axial" || text == "transverse") return out = ClipAxis::Axial, true;
  return false;
}

std::string_view clipAxisName(ClipAxis axis) {
  switch (axis) {
    case ClipAxis::Off: return "off";
    case ClipAxis::Sagittal: return "sagittal";
    case ClipAxis::Coronal: return "coronal";
    case ClipAxis::Axial: return "axial";
  }
  return "off";
}

}  // namespace spineview::app::look
