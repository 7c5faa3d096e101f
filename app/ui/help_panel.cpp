#include "ui/help_panel.h"

#include <algorithm>

#include <imgui.h>

#include "education/education_library.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

namespace {

ImVec4 urgencyColour(education::Urgency u) {
  switch (u) {
    case education::Urgency::Emergency: return kEmergencyColour;
    case education::Urgency::Prompt: return {0.95f, 0.55f, 0.15f, 1.0f};
    case education::Urgency::Checked: return {0.95f, 0.80f, 0.25f, 1.0f};
    case education::Urgency::SeeProfessional: return {0.45f, 0.70f, 0.95f, 1.0f};
  }
  return kMutedText;
}

}  // namespace

Rect centredHelpRect(ImVec2 display) {
  const float font = ImGui::GetFontSize(), top = ImGui::GetFrameHeight();
  const ImVec2 size{std::min(display.x - 20.0f, font * 40.0f), std::min(display.y - top - 12.0f, font * 36.0f)};
  return {{0.5f * (display.x - size.x), top + 0.5f * (display.y - top - size.y)}, size};
}

void drawHelpPanel(const Session& session, CommandQueue& commands, const Rect& rect, bool dialog) {
  ImGui::SetNextWindowPos(rect.pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(rect.size, ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.96f);
  if (dialog) ImGui::SetNextWindowFocus();
  bool open = true;
  if (ImGui::Begin("When to seek help", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
    const auto& lib = education::educationLibrary();
    if (!lib.seekHelp) {
      textWrappedColoured(kForcefulColour, "The advice could not be loaded: " + lib.seekHelp.message());
      textWrappedColoured(kEmergencyColour, "If a face droops, an arm is weak, speech is slurred, or balance or sight goes suddenly, call emergency services now.");
    } else {
      const auto& content = *lib.seekHelp;
      const std::string& setting = session.state().preferences.emergencyNumber;
      const std::string number = education::emergencyNumber(content.numbers, setting, education::userRegion());
      ImDrawList* draw = ImGui::GetWindowDrawList();
      for (const auto& group : content.groups) {
        const ImVec4 colour = urgencyColour(group.urgency);
        const bool emergency = group.urgency == education::Urgency::Emergency;
        const ImVec2 start = ImGui::GetCursorScreenPos();
        draw->ChannelsSplit(2);
        draw->ChannelsSetCurrent(1);
        ImGui::Indent(10.0f);
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, emergency ? ImVec4(1, 1, 1, 1) : colour);
        ImGui::TextWrapped("%s", education::withNumber(group.title, number).c_str());  // wraps in a narrow docked panel
        ImGui::PopStyleColor();
        ImGui::TextWrapped("%s", education::withNumber(group.advice, number).c_str());
        for (const auto& sign : group.signs) {
          ImGui::Bullet();
          if (!sign.letter.empty()) {
            ImGui::TextColored({1.0f, 0.9f, 0.4f, 1.0f}, "%s", sign.letter.c_str());
            ImGui::SameLine();
          }
          ImGui::TextWrapped("%s", education::withNumber(sign.sign, number).c_str());
          if (ImGui::IsItemHovered()) ImGui::SetTooltip("Source [%s]: %s", sign.tag.c_str(), sign.source.c_str());
        }
        ImGui::Spacing();
        ImGui::Unindent(10.0f);
        draw->ChannelsSetCurrent(0);
        const ImVec2 end{start.x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y};
        draw->AddRectFilled(start, end, toU32({colour.x, colour.y, colour.z, emergency ? 0.45f : 0.12f}), 4.0f);
        draw->AddRectFilled(start, {start.x + 5.0f, end.y}, toU32(colour), 2.0f);
        draw->ChannelsMerge();
        ImGui::Spacing();
      }
      ImGui::Separator();
      ImGui::TextWrapped("%s", content.notice.c_str());
      // The number to call: from the region of the computer's language setting, or chosen here.
      ImGui::AlignTextToFramePadding();
      ImGui::TextUnformatted(setting == "auto" ? "Emergency number (from your region):" : "Emergency number (your choice):");
      ImGui::SameLine();
      static const char* kChoices[] = {"auto", "999", "911", "112"};
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
      if (ImGui::BeginCombo("##emergency number", setting == "auto" ? number.c_str() : setting.c_str())) {
        for (const char* choice : kChoices)
          if (ImGui::Selectable(choice, setting == choice)) commands.push("emergency-number", {choice});
        ImGui::EndCombo();
      }
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("auto uses your region; 999 (UK), 911 (North America), 112 (Europe and most mobile phones).\nSource [%s]: %s",
                          content.numbers.tag.c_str(), content.numbers.source.c_str());
    }
    if (ImGui::Button("Close")) open = false;
  }
  ImGui::End();
  if (!open) commands.push("help", {"off"});
}

}  // namespace spineview::app::ui
