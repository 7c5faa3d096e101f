#include "ui/notices_panel.h"

#include <imgui.h>

#include "ui/ui_style.h"

namespace spineview::app::ui {

namespace {
constexpr double kInfoVisibleS = 6.0;  // warnings and errors stay until dismissed
constexpr std::size_t kMaxShown = 4;
}  // namespace

void drawNotices(const Session& session, CommandQueue& commands) {
  const auto& notices = session.notices();
  std::vector<const Notice*> shown;
  for (std::size_t i = notices.size(); i-- > session.noticesDismissed() && shown.size() < kMaxShown;) {
    const Notice& n = notices[i];
    if (n.kind == Notice::Kind::Info && session.clockS() - n.atS > kInfoVisibleS) continue;
    shown.push_back(&n);
  }
  if (shown.empty()) return;
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float width = std::min(520.0f * ImGui::GetIO().FontGlobalScale, display.x * 0.6f);
  ImGui::SetNextWindowPos(ImVec2(display.x - 12.0f, display.y - 12.0f), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, display.y * 0.5f));
  ImGui::SetNextWindowBgAlpha(0.92f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoNav;
  if (ImGui::Begin("##notices", nullptr, flags)) {
    for (const Notice* n : shown) {
      const ImVec4 colour = n->kind == Notice::Kind::Error     ? kEmergencyColour
                            : n->kind == Notice::Kind::Warning ? ImVec4(0.98f, 0.72f, 0.20f, 1.0f)
                                                               : kMutedText;
      const char* label = n->kind == Notice::Kind::Error ? "Problem: " : n->kind == Notice::Kind::Warning ? "Note: " : "";
      textWrappedColoured(colour, std::string(label) + n->text);
    }
    if (ImGui::SmallButton("Dismiss")) commands.push("dismiss-notices");
  }
  ImGui::End();
}

}  // namespace spineview::app::ui
