#include "ui/guided_panel.h"

#include <imgui.h>

#include "education/coach.h"
#include "education/gauge_reading.h"
#include "ui/glossed_text.h"
#include "ui/gauges_panel.h"

namespace spineview::app::ui {

namespace {

ImFont* largeFont() {
  ImGuiIO& io = ImGui::GetIO();
  return io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : nullptr;
}

ImVec4 stepColour(education::CoachStep step) {
  switch (step) {
    case education::CoachStep::Move: return {0.55f, 0.80f, 1.0f, 1.0f};
    case education::CoachStep::Hold: return {0.45f, 0.85f, 0.50f, 1.0f};
    case education::CoachStep::Release: return {0.80f, 0.75f, 1.0f, 1.0f};
    case education::CoachStep::Rest: return kMutedText;
    case education::CoachStep::Finished: return {0.45f, 0.85f, 0.50f, 1.0f};
  }
  return kMutedText;
}

}  // namespace

void drawGuidedPanel(const Session& session, CommandQueue& commands, const Rect& rect) {
  const MotionPlayer& player = session.player();
  const auto& program = player.program();
  const auto coach = education::coachState(program, player.timeS());
  bool open = true;
  if (beginPanel("Exercise coach", rect, &open)) {
    ImGui::TextColored(kMutedText, "%s", program.displayName.c_str());
    ImGui::SameLine();
    ImGui::TextColored(kMutedText, "  %s", coach.repetitionText.c_str());
    ImFont* big = largeFont();
    if (big) ImGui::PushFont(big);
    ImGui::PushStyleColor(ImGuiCol_Text, stepColour(coach.step));
    ImGui::TextWrapped("%s", coach.headline.c_str());
    ImGui::PopStyleColor();
    if (big) ImGui::PopFont();
    glossedText(coach.instruction);
    // Countdown through the phase (a hold counts down to zero).
    fillBar(static_cast<float>(1.0 - coach.phaseFraction), stepColour(coach.step),
            coach.step == education::CoachStep::Finished ? "finished" : std::to_string(static_cast<int>(coach.secondsLeft + 0.999)) + " s");
    // Repetitions as dots.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float r = 5.0f;
    for (int i = 0; i < coach.repetitions; ++i) {
      const ImVec2 c{pos.x + r + 1.0f + static_cast<float>(i) * (2.0f * r + 4.0f), pos.y + r + 2.0f};
      const bool done = i + 1 < coach.repetition || coach.step == education::CoachStep::Finished;
      const bool current = i + 1 == coach.repetition;
      if (done) draw->AddCircleFilled(c, r, toU32(stepColour(education::CoachStep::Hold)));
      else draw->AddCircle(c, r, toU32(current ? ImVec4(1, 1, 1, 1) : kMutedText), 12, current ? 2.0f : 1.0f);
    }
    ImGui::Dummy({static_cast<float>(coach.repetitions) * (2.0f * r + 4.0f), 2.0f * r + 4.0f});
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.85f, 0.45f, 1.0f));
    ImGui::TextWrapped("%s", std::string(education::painFreeCue()).c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
    drawWholeNeckGauge(session, player.frame().state);
    // One line from every gauge on screen, so the words never say more than the gauges do.
    const auto status = education::coachStatus(education::readGauges(player.frame().state, session.biomech().data()));
    const ImVec4 toneColour = status.tone == education::Tone::Good      ? ImVec4(0.45f, 0.85f, 0.50f, 1.0f)
                              : status.tone == education::Tone::Caution ? ImVec4(1.0f, 0.85f, 0.45f, 1.0f)
                                                                        : kForcefulColour;
    textWrappedColoured(toneColour, status.text);
    ImGui::Spacing();
    if (!session.state().playback.playing && ImGui::Button(coach.step == education::CoachStep::Finished ? "Start again" : "Start")) {
      if (coach.step == education::CoachStep::Finished) commands.push("seek", {"0"});
      commands.push("play");
    }
    ImGui::Spacing();
    ImGui::TextColored(kMutedText, "Other exercises:");
    for (const auto& m : session.motions()) {
      if (m.category != biomech::MotionCategory::Exercise || m.id == program.id) continue;
      if (ImGui::SmallButton(m.displayName.c_str())) commands.push("exercise", {m.id});
    }
    ImGui::Spacing();
    educationalNote();
  }
  ImGui::End();
  if (!open) commands.push("panel", {"coach", "off"});
}

}  // namespace spineview::app::ui
