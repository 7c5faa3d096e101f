#include "ui/ui_style.h"

#include <algorithm>

namespace spineview::app::ui {

namespace {
// Set once per frame from the preferences (drawInterface); plain UI look, not app state.
bool g_colourBlindSafe = true;

// Okabe & Ito's palette: blue → orange → vermilion → reddish purple keeps its order for the
// common red–green colour-vision deficiencies, where green → amber → red does not.
ImVec4 okabeIto(int r, int g, int b) { return {r / 255.0f, g / 255.0f, b / 255.0f, 1.0f}; }
}  // namespace

void setColourBlindSafe(bool safe) { g_colourBlindSafe = safe; }

ImVec4 zoneColour(biomech::Zone zone) {
  if (g_colourBlindSafe) {
    switch (zone) {
      case biomech::Zone::Comfortable: return okabeIto(86, 180, 233);        // sky blue
      case biomech::Zone::EndRange: return okabeIto(240, 228, 66);           // yellow
      case biomech::Zone::BeyondActive: return okabeIto(230, 159, 0);        // orange
      case biomech::Zone::BeyondPhysiological: return okabeIto(213, 94, 0);  // vermilion
    }
  }
  switch (zone) {
    case biomech::Zone::Comfortable: return {0.30f, 0.70f, 0.36f, 1.0f};
    case biomech::Zone::EndRange: return {0.96f, 0.74f, 0.20f, 1.0f};
    case biomech::Zone::BeyondActive: return {0.93f, 0.45f, 0.15f, 1.0f};
    case biomech::Zone::BeyondPhysiological: return {0.85f, 0.12f, 0.12f, 1.0f};
  }
  return {1, 1, 1, 1};
}

ImVec4 gaugeColour(biomech::StrainGauge gauge) {
  if (g_colourBlindSafe) {
    switch (gauge) {
      case biomech::StrainGauge::Green: return okabeIto(86, 180, 233);
      case biomech::StrainGauge::Amber: return okabeIto(240, 228, 66);
      case biomech::StrainGauge::Orange: return okabeIto(230, 159, 0);
      case biomech::StrainGauge::Red: return okabeIto(213, 94, 0);
    }
  }
  switch (gauge) {
    case biomech::StrainGauge::Green: return {0.30f, 0.70f, 0.36f, 1.0f};
    case biomech::StrainGauge::Amber: return {0.96f, 0.80f, 0.20f, 1.0f};
    case biomech::StrainGauge::Orange: return {0.95f, 0.52f, 0.15f, 1.0f};
    case biomech::StrainGauge::Red: return {0.85f, 0.12f, 0.12f, 1.0f};
  }
  return {1, 1, 1, 1};
}

ImU32 toU32(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

bool beginPanel(const char* title, const Rect& rect, bool* open, ImGuiWindowFlags extra) {
  ImGui::SetNextWindowPos(rect.pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(rect.size, ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.82f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | extra;
  return ImGui::Begin(title, open, flags);
}

void textWrappedColoured(const ImVec4& colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void fillBar(float fraction, const ImVec4& colour, const std::string& overlay, float width, float height) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float w = width > 0.0f ? width : ImGui::GetContentRegionAvail().x;
  const float h = height > 0.0f ? height : ImGui::GetTextLineHeight() + 2.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, {pos.x + w, pos.y + h}, IM_COL32(40, 44, 52, 230), 2.0f);
  draw->AddRectFilled(pos, {pos.x + w * std::clamp(fraction, 0.0f, 1.0f), pos.y + h}, toU32(colour), 2.0f);
  const ImVec2 textPos{pos.x + 4.0f, pos.y + 0.5f * (h - ImGui::GetTextLineHeight())};
  draw->AddText({textPos.x + 1.0f, textPos.y + 1.0f}, IM_COL32(0, 0, 0, 255), overlay.c_str());
  draw->AddText(textPos, IM_COL32(255, 255, 255, 255), overlay.c_str());
  ImGui::Dummy({w, h});
}

void educationalNote() {
  ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
  ImGui::TextWrapped("For learning only: spineview does not diagnose or replace a professional.");
  ImGui::PopStyleColor();
}

}  // namespace spineview::app::ui
