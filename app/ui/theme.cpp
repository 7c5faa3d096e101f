#include "ui/theme.h"

#include <algorithm>

#include <imgui.h>

namespace spineview::app::ui {
namespace {
struct Applied {
  ImGuiContext* context = nullptr;
  ImGuiStyle base;  // the style as the ImGui layer made it (already scaled for the target)
  bool highContrast = false;
  float uiScale = 0.0f;
};
Applied applied;

void highContrastColours(ImGuiStyle& style) {
  ImVec4* c = style.Colors;
  const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1), yellow(1.0f, 0.86f, 0.0f, 1), blue(0.0f, 0.25f, 0.6f, 1),
      lightBlue(0.1f, 0.45f, 0.95f, 1);
  for (int i = 0; i < ImGuiCol_COUNT; ++i) c[i] = black;
  c[ImGuiCol_Text] = white;
  c[ImGuiCol_TextDisabled] = ImVec4(0.8f, 0.8f, 0.8f, 1);
  c[ImGuiCol_Border] = white;
  c[ImGuiCol_FrameBg] = ImVec4(0.12f, 0.12f, 0.12f, 1);
  c[ImGuiCol_FrameBgHovered] = blue;
  c[ImGuiCol_FrameBgActive] = lightBlue;
  c[ImGuiCol_TitleBg] = blue;
  c[ImGuiCol_TitleBgActive] = lightBlue;
  c[ImGuiCol_TitleBgCollapsed] = blue;
  c[ImGuiCol_CheckMark] = yellow;
  c[ImGuiCol_SliderGrab] = yellow;
  c[ImGuiCol_SliderGrabActive] = white;
  c[ImGuiCol_Button] = blue;
  c[ImGuiCol_ButtonHovered] = lightBlue;
  c[ImGuiCol_ButtonActive] = yellow;
  c[ImGuiCol_Header] = blue;
  c[ImGuiCol_HeaderHovered] = lightBlue;
  c[ImGuiCol_HeaderActive] = yellow;
  c[ImGuiCol_Separator] = white;
  c[ImGuiCol_ScrollbarGrab] = ImVec4(0.7f, 0.7f, 0.7f, 1);
  c[ImGuiCol_ScrollbarGrabHovered] = white;
  c[ImGuiCol_ScrollbarGrabActive] = yellow;
  c[ImGuiCol_ResizeGrip] = white;
  c[ImGuiCol_Tab] = blue;
  c[ImGuiCol_TabHovered] = lightBlue;
  c[ImGuiCol_TabActive] = lightBlue;
  c[ImGuiCol_PlotLines] = yellow;
  c[ImGuiCol_PlotHistogram] = yellow;
  c[ImGuiCol_NavHighlight] = yellow;
  c[ImGuiCol_TextSelectedBg] = lightBlue;
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.7f);
  style.WindowBorderSize = 2.0f;
  style.FrameBorderSize = 1.0f;
}
}  // namespace

void applyTheme(const Preferences& preferences, float contentScale) {
  const float scale = preferences.uiScale * std::clamp(contentScale, 0.5f, 4.0f);
  ImGuiContext* context = ImGui::GetCurrentContext();
  if (!context) return;
  if (applied.context != context) {  // a new ImGui context (tests make several): its style is the base
    applied = Applied{context, ImGui::GetStyle(), false, 1.0f};
  }
  if (applied.highContrast == preferences.highContrast && applied.uiScale == scale) return;
  ImGuiStyle style = applied.base;
  if (preferences.highContrast) highContrastColours(style);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
  ImGui::GetIO().FontGlobalScale = scale;
  applied.highContrast = preferences.highContrast;
  applied.uiScale = scale;
}

}  // namespace spineview::app::ui
