// The small status overlay: frame time, device, model size. Reads state only.
#pragma once

#include <string>

namespace spineview::app::ui {

struct OverlayState {
  std::string deviceName;
  std::string modelName;
  double frameMilliseconds = 0.0;
  unsigned long long triangles = 0;
  unsigned drawCalls = 0;
};

void drawOverlayPanel(const OverlayState& state);

}  // namespace spineview::app::ui
