#include "ui/presenter_overlay.h"

#include <algorithm>
#include <string>

#include <imgui.h>

#include "ui/compare_view.h"

namespace spineview::app::ui {
namespace {
constexpr ImGuiWindowFlags kBare = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;

ImFont* largeFont() {
  // The ImGui layer loads the regular font first and the large one second (render::UiFonts).
  const ImGuiIO& io = ImGui::GetIO();
  return io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : nullptr;
}

std::string firstWords(const std::string& text, std::size_t chars) {
  if (text.size() <= chars) return text;
  const std::size_t cut = text.rfind(' ', chars);
  return text.substr(0, cut == std::string::npos ? chars : cut) + "…";
}
}  // namespace

bool drawPresenterOverlay(const Session& session, CommandQueue& commands, const WindowLayout& layout) {
  const auto& presenter = session.state().presenter;
  if (!presenter.active) return false;

  std::string caption = "Presenter mode. Choose a lesson in File > Lessons; Esc leaves.";
  std::string indicator = "Presenter";
  const int steps = presenter.lesson ? static_cast<int>(presenter.lesson->steps.size()) : 0;
  if (presenter.lesson && presenter.step >= 1 && presenter.step <= steps) {
    caption = presenter.lesson->steps[static_cast<std::size_t>(presenter.step - 1)].caption;
    indicator = presenter.lesson->title + "  ·  " + std::to_string(presenter.step) + " / " + std::to_string(steps);
  }

  // Caption bar along the bottom edge in large type, sized to the window (window_layout).
  ImGui::SetNextWindowPos(ImVec2(layout.caption.x, layout.caption.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(layout.caption.w, layout.caption.h), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.78f);
  ImGui::Begin("##presenter_caption", nullptr, kBare);
  if (ImFont* large = largeFont()) {
    ImGui::PushFont(large);
    ImGui::SetWindowFontScale(layout.captionFont / std::max(1.0f, large->FontSize * ImGui::GetIO().FontGlobalScale));
  }
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(caption.c_str());
  ImGui::PopTextWrapPos();
  if (largeFont()) {
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
  }
  ImGui::End();

  // Step indicator, top right: the list of steps opens from it; PageDown/PageUp step.
  ImGui::SetNextWindowPos(ImVec2(layout.stepIndicator.right(), layout.stepIndicator.y), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowBgAlpha(0.35f);
  ImGui::Begin("##presenter_step", nullptr, kBare | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextDisabled("%s", indicator.c_str());
  if (presenter.lesson) {
    ImGui::SameLine();
    if (ImGui::SmallButton(session.state().panels.stepList ? "Hide steps" : "Steps")) commands.push("panel", {"steps", "toggle"});
    ImGui::SameLine();
    if (ImGui::SmallButton("<")) commands.push("lesson-step", {"prev"});
    ImGui::SameLine();
    if (ImGui::SmallButton(">")) commands.push("lesson-step", {"next"});
  }
  ImGui::End();

  // The step list: any number of steps, the current one highlighted; a click goes there.
  if (presenter.lesson && !layout.stepList.empty()) {
    ImGui::SetNextWindowBgAlpha(0.82f);
    if (beginPanel("Steps", toRect(layout.stepList))) {
      for (int i = 1; i <= steps; ++i) {
        const auto& step = presenter.lesson->steps[static_cast<std::size_t>(i - 1)];
        const std::string label = std::to_string(i) + ". " + firstWords(step.caption, 60);
        ImGui::PushID(i);
        if (ImGui::Selectable(label.c_str(), i == presenter.step)) commands.push("lesson-step", {std::to_string(i)});
        ImGui::PopID();
      }
    }
    ImGui::End();
  }
  return true;
}

}  // namespace spineview::app::ui
