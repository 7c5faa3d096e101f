#include "ui/about_panel.h"

#include <imgui.h>

#include "ui/ui_style.h"

namespace spineview::app::ui {

void drawAboutPanel(const Session& session, CommandQueue& commands) {
  if (!session.state().panels.about) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(560.0f, display.x * 0.8f), 0.0f), ImGuiCond_Appearing);
  bool open = true;
  if (ImGui::Begin("About spineview", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted("spineview 0.1.0");
    ImGui::Spacing();
    ImGui::TextWrapped("A moving model of the skull base, the neck and the upper back (C0 to T12). It shows how far each "
                       "level is moving compared with its normal range, how the small facet joints open and close, how "
                       "the vertebral arteries and nerve roots are stretched or narrowed, and why a quick forceful twist "
                       "is a different thing from a slow, controlled stretch.");
    ImGui::Spacing();
    textWrappedColoured(kEmergencyColour,
                        "spineview is for learning. It does not examine you and cannot tell what is wrong with your neck "
                        "or back. If you are worried, see a health professional; Help > When to seek help lists the "
                        "warning signs.");
    ImGui::Spacing();
    ImGui::TextWrapped("Every figure comes from published measurements, each with its citation and how well it is "
                       "supported (Help > Sources). The model: %zu parts, %zu joints.",
                       session.model().mesh.parts.size(), session.model().mesh.skeleton.size());
  }
  ImGui::End();
  if (!open) commands.push("panel", {"about", "off"});
}

}  // namespace spineview::app::ui
