#include "ui/timeline_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <imgui.h>

namespace spineview::app::ui {

namespace {

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return buffer;
}

bool comparing(const Session& s) {
  return s.state().mode == AppMode::Compare && s.forcefulPlayer() && s.controlledPlayer();
}

// Pop markers over the scrub slider just drawn.
void drawPopMarkers(const Session& session, double duration) {
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  auto mark = [&](const PlotSeries& series, const ImVec4& colour, bool forceful = false) {
    for (const auto& pop : series.pops) {
      const double at = forceful ? session.compareClock().timelineOfForceful(pop.timeS) : pop.timeS;
      const float x = min.x + static_cast<float>(at / std::max(duration, 1e-6)) * (max.x - min.x);
      draw->AddTriangleFilled({x - 5.0f, min.y - 1.0f}, {x + 5.0f, min.y - 1.0f}, {x, min.y + 7.0f}, toU32(colour));
    }
  };
  if (comparing(session)) {
    mark(session.forcefulPlayer()->series(), kForcefulColour, true);
    mark(session.controlledPlayer()->series(), kControlledColour);
  } else {
    mark(session.player().series(), ImVec4(1.0f, 0.85f, 0.3f, 1.0f));
  }
}

}  // namespace

double timelineDuration(const Session& session) {
  if (comparing(session))
    return session.compareClock().timelineS;
  return session.player().durationS();
}

void drawTimelinePanel(const Session& session, CommandQueue& commands, const Rect& rect) {
  const PlaybackState& playback = session.state().playback;
  const double duration = timelineDuration(session);
  if (beginPanel("Timeline", rect, nullptr, ImGuiWindowFlags_NoTitleBar)) {
    // Row 1: transport, speed.
    if (ImGui::Button(playback.playing ? "Pause" : "Play", ImVec2(ImGui::GetFontSize() * 4.0f, 0))) commands.push("toggle-play");
    ImGui::SameLine();
    if (ImGui::Button("\xE2\x97\x80")) commands.push("step", {"-1"});  // ◀
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("One frame (10 ms) back");
    ImGui::SameLine();
    if (ImGui::Button("\xE2\x96\xB6")) commands.push("step", {"+1"});  // ▶
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("One frame (10 ms) forward");
    ImGui::SameLine();
    bool loop = playback.loop;
    if (ImGui::Checkbox("Loop", &loop)) commands.push("loop", {loop ? "on" : "off"});
    ImGui::SameLine();
    ImGui::TextUnformatted("  Speed");
    for (double preset : {0.05, 0.25, 0.5, 1.0, 2.0}) {
      ImGui::SameLine();
      const bool active = std::abs(playback.speed - preset) < 1e-6;
      if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
      if (ImGui::SmallButton((number(preset) + "\xC3\x97").c_str())) commands.push("speed", {number(preset)});  // ×
      if (active) ImGui::PopStyleColor();
    }
    ImGui::SameLine();
    float speed = static_cast<float>(playback.speed);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
    if (ImGui::SliderFloat("##speed", &speed, 0.05f, 2.0f, "%.2f\xC3\x97", ImGuiSliderFlags_Logarithmic))
      commands.push("speed", {number(std::clamp(static_cast<double>(speed), 0.05, 2.0))});

    // Row 2: the scrub bar with pop markers.
    float t = static_cast<float>(playback.timeS);
    ImGui::SetNextItemWidth(-1.0f);
    // The clock lives in the scrub bar, which is as wide as the panel at every window size.
    char clock[64];
    std::snprintf(clock, sizeof(clock), "%%.2f s / %.2f s", duration);
    if (ImGui::SliderFloat("##scrub", &t, 0.0f, static_cast<float>(std::max(duration, 1e-3)), clock))
      commands.push("seek", {number(static_cast<double>(t))});
    drawPopMarkers(session, duration);

    // Row 3: what the program says now.
    if (comparing(session)) {
      // What each half shows now, with its true time: the twist is slowed to be seen.
      const auto& clock = session.compareClock();
      const MotionPlayer& forceful = *session.forcefulPlayer();
      const MotionPlayer& controlled = *session.controlledPlayer();
      if (clock.slowFactor > 1)
        ImGui::TextColored(kForcefulColour, "Left, %d\xC3\x97 slower (true time %.2f of %.2f s): %s", clock.slowFactor, forceful.timeS(),
                           forceful.durationS(), forceful.atEnd() ? "Finished." : forceful.instruction().c_str());
      else
        ImGui::TextColored(kForcefulColour, "Left (true time %.2f of %.2f s): %s", forceful.timeS(), forceful.durationS(),
                           forceful.atEnd() ? "Finished." : forceful.instruction().c_str());
      ImGui::TextColored(kControlledColour, "Right (true time %.1f s): %s", controlled.timeS(), controlled.instruction().c_str());
    } else {
      ImGui::Text("%s: %s", session.player().program().displayName.c_str(), session.player().instruction().c_str());
    }
  }
  ImGui::End();
}

}  // namespace spineview::app::ui
