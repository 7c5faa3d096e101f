#include "ui/main_ui.h"

#include "ui/about_panel.h"
#include "ui/education_panels.h"
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

void drawInterface(const Session& session, CommandQueue& commands, const FrameInfo& frame) {
  applyTheme(session.state().preferences);                       // theme and UI scale
  setColourBlindSafe(session.state().preferences.colourBlindSafe);
  drawLabels(session, frame.width, frame.height);                // structure names (background layer)
  if (drawPresenterOverlay(session, commands)) {                 // presenter mode hides the other panels
    drawNotices(session, commands);
    return;
  }
  drawEducationPanels(session, commands);                        // menu bar and the panels of the mode
  drawLegend(session, frame.width, frame.height);                // heat-map legend
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
  drawNotices(session, commands);                                // messages until dismissed
  drawTour(session, commands);                                   // first-run tour, on top
}

}  // namespace spineview::app::ui
