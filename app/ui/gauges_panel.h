// Live gauges of the motion on the timeline: range use (whole neck and per level, coloured by
// zone), facet gaps, artery strain per V-segment, foraminal narrowing with the exiting root,
// and the cavitation explainer with a marker on the joint that popped.
#pragma once

#include "session/session.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

void drawGaugesPanel(const Session& session, CommandQueue& commands, const Rect& rect);

// When a joint of `player` has popped at or before the current time: what happened, and the
// time until it can pop again. Returns false when nothing has popped yet.
bool drawPopExplainer(const Session& session, const MotionPlayer& player);

// Circles over the joints of `player` that popped and are still refractory, projected with
// the session camera into the screen rectangle `viewport` (the player's view).
void drawPopMarkers(const Session& session, const MotionPlayer& player, const Rect& viewport);

// Whole-neck range use as one zone-coloured bar with the zone bands under it; its zone word
// agrees with every gauge of `state`.
void drawWholeNeckGauge(const Session& session, const biomech::BiomechState& state);

}  // namespace spineview::app::ui
