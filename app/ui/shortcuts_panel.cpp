#include "ui/shortcuts_panel.h"

#include <algorithm>
#include <set>
#include <string>

#include <imgui.h>

#include "frontend/shortcuts.h"

namespace spineview::app::ui {

void drawShortcutsPanel(const Session& session, CommandQueue& commands) {
  if (!session.state().panels.shortcuts) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float font = ImGui::GetFontSize(), top = ImGui::GetFrameHeight();
  const ImVec2 size{std::min(display.x - 20.0f, font * 34.0f), std::min(display.y - top - 12.0f, font * 34.0f)};
  ImGui::SetNextWindowPos({0.5f * (display.x - size.x), top + 0.5f * (display.y - top - size.y)}, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.96f);
  bool open = true;
  if (ImGui::Begin("Keyboard shortcuts", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize |
                                                    ImGuiWindowFlags_NoMove)) {
    auto section = [&](const char* title, ShortcutContext context) {
      ImGui::TextDisabled("%s", title);
      if (!ImGui::BeginTable(title, 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
      std::set<std::string> shown;  // one row per key and meaning (Ctrl+= and Ctrl+Keypad + share one)
      for (const Shortcut& s : shortcutTable()) {
        if (s.context != context || !shown.insert(std::string(s.description)).second) continue;
        std::string keys(s.keyName);
        for (const Shortcut& other : shortcutTable())
          if (&other != &s && other.context == context && other.description == s.description) keys += ", " + std::string(other.keyName);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(keys.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", std::string(s.description).c_str());
      }
      ImGui::EndTable();
      ImGui::Spacing();
    };
    section("Everywhere", ShortcutContext::Always);
    section("Exploring (also while presenting)", ShortcutContext::Normal);
    section("Presenting a lesson", ShortcutContext::Presenter);
    ImGui::TextDisabled("Mouse");
    ImGui::TextWrapped("Click a structure to see its card. Drag to turn the model, right-drag to slide it, and use the wheel to "
                       "zoom towards the cursor.");
    if (ImGui::Button("Close")) open = false;
  }
  ImGui::End();
  if (!open) commands.push("panel", {"shortcuts", "off"});
}

}  // namespace spineview::app::ui
