#include "ui/education_panels.h"

#include <algorithm>

#include <imgui.h>

#include "ui/compare_view.h"
#include "ui/gauges_panel.h"
#include "ui/glossary_panel.h"
#include "ui/guided_panel.h"
#include "ui/help_panel.h"
#include "ui/layers_panel.h"
#include "ui/legend.h"
#include "ui/library_panel.h"
#include "ui/menu_bar.h"
#include "ui/sources_panel.h"
#include "ui/structure_card.h"
#include "ui/timeline_panel.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

namespace {
using Page = PanelState::LeftPage;

bool comparing(const Session& session) {
  return session.state().mode == AppMode::Compare && session.forcefulPlayer() && session.controlledPlayer();
}

// The pages the left column can show in this mode, in tab order.
std::vector<Page> leftPages(const Session& session) {
  const auto& s = session.state();
  std::vector<Page> pages;
  if (s.mode == AppMode::Guided) {
    if (s.panels.coach) pages.push_back(Page::Coach);
  } else if (s.panels.library) {
    pages.push_back(Page::Library);
  }
  if (s.panels.layers) pages.push_back(Page::Layers);
  if (s.mode != AppMode::Guided && s.panels.structureCard && s.selection.partIndex) pages.push_back(Page::Structure);
  return pages;
}

const char* pageTitle(Page page) {
  switch (page) {
    case Page::Library: return "Motions";
    case Page::Layers: return "Layers";
    case Page::Structure: return "Structure";
    case Page::Coach: return "Coach";
  }
  return "";
}
const char* pagePanel(Page page) {
  switch (page) {
    case Page::Library: return "library";
    case Page::Layers: return "layers";
    case Page::Structure: return "structure";
    case Page::Coach: return "coach";
  }
  return "";
}

// The left column: a row of page tabs, then the page (each page is its own panel).
void drawLeftColumn(const Session& session, CommandQueue& commands, const WindowLayout& layout) {
  const auto pages = leftPages(session);
  if (pages.empty() || layout.left.empty()) return;
  Page page = session.state().panels.leftPage;
  if (std::find(pages.begin(), pages.end(), page) == pages.end()) page = pages.front();
  Rect rect = toRect(layout.left);
  if (pages.size() > 1) {
    const float tabsH = ImGui::GetFrameHeight() + 2.0f * ImGui::GetStyle().WindowPadding.y;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4.0f, ImGui::GetStyle().WindowPadding.y));
    if (beginPanel("##left pages", {rect.pos, {rect.size.x, tabsH}}, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar)) {
      for (Page p : pages) {
        if (p != pages.front()) ImGui::SameLine(0.0f, 2.0f);
        const bool active = p == page;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(pageTitle(p)) && !active) commands.push("panel", {pagePanel(p), "on"});
        if (active) ImGui::PopStyleColor();
      }
    }
    ImGui::End();
    ImGui::PopStyleVar();
    rect.pos.y += tabsH + 4.0f;
    rect.size.y -= tabsH + 4.0f;
  }
  switch (page) {
    case Page::Library: drawLibraryPanel(session, commands, rect); break;
    case Page::Structure: drawStructureCard(session, commands, rect); break;
    case Page::Coach: drawGuidedPanel(session, commands, rect); break;
    case Page::Layers: {
      bool open = true;
      if (beginPanel("Layers", rect, &open)) drawLayersContents(session, commands, layout.legend.empty());
      ImGui::End();
      if (!open) commands.push("panel", {"layers", "off"});
      break;
    }
  }
}

// A side column folded into a tab at the window's edge; a click opens it (the other folds).
void drawDrawerTab(const char* id, const char* label, const BoxF& tab, int side, const Session& session, CommandQueue& commands) {
  if (tab.empty()) return;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(2.0f, 2.0f));
  if (beginPanel(id, toRect(tab), nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar)) {
    // The label runs down the tab, one letter a line.
    std::string vertical;
    for (const char* c = label; *c; ++c) vertical += std::string(1, *c) + "\n";
    if (ImGui::Button(vertical.c_str(), ImGui::GetContentRegionAvail()))
      commands.push("drawer", {session.state().panels.drawer == side ? "none" : side == 1 ? "left" : "right"});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open the %s panel", side == 1 ? "left" : "right");
  }
  ImGui::End();
  ImGui::PopStyleVar();
}

}  // namespace

WindowLayout currentWindowLayout(const Session& session, ImVec2 display) {
  const AppState& state = session.state();
  WindowLayoutInput in;
  in.width = display.x;
  in.height = display.y;
  const ImGuiStyle& style = ImGui::GetStyle();
  in.fontSize = ImGui::GetIO().FontGlobalScale * ImGui::GetFont()->FontSize * ImGui::GetFont()->Scale;
  in.menuBarHeight = in.fontSize + 2.0f * style.FramePadding.y;
  in.mode = state.presenter.active ? LayoutMode::Presenter
            : comparing(session)   ? LayoutMode::Compare
            : state.mode == AppMode::Guided ? LayoutMode::Guided
                                            : LayoutMode::Explore;
  in.leftWanted = !leftPages(session).empty();
  in.rightWanted = state.panels.gauges;
  in.timelineOpen = state.panels.timeline;
  in.helpOpen = state.panels.help;
  in.stepListOpen = state.panels.stepList && state.presenter.lesson.has_value();
  in.drawerOpen = state.panels.drawer == 1 ? Side::Left : state.panels.drawer == 2 ? Side::Right : Side::None;
  const ImGuiIO& io = ImGui::GetIO();
  in.presenterCaptionFont = io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1]->FontSize * io.FontGlobalScale : 2.0f * in.fontSize;
  const auto& presenter = state.presenter;
  if (presenter.lesson && presenter.step >= 1 && presenter.step <= static_cast<int>(presenter.lesson->steps.size()))
    in.captionChars = static_cast<int>(presenter.lesson->steps[static_cast<std::size_t>(presenter.step - 1)].caption.size());
  in.noticeLines = 1;  // the notices panel grows upwards from its corner to fit its text
  const LegendSizes legend = legendSizes(session);
  in.legendWide = {0.0f, 0.0f, legend.wide.x, legend.wide.y};
  in.legendStacked = {0.0f, 0.0f, legend.stacked.x, legend.stacked.y};
  return windowLayout(in);
}

void drawEducationPanels(const Session& session, CommandQueue& commands, const WindowLayout& layout) {
  const AppState& state = session.state();
  drawMainMenuBar(session, commands);
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  if (display.x < kMinimumPanelWidth || display.y < kMinimumPanelHeight) return;

  if (comparing(session)) {
    // Placed by compareLayout: clear of each other and of the neck at every window size.
    const CompareLayout compareRects = currentCompareLayout(session, display);
    drawCompareCaptions(session, display, compareRects);
    if (state.panels.compare) drawComparePlots(session, commands, compareRects);
    drawPopMarkers(session, *session.forcefulPlayer(), {{0.0f, 0.0f}, {0.5f * display.x, display.y}});
    drawPopMarkers(session, *session.controlledPlayer(), {{0.5f * display.x, 0.0f}, {0.5f * display.x, display.y}});
    // The pop explainer sits in the forceful half's top-left corner when a pop has happened
    // (or in a tab of the plots panel when the window has no room there).
    if (!compareRects.explainer.empty()) {
      if (beginPanel("Why the crack?", toRect(compareRects.explainer))) drawPopExplainer(session, *session.forcefulPlayer());
      ImGui::End();
    }
    if (state.panels.timeline) drawTimelinePanel(session, commands, toRect(compareRects.timeline));
    if (state.panels.help) drawHelpPanel(session, commands, centredHelpRect(display), true);
  } else {
    drawLeftColumn(session, commands, layout);
    drawDrawerTab("##left drawer", state.mode == AppMode::Guided ? "Coach" : "Panels", layout.leftTab, 1, session, commands);
    drawDrawerTab("##right drawer", "Gauges", layout.rightTab, 2, session, commands);
    if (!layout.right.empty()) drawGaugesPanel(session, commands, toRect(layout.right));
    drawPopMarkers(session, session.player(), {{0.0f, 0.0f}, display});
    if (state.panels.timeline && !layout.timeline.empty()) drawTimelinePanel(session, commands, toRect(layout.timeline));
    if (state.panels.help) drawHelpPanel(session, commands, layout.help.empty() ? centredHelpRect(display) : toRect(layout.help), layout.help.empty());
  }
  if (state.panels.sources) drawSourcesPanel(session, commands);
  if (state.panels.glossary) drawGlossaryPanel(session, commands);
}

}  // namespace spineview::app::ui
