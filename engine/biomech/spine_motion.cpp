#include "biomech/spine_motion.h"

namespace spineview::biomech {

std::string_view zoneName(Zone z) {
  switch (z) {
    case Zone::Comfortable: return "comfortable";
    case Zone::EndRange: return "end range";
    case Zone::BeyondActive: return "beyond active range (passive)";
    case Zone::BeyondPhysiological: return "beyond physiological range";
  }
  return "?";
}

std::string_view axisName(Axis a) {
  switch (a) {
    case Axis::FlexionExtension: return "flexion/extension";
    case Axis::LateralBend: return "lateral bend";
    case Axis::AxialRotation: return "axial rotation";
  }
  return "?";
}

}  // namespace spineview::biomech
