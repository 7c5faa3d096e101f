#include "ui/notices_panel.h"

#include <imgui.h>

#include "ui/ui_style.h"

namespace spineview::app::ui {

namespace {
constexpr double kInfoVisibleS = 6.0;  // warnings and errors stay until dismissed
constexpr std::size_t kMaxShown = 4;
}  // namespace

void drawNotices(const Session& session, CommandQueue& commands, const WindowLayout& layout) {
  const auto& notices = session.notices();
  std::vector<const Notice*> shown;
  for (std::size_t i = notices.size(); i-- > session.noticesDismissed() && shown.size() < kMaxShown;) {
    const Notice& n = notices[i];
    if (n.kind == Notice::Kind::Info && session.clockS() - n.atS > kInfoVisibleS) continue;
    shown.push_back(&n);
  }
  if (shown.empty()) return;
  // In the lower right of the model's area: clear of the timeline, the caption and the panels.
  const BoxF& place = layout.notices;
  if (place.empty()) return;
  ImGui::SetNextWindowPos(ImVec2(place.right(), place.bottom()), ImGuiCond_Always, ImVec2(1.0f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(place.w, 0.0f), ImVec2(place.w, place.h));
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
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Hide these messages");
  }
  ImGui::End();
}

}  // namespace spineview::app::ui
