#include "ui/library_panel.h"

#include <imgui.h>

#include "ui/glossed_text.h"

namespace spineview::app::ui {

namespace {

const char* groupTitle(biomech::MotionCategory c) {
  switch (c) {
    case biomech::MotionCategory::Exercise: return "Gentle exercises";
    case biomech::MotionCategory::Controlled: return "Controlled movement";
    case biomech::MotionCategory::Forceful: return "What not to do";
    case biomech::MotionCategory::Clinician: return "For contrast: a professional's technique";
  }
  return "";
}

}  // namespace

void drawLibraryPanel(const Session& session, CommandQueue& commands, const Rect& rect) {
  const AppState& state = session.state();
  bool open = true;
  if (beginPanel("Motion library", rect, &open)) {
    for (auto category : {biomech::MotionCategory::Exercise, biomech::MotionCategory::Controlled,
                          biomech::MotionCategory::Forceful, biomech::MotionCategory::Clinician}) {
      ImGui::PushStyleColor(ImGuiCol_Text, category == biomech::MotionCategory::Forceful ? kForcefulColour : kMutedText);
      ImGui::TextUnformatted(groupTitle(category));
      ImGui::PopStyleColor();
      for (const auto& m : session.motions()) {
        if (m.category != category) continue;
        const bool selected = state.playback.motionId == m.id;
        ImGui::PushID(m.id.c_str());
        if (ImGui::Selectable(m.displayName.c_str(), selected)) commands.push("motion", {m.id});
        if (selected) {
          ImGui::Indent();
          glossedText(m.description);
          glossedTextColoured(kMutedText, "Works on: " + m.worksOn);
          ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
          if (m.holdS > 0.0)
            ImGui::TextWrapped("Hold %.0f seconds, %d times", m.holdS, m.repetitions);
          else
            ImGui::TextWrapped("Runs %d time%s, no hold", m.repetitions, m.repetitions == 1 ? "" : "s");
          ImGui::PopStyleColor();
          // Where the dose comes from: on hover only (the Sources panel lists it too).
          if (ImGui::IsItemHovered()) ImGui::SetTooltip("Source [%s]: %s", m.dosageTag.c_str(), m.dosageSource.c_str());
          if (m.category == biomech::MotionCategory::Exercise || m.category == biomech::MotionCategory::Controlled) {
            if (ImGui::SmallButton("Follow with the coach")) commands.push("exercise", {m.id});
          } else if (m.category == biomech::MotionCategory::Forceful) {
            if (ImGui::SmallButton("Compare with controlled rotation")) commands.push("mode", {"compare"});
          }
          ImGui::Unindent();
        }
        ImGui::PopID();
      }
      ImGui::Spacing();
    }
  }
  ImGui::End();
  if (!open) commands.push("panel", {"library", "off"});
}

}  // namespace spineview::app::ui
