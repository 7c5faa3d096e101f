// Shared look of the education panels: zone and gauge colours, panel placement and small
// text helpers. ImGui only; no session.
#pragma once

#include <string>

#include <imgui.h>

#include "biomech/artery_model.h"
#include "biomech/spine_motion.h"
#include "session/app_state.h"

namespace spineview::app::ui {

// Zone and gauge colours follow Preferences::colourBlindSafe (set each frame by drawInterface).
void setColourBlindSafe(bool safe);
ImVec4 zoneColour(biomech::Zone zone);
ImVec4 gaugeColour(biomech::StrainGauge gauge);
ImU32 toU32(const ImVec4& c);

inline const ImVec4 kForcefulColour{0.93f, 0.33f, 0.27f, 1.0f};
inline const ImVec4 kControlledColour{0.30f, 0.62f, 0.98f, 1.0f};
inline const ImVec4 kEmergencyColour{0.90f, 0.16f, 0.16f, 1.0f};
inline const ImVec4 kMutedText{0.72f, 0.75f, 0.80f, 1.0f};

struct Rect {
  ImVec2 pos{0, 0};
  ImVec2 size{0, 0};
};

// Below this the side panels would not fit; only the menu bar is drawn (tiny test renders).
inline constexpr float kMinimumPanelWidth = 560.0f;
inline constexpr float kMinimumPanelHeight = 360.0f;

// Places the next window at `rect` (fixed: the layout owns positions) and begins it.
bool beginPanel(const char* title, const Rect& rect, bool* open = nullptr, ImGuiWindowFlags extra = 0);

// Wrapped text in a colour.
void textWrappedColoured(const ImVec4& colour, const std::string& text);
// A horizontal bar filled to fraction (0..1+) in a colour, with a label drawn over it.
void fillBar(float fraction, const ImVec4& colour, const std::string& overlay, float width = -1.0f, float height = 0.0f);
// The one-line "educational, not diagnostic" note.
void educationalNote();

}  // namespace spineview::app::ui
