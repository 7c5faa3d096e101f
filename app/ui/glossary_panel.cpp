#include "ui/glossary_panel.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <imgui.h>

#include "education/education_library.h"
#include "education/text_case.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

namespace {

bool matches(const education::GlossaryEntry& e, const char* filter) {
  if (!*filter) return true;
  const std::string needle = education::lowerCase(filter);
  if (education::lowerCase(e.gloss).find(needle) != std::string::npos) return true;
  return std::any_of(e.forms.begin(), e.forms.end(), [&](const std::string& f) { return f.find(needle) != std::string::npos; });
}

}  // namespace

void drawGlossaryPanel(const Session& session, CommandQueue& commands) {
  (void)session;
  static std::array<char, 64> filter{};  // UI-local text field, not session state
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float font = ImGui::GetFontSize();
  ImGui::SetNextWindowPos({0.5f * display.x, 0.5f * (display.y + ImGui::GetFrameHeight())}, ImGuiCond_Always, {0.5f, 0.5f});
  ImGui::SetNextWindowSize({std::min(display.x - 20.0f, font * 34.0f), std::min(display.y - 3.0f * font, font * 34.0f)}, ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.96f);
  bool open = true;
  if (ImGui::Begin("Glossary: what the words mean", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                                               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##glossary filter", "Find a word", filter.data(), filter.size());
    ImGui::BeginChild("terms");
    const auto& lib = education::educationLibrary();
    if (!lib.glossary) {
      textWrappedColoured(kForcefulColour, "The glossary could not be loaded: " + lib.glossary.message());
    } else {
      for (const auto& e : *lib.glossary) {
        if (!matches(e, filter.data())) continue;
        ImGui::TextColored({0.62f, 0.85f, 1.0f, 1.0f}, "%s", e.term.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", e.source.c_str());
        ImGui::Indent();
        ImGui::TextWrapped("%s", e.gloss.c_str());
        ImGui::Unindent();
        ImGui::Spacing();
      }
    }
    ImGui::EndChild();
  }
  ImGui::End();
  if (!open) commands.push("panel", {"glossary", "off"});
}

}  // namespace spineview::app::ui
