#include "ui/menu_bar.h"

#include <algorithm>
#include <tuple>
#include <vector>

#include <imgui.h>

#include "core/paths.h"
#include "lessons/lesson.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

namespace {

void panelItem(const char* label, const char* name, bool open, CommandQueue& commands, const char* shortcut = nullptr) {
  if (ImGui::MenuItem(label, shortcut, open)) commands.push("panel", {name, open ? "off" : "on"});
}

void modeItem(const char* label, const char* name, bool active, CommandQueue& commands) {
  if (ImGui::MenuItem(label, nullptr, active)) commands.push("mode", {name});
}

// GLFW_KEY_F1. ImGui 1.86's GLFW backend indexes io.KeysDown by GLFW key codes, so the UI can
// see F1 without including GLFW (the viewer's own shortcut table may map it as well: the
// command is idempotent).
constexpr int kF1KeyCode = 290;

}  // namespace

void drawMainMenuBar(const Session& session, CommandQueue& commands) {
  const AppState& state = session.state();
  if (ImGui::IsKeyPressed(kF1KeyCode, false)) commands.push("help", {"on"});
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::BeginMenu("Lessons")) {
      // Shipped lessons and the user's own (~/.local/share/spineview/lessons), read when opened.
      static std::vector<lessons::LessonEntry> catalogue;
      if (ImGui::IsWindowAppearing() || catalogue.empty()) catalogue = lessons::lessonCatalogue();
      bool user = false;
      for (const auto& lesson : catalogue) {
        if (lesson.userLesson && !user) {
          ImGui::Separator();
          ImGui::TextDisabled("Your lessons");
          user = true;
        }
        const bool open = state.presenter.lesson && state.presenter.lesson->file == lesson.file;
        if (ImGui::MenuItem(lesson.title.c_str(), nullptr, open)) commands.push("lesson-open", {lesson.file.string()});
      }
      if (catalogue.empty()) ImGui::TextDisabled("No lessons found");
      ImGui::Separator();
      ImGui::TextDisabled("Your own: %s", (core::dataDir() / "lessons").c_str());
      ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Open a model...")) commands.push("panel", {"open", "on"});
    if (ImGui::MenuItem("Show the built-in spine", nullptr, session.model().builtInSpine)) commands.push("open-builtin");
    ImGui::Separator();
    if (ImGui::MenuItem("Save a screenshot", "F12")) commands.push("screenshot");
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) commands.push("quit");
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    for (const auto& [label, view, key] : {std::tuple{"Front", "anterior", "1"}, std::tuple{"Back", "posterior", "2"},
                                           std::tuple{"Left side", "left", "3"}, std::tuple{"Right side", "right", "4"},
                                           std::tuple{"From above", "superior", "5"}})
      if (ImGui::MenuItem(label, key)) commands.push("view", {view});
    if (ImGui::MenuItem("Focus on the selection", "F", false, state.selection.partIndex.has_value())) commands.push("focus");
    if (ImGui::MenuItem("Whole model")) commands.push("frame", {"whole"});
    ImGui::Separator();
    if (ImGui::MenuItem("X-ray", "X", state.view.xray)) commands.push("xray", {state.view.xray ? "off" : "on"});
    if (ImGui::MenuItem("Names", "L", state.view.labels)) commands.push("labels", {state.view.labels ? "off" : "on"});
    ImGui::Separator();
    if (ImGui::MenuItem("Present the lesson", "F5", state.presenter.active)) commands.push("presenter");
    ImGui::Separator();
    panelItem("Layers, cuts and levels", "layers", state.panels.layers, commands);
    panelItem("Motion library", "library", state.panels.library, commands);
    panelItem("Timeline", "timeline", state.panels.timeline, commands);
    panelItem("Live gauges", "gauges", state.panels.gauges, commands);
    panelItem("Structure card", "structure", state.panels.structureCard, commands);
    panelItem("Comparison plots and verdict", "compare", state.panels.compare, commands);
    panelItem("Exercise coach", "coach", state.panels.coach, commands);
    panelItem("Sources", "sources", state.panels.sources, commands);
    panelItem("Frame statistics", "stats", state.panels.stats, commands);
    ImGui::Separator();
    if (ImGui::MenuItem("Larger text", "Ctrl+=")) commands.push("ui-scale", {"+"});
    if (ImGui::MenuItem("Smaller text", "Ctrl+-")) commands.push("ui-scale", {"-"});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Modes")) {
    modeItem("Explore", "explore", state.mode == AppMode::Explore, commands);
    modeItem("Compare forceful and controlled", "compare", state.mode == AppMode::Compare, commands);
    modeItem("Guided exercise", "guided", state.mode == AppMode::Guided, commands);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Motions")) {
    for (const auto& m : session.motions())
      if (ImGui::MenuItem(m.displayName.c_str(), nullptr, state.playback.motionId == m.id)) commands.push("motion", {m.id});
    ImGui::Separator();
    if (ImGui::MenuItem(state.playback.playing ? "Pause" : "Play", "Space")) commands.push("toggle-play");
    if (ImGui::MenuItem("Step forward", "Right")) commands.push("step", {"+1"});
    if (ImGui::MenuItem("Step back", "Left")) commands.push("step", {"-1"});
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("When to seek help", "F1")) commands.push("help", {"on"});
    panelItem("Glossary: what the words mean", "glossary", state.panels.glossary, commands);
    panelItem("Keyboard shortcuts", "shortcuts", state.panels.shortcuts, commands);
    if (ImGui::MenuItem("Show the tour again", "T")) commands.push("tour", {"on"});
    panelItem("Sources of every figure", "sources", state.panels.sources, commands);
    panelItem("About spineview", "about", state.panels.about, commands);
    ImGui::EndMenu();
  }
  // Always in sight: the way to the seek-help advice.
  ImGui::PushStyleColor(ImGuiCol_Text, kEmergencyColour);
  const float w = ImGui::CalcTextSize("When to seek help (F1)").x + 2.0f * ImGui::GetStyle().FramePadding.x;
  ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - w - 8.0f));
  if (ImGui::MenuItem("When to seek help (F1)")) commands.push("help", {"on"});
  ImGui::PopStyleColor();
  ImGui::EndMainMenuBar();
}

}  // namespace spineview::app::ui
