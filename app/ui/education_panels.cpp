#include "ui/education_panels.h"

#include <algorithm>

#include <imgui.h>

#include "ui/compare_view.h"
#include "ui/gauges_panel.h"
#include "ui/glossary_panel.h"
#include "ui/guided_panel.h"
#include "ui/help_panel.h"
#include "ui/library_panel.h"
#include "ui/menu_bar.h"
#include "ui/sources_panel.h"
#include "ui/structure_card.h"
#include "ui/timeline_panel.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

namespace {

void drawExploreColumns(const Session& session, CommandQueue& commands, const ScreenLayout& layout) {
  const PanelState& panels = session.state().panels;
  const bool card = panels.structureCard && session.state().selection.partIndex.has_value();
  Rect library = layout.left;
  if (card) library.size.y = layout.left.size.y * 0.45f;
  if (panels.library) drawLibraryPanel(session, commands, library);
  if (card) {
    Rect cardRect = layout.left;
    if (panels.library) {
      cardRect.pos.y += library.size.y + 4.0f;
      cardRect.size.y -= library.size.y + 4.0f;
    }
    drawStructureCard(session, commands, cardRect);
  }
}

}  // namespace

void drawEducationPanels(const Session& session, CommandQueue& commands) {
  const AppState& state = session.state();
  drawMainMenuBar(session, commands);
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  if (display.x < kMinimumPanelWidth || display.y < kMinimumPanelHeight) return;
  const bool compare = state.mode == AppMode::Compare && session.forcefulPlayer() && session.controlledPlayer();
  const ScreenLayout layout = screenLayout(display, compare ? AppMode::Compare : state.mode);

  if (compare) {
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
  } else {
    if (state.mode == AppMode::Guided) {
      if (state.panels.coach) drawGuidedPanel(session, commands, layout.left);
    } else {
      drawExploreColumns(session, commands, layout);
    }
    if (state.panels.gauges) drawGaugesPanel(session, commands, layout.right);
    drawPopMarkers(session, session.player(), {{0.0f, 0.0f}, display});
    if (state.panels.timeline) drawTimelinePanel(session, commands, layout.bottom);
  }
  if (state.panels.sources) drawSourcesPanel(session, commands);
  if (state.panels.glossary) drawGlossaryPanel(session, commands);
  if (state.panels.help) drawHelpPanel(session, commands);
}

}  // namespace spineview::app::ui
