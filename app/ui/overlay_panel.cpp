#include "ui/overlay_panel.h"

#include <imgui.h>

namespace spineview::app::ui {

void drawOverlayPanel(const OverlayState& state) {
  ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowBgAlpha(0.72f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoSavedSettings;
  if (ImGui::Begin("spineview", nullptr, flags)) {
    ImGui::TextUnformatted(state.modelName.c_str());
    ImGui::Separator();
    if (state.frameMilliseconds > 0.0)
      ImGui::Text("Frame: %.2f ms (%.0f fps)", state.frameMilliseconds, 1000.0 / state.frameMilliseconds);
    else
      ImGui::TextUnformatted("Frame: single picture (no window)");
    ImGui::Text("Device: %s", state.deviceName.c_str());
    ImGui::Text("Triangles: %llu in %u draws", state.triangles, state.drawCalls);
    ImGui::TextDisabled("Drag: orbit  Right-drag: pan  Wheel: zoom");
    ImGui::TextDisabled("For education only; not a diagnosis.");
  }
  ImGui::End();
}

}  // namespace spineview::app::ui
