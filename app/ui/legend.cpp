#include "ui/legend.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <utility>

#include <imgui.h>

#include "scene/colour_maps.h"
#include "scene/layer_mapping.h"
#include "ui/compare_view.h"
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

namespace {

struct Shown {
  bool facets = false, arteries = false, nerves = false;
  int count() const { return int(facets) + int(arteries) + int(nerves); }
};

Shown shownBars(const Session& session) {
  const auto& view = session.state().view;
  if (!view.heatMaps || !session.drivenBySpine()) return {};
  return {view.visible[static_cast<std::size_t>(LayerId::Facets)], view.visible[static_cast<std::size_t>(LayerId::Arteries)],
          view.visible[static_cast<std::size_t>(LayerId::CordAndNerves)]};
}

constexpr const char* kFacetTitle = "Facet gap change (mm)";
constexpr const char* kArteryTitle = "Neck artery stretched (%)";
constexpr const char* kNerveTitle = "Nerve exit narrowed (%)";

}  // namespace

void drawLegendBars(const Session& session, bool stacked) {
  const Shown shown = shownBars(session);
  const look::PaletteOptions palette{session.state().preferences.colourBlindSafe, session.state().preferences.highContrast};
  const auto& data = session.biomech().data();
  bool first = true;
  auto column = [&first, stacked] {
    if (!first && !stacked) ImGui::SameLine(0.0f, 2.0f * ImGui::GetFontSize());
    first = false;
    ImGui::BeginGroup();
  };
  if (shown.facets) {
    column();
    const float r = look::kFacetLegendRangeMm;
    std::vector<std::pair<float, std::string>> ticks;
    for (float mm : look::facetLegendTicksMm()) ticks.push_back({0.5f * (mm / r + 1.0f), number(mm == 0.0f ? "0" : "%+.1f", mm)});
    colourBar(kFacetTitle, [&](float u) { return look::divergingColour(2.0f * u - 1.0f, palette); }, ticks,
              "compressed", "gapping");
    ImGui::EndGroup();
  }
  if (shown.arteries) {
    column();
    const look::StrainStops stops{data.arteries.greenBelowPercent(), data.arteries.orangeFromPercent(),
                                  data.arteries.redFromPercent()};
    // The map runs to a little past the red edge so the red band shows on the bar.
    const double top = stops.redFrom * 1.15;
    std::vector<std::pair<float, std::string>> ticks{{0.0f, "0"}};
    for (double edge : {stops.amberFrom, stops.orangeFrom, stops.redFrom})
      ticks.push_back({static_cast<float>(edge / top), number("%.0f", edge)});
    colourBar(kArteryTitle, [&](float u) { return look::strainColour(u * top, stops); }, ticks, "everyday",
              "torn in the lab");
    ImGui::EndGroup();
  }
  if (shown.nerves) {
    column();
    // Full scale: the deepest narrowing the model can produce, rounded up to 5 %.
    const double full = look::narrowingFullScalePercent(session.biomech().foramenFullScalePercent());
    std::vector<std::pair<float, std::string>> ticks{{0.0f, "0"}, {0.5f, number("%.0f", 0.5 * full)}, {1.0f, number("%.0f", full)}};
    colourBar(kNerveTitle, [&](float u) { return look::narrowingColour(-u * full, full); }, ticks, "open",
              "narrowed");
    ImGui::EndGroup();
  }
}

LegendSizes legendSizes(const Session& session) {
  const Shown shown = shownBars(session);
  if (shown.count() == 0) return {};
  const ImGuiStyle& style = ImGui::GetStyle();
  const float font = ImGui::GetFontSize(), line = ImGui::GetTextLineHeight();
  // One bar: its title, the bar with tick labels (colourBar's Dummy) and the end words.
  const float barH = line + style.ItemSpacing.y + (0.8f * font + line + 6.0f) + style.ItemSpacing.y + line;
  float wideW = 0.0f, stackedW = 0.0f;
  auto add = [&](bool on, const char* title) {
    if (!on) return;
    const float w = std::max(10.0f * font, ImGui::CalcTextSize(title).x);
    wideW += w;
    stackedW = std::max(stackedW, w);
  };
  add(shown.facets, kFacetTitle);
  add(shown.arteries, kArteryTitle);
  add(shown.nerves, kNerveTitle);
  const float n = static_cast<float>(shown.count());
  const ImVec2 pad = style.WindowPadding;
  LegendSizes sizes;
  sizes.wide = {wideW + (n - 1.0f) * 2.0f * font + 2.0f * pad.x + 2.0f, barH + 2.0f * pad.y + 2.0f};
  sizes.stacked = {stackedW + 2.0f * pad.x + 2.0f, n * barH + (n - 1.0f) * style.ItemSpacing.y + 2.0f * pad.y + 2.0f};
  return sizes;
}

void drawLegend(const Session& session, float width, float height, const WindowLayout& window) {
  if (shownBars(session).count() == 0) return;
  bool stacked = false;
  // In Compare mode the compare layout finds it a place clear of the neck, the captions and
  // the explainer, or leaves it to the plots panel's "Key" tab; elsewhere the window layout
  // docks it in a free margin beside the model, or leaves it to the Layers panel.
  BoxF place = window.legend;
  stacked = window.legendStacked;
  if (session.state().mode == AppMode::Compare && session.forcefulPlayer() && session.controlledPlayer()) {
    const CompareLayout layout = currentCompareLayout(session, ImVec2(width, height));
    place = layout.legend;
    stacked = layout.legendStacked;
  }
  if (place.empty()) return;
  ImGui::SetNextWindowPos(ImVec2(place.x, place.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(place.w, place.h), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.72f);
  ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                           ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove;
  if (!ImGui::Begin("Heat-map legend", nullptr, flags)) return ImGui::End();
  drawLegendBars(session, stacked);
  ImGui::End();
}

}  // namespace spineview::app::ui
