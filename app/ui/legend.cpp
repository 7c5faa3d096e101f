#include "ui/legend.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

#include <imgui.h>

#include "scene/colour_maps.h"
#include "scene/layer_mapping.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {
namespace {

ImU32 toImColour(glm::vec3 srgb) { return ImGui::ColorConvertFloat4ToU32(ImVec4(srgb.r, srgb.g, srgb.b, 1.0f)); }

// A horizontal colour bar with ticks: colourAt(u) for u in [0, 1], ticks at (u, text).
void colourBar(const char* title, const std::function<glm::vec3(float)>& colourAt,
               const std::vector<std::pair<float, std::string>>& ticks, const char* leftWord, const char* rightWord) {
  ImGui::TextUnformatted(title);
  const float barWidth = 10.0f * ImGui::GetFontSize();
  const float barHeight = 0.8f * ImGui::GetFontSize();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  constexpr int kSteps = 48;
  for (int i = 0; i < kSteps; ++i) {
    const float u0 = static_cast<float>(i) / kSteps, u1 = static_cast<float>(i + 1) / kSteps;
    draw->AddRectFilled(ImVec2(at.x + u0 * barWidth, at.y), ImVec2(at.x + u1 * barWidth + 0.5f, at.y + barHeight),
                        toImColour(colourAt(0.5f * (u0 + u1))));
  }
  draw->AddRect(at, ImVec2(at.x + barWidth, at.y + barHeight), IM_COL32(200, 200, 200, 160));
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  for (const auto& [u, label] : ticks) {
    const float x = at.x + u * barWidth;
    draw->AddLine(ImVec2(x, at.y + barHeight), ImVec2(x, at.y + barHeight + 4.0f), text);
    const float w = ImGui::CalcTextSize(label.c_str()).x;
    draw->AddText(ImVec2(std::clamp(x - 0.5f * w, at.x, at.x + barWidth - w), at.y + barHeight + 5.0f), text,
                  label.c_str());
  }
  ImGui::Dummy(ImVec2(barWidth, barHeight + ImGui::GetTextLineHeight() + 6.0f));
  ImGui::TextDisabled("%s", leftWord);
  ImGui::SameLine(barWidth - ImGui::CalcTextSize(rightWord).x + ImGui::GetStyle().WindowPadding.x);
  ImGui::TextDisabled("%s", rightWord);
}

std::string number(const char* format, double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, format, v);
  return buffer;
}

}  // namespace

void drawLegend(const Session& session, float width, float height) {
  const auto& view = session.state().view;
  if (!view.heatMaps || !session.drivenBySpine()) return;
  const bool facets = view.visible[static_cast<std::size_t>(LayerId::Facets)];
  const bool arteries = view.visible[static_cast<std::size_t>(LayerId::Arteries)];
  const bool nerves = view.visible[static_cast<std::size_t>(LayerId::CordAndNerves)];
  if (!facets && !arteries && !nerves) return;
  const look::PaletteOptions palette{session.state().preferences.colourBlindSafe, session.state().preferences.highContrast};
  const auto& data = session.biomech().data();

  // Top centre; in Compare mode the captions of both halves live there, so the legend sits
  // at the bottom of the 3D area instead, just above the plots.
  if (session.state().mode == AppMode::Compare && session.state().panels.compare) {
    const float stripTop = screenLayout(ImVec2(width, height), AppMode::Compare).compareStrip.pos.y;
    // A small window has no room for it above the plots without hiding the model.
    if (stripTop - ImGui::GetFrameHeight() < 14.0f * ImGui::GetFontSize()) return;
    ImGui::SetNextWindowPos(ImVec2(0.5f * width, stripTop - 4.0f), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  } else {
    ImGui::SetNextWindowPos(ImVec2(0.5f * width, ImGui::GetFrameHeight() + 6.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  }
  ImGui::SetNextWindowBgAlpha(0.72f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
  if (!ImGui::Begin("Heat-map legend", nullptr, flags)) return ImGui::End();
  bool first = true;
  auto column = [&first] {
    if (!first) ImGui::SameLine(0.0f, 2.0f * ImGui::GetFontSize());
    first = false;
    ImGui::BeginGroup();
  };
  if (facets) {
    column();
    const float r = look::kFacetLegendRangeMm;
    std::vector<std::pair<float, std::string>> ticks;
    for (float mm : look::facetLegendTicksMm()) ticks.push_back({0.5f * (mm / r + 1.0f), number(mm == 0.0f ? "0" : "%+.1f", mm)});
    colourBar("Facet gap change (mm)", [&](float u) { return look::divergingColour(2.0f * u - 1.0f, palette); }, ticks,
              "compressed", "gapping");
    ImGui::EndGroup();
  }
  if (arteries) {
    column();
    const double green = data.arteries.greenBelowPercent, red = data.arteries.redFromPercent;
    // The map runs to a little past the red threshold so the red zone shows on the bar.
    const double top = red * 1.15;
    std::vector<std::pair<float, std::string>> ticks{{0.0f, "0"},
                                                     {static_cast<float>(green / top), number("%.0f", green)},
                                                     {static_cast<float>(red / top), number("%.0f", red)}};
    colourBar("Artery stretch (%)", [&](float u) { return look::strainColour(u * top, green, red); }, ticks, "everyday",
              "failure range");
    ImGui::EndGroup();
  }
  if (nerves) {
    column();
    const double full = std::max({std::abs(data.foramina.extensionArea), std::abs(data.foramina.ipsilateralArea), 1.0});
    std::vector<std::pair<float, std::string>> ticks{{0.0f, "0"}, {0.5f, number("%.0f", -0.5 * full)}, {1.0f, number("%.0f", -full)}};
    colourBar("Foramen area change (%)", [&](float u) { return look::narrowingColour(-u * full, full); }, ticks, "open",
              "narrowed");
    ImGui::EndGroup();
  }
  ImGui::End();
}

}  // namespace spineview::app::ui
