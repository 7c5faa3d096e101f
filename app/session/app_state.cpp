#include "session/app_state.h"

namespace spineview::app {
namespace {
constexpr std::array<std::string_view, kLayerCount> kLayerNames{"bones", "discs", "facets", "arteries", "nerves", "ribs",
                                                                 "skin"};
constexpr std::array<std::string_view, 3> kModeNames{"explore", "compare", "guided"};
}  // namespace

std::string_view layerName(LayerId layer) { return kLayerNames[static_cast<int>(layer)]; }

bool parseLayer(std::string_view text, LayerId& out) {
  for (int i = 0; i < kLayerCount; ++i) {
    if (kLayerNames[i] == text) {
      out = static_cast<LayerId>(i);
      return true;
    }
  }
  // Accepted synonyms, as people type them.
  if (text == "cord" || text == "cord-and-nerves") return out = LayerId::CordAndNerves, true;
  if (text == "scapulae" || text == "ribs-and-scapulae") return out = LayerId::RibsAndScapulae, true;
  if (text == "body" || text == "body-surface") return out = LayerId::BodySurface, true;
  return false;
}

std::string_view modeName(AppMode mode) { return kModeNames[static_cast<int>(mode)]; }

bool parseMode(std::string_view text, AppMode& out) {
  for (int i = 0; i < 3; ++i) {
    if (kModeNames[i] == text) {
      out = static_cast<AppMode>(i);
      return true;
    }
  }
  return false;
}

}  // namespace spineview::app
