#include "ui/presenter_overlay.h"

#include <imgui.h>

namespace spineview::app::ui {
namespace {
constexpr ImGuiWindowFlags kBare = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;

ImFont* largeFont() {
  // The ImGui layer loads the regular font first and the large one second (render::UiFonts).
  const ImGuiIO& io = ImGui::GetIO();
  return io.Fonts->Fonts.Size > 1 ? io.Fonts->Fonts[1] : nullptr;
}
}  // namespace

bool drawPresenterOverlay(const Session& session, CommandQueue& commands) {
  const auto& presenter = session.state().presenter;
  if (!presenter.active) return false;
  const ImGuiIO& io = ImGui::GetIO();
  const float margin = 12.0f * io.FontGlobalScale;

  std::string caption = "Presenter mode. Open a lesson with the command `lesson why_necks_crack`; Esc leaves.";
  std::string indicator = "Presenter";
  if (presenter.lesson && presenter.step >= 1 && presenter.step <= static_cast<int>(presenter.lesson->steps.size())) {
    caption = presenter.lesson->steps[static_cast<std::size_t>(presenter.step - 1)].caption;
    indicator = presenter.lesson->title + "  ·  " + std::to_string(presenter.step) + " / " +
                std::to_string(presenter.lesson->steps.size());
  }

  // Caption bar along the bottom edge, large type, wrapped to the screen width.
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - margin), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x - 2.0f * margin, 0.0f), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.78f);
  ImGui::Begin("##presenter_caption", nullptr, kBare | ImGuiWindowFlags_AlwaysAutoResize);
  if (ImFont* large = largeFont()) ImGui::PushFont(large);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(caption.c_str());
  ImGui::PopTextWrapPos();
  if (largeFont()) ImGui::PopFont();
  ImGui::End();

  // Step indicator: small, top right, half transparent; a click advances like a clicker.
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - margin, margin), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowBgAlpha(0.35f);
  ImGui::Begin("##presenter_step", nullptr, kBare | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::TextDisabled("%s", indicator.c_str());
  if (ImGui::IsWindowHovered() && ImGui::IsMouseClicked(ImGuiMouseButton_Left) && presenter.lesson)
    commands.push("lesson-step", {"next"});
  ImGui::End();
  return true;
}

}  // namespace spineview::app::ui
