#include "ui/main_ui.h"

#include "ui/about_panel.h"
#include "ui/education_panels.h"
#include "ui/help_panel.h"
#include "ui/shortcuts_panel.h"
#include "ui/labels_overlay.h"
#include "ui/legend.h"
#include "ui/notices_panel.h"
#include "ui/open_file_panel.h"
#include "ui/overlay_panel.h"
#include "ui/presenter_overlay.h"
#include "ui/theme.h"
#include "ui/tour.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

BoxF drawInterface(const Session& session, CommandQueue& commands, const FrameInfo& frame) {
  applyTheme(session.state().preferences, frame.contentScale);  // theme and UI scale
  setColourBlindSafe(session.state().preferences.colourBlindSafe);
  const WindowLayout layout = currentWindowLayout(session, ImVec2(frame.width, frame.height));
  drawLabels(session, frame.width, frame.height, layout);        // structure names (background layer)
  if (drawPresenterOverlay(session, commands, layout)) {         // presenter mode hides the other panels
    if (session.state().panels.help) drawHelpPanel(session, commands, centredHelpRect(ImVec2(frame.width, frame.height)), true);
    drawNotices(session, commands, layout);
    return layout.scene;
  }
  drawEducationPanels(session, commands, layout);                // menu bar and the panels of the mode
  drawLegend(session, frame.width, frame.height, layout);        // heat-map legend
  if (session.state().panels.stats) {
    OverlayState overlay;
    overlay.deviceName = frame.deviceName;
    overlay.modelName = session.model().displayName;
    overlay.frameMilliseconds = frame.frameMilliseconds;
    overlay.triangles = frame.triangles;
    overlay.drawCalls = frame.drawCalls;
    drawOverlayPanel(overlay);
  }
  drawOpenFilePanel(session, commands);                          // File > Open
  drawAboutPanel(session, commands);                             // Help > About
  drawShortcutsPanel(session, commands);                         // Help > Keyboard shortcuts
  drawNotices(session, commands, layout);                        // messages until dismissed
  drawTour(session, commands);                                   // first-run tour, on top
  return layout.scene;
}

}  // namespace spineview::app::ui
