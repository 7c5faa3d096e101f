#include "ui/labels_overlay.h"

#include <algorithm>

#include <imgui.h>

#include "scene/label_anchors.h"
#include "scene/label_layout.h"
#include "ui/compare_view.h"

namespace spineview::app::ui {

void drawLabels(const Session& session, float width, float height, const WindowLayout& layout) {
  auto anchors = look::sessionLabelAnchors(session, width, height);
  std::erase_if(anchors, [](const look::LabelAnchor& a) { return !a.visible; });
  if (anchors.empty()) return;
  const glm::vec2 padding{4.0f, 2.0f};
  // Each view lays out its own labels inside its own part of the target (split views), clear
  // of the menu bar at the top.
  const float top = ImGui::GetFrameHeight();
  // Compare mode: above the plots panel (its layout's scene bottom); elsewhere the whole view.
  float bottom = height;
  if (session.state().mode == AppMode::Compare && session.forcefulPlayer() && session.controlledPlayer() && width >= kMinimumPanelWidth &&
      height >= kMinimumPanelHeight)
    bottom = currentCompareLayout(session, ImVec2(width, height)).sceneBottom;
  (void)layout;
  const bool split = std::any_of(anchors.begin(), anchors.end(), [](const auto& a) { return a.viewIndex > 0; });
  std::vector<look::PlacedLabel> placed(anchors.size());
  for (std::uint32_t view = 0; view < (split ? 2u : 1u); ++view) {
    std::vector<look::LabelRequest> requests;
    std::vector<std::size_t> which;
    for (std::size_t i = 0; i < anchors.size(); ++i) {
      if (anchors[i].viewIndex != view || anchors[i].pixel.y >= bottom) continue;  // under a panel
      const ImVec2 text = ImGui::CalcTextSize(anchors[i].text.c_str());
      requests.push_back({anchors[i].pixel, glm::vec2(text.x, text.y) + 2.0f * padding, anchors[i].priority});
      which.push_back(i);
    }
    const float x0 = split ? 0.5f * width * static_cast<float>(view) : 0.0f;
    const float x1 = split ? x0 + 0.5f * width : width;
    const auto result = look::layoutLabels(requests, {{x0, top}, {x1, bottom}});
    for (std::size_t k = 0; k < which.size(); ++k) placed[which[k]] = result[k];
  }
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const bool highContrast = session.state().preferences.highContrast;
  const ImU32 box = highContrast ? IM_COL32(0, 0, 0, 235) : IM_COL32(18, 22, 28, 190);
  for (std::size_t i = 0; i < anchors.size(); ++i) {
    if (!placed[i].placed) continue;
    const auto& a = anchors[i];
    const auto& r = placed[i].rect;
    const ImU32 ink = a.alarm ? IM_COL32(255, 196, 80, 255) : (highContrast ? IM_COL32(255, 255, 255, 255) : IM_COL32(235, 235, 225, 255));
    // Leader from the anchor to the nearest point of the box.
    const glm::vec2 end = glm::clamp(a.pixel, r.min, r.max);
    draw->AddLine(ImVec2(a.pixel.x, a.pixel.y), ImVec2(end.x, end.y), ink, 1.0f);
    draw->AddCircleFilled(ImVec2(a.pixel.x, a.pixel.y), 2.5f, ink);
    draw->AddRectFilled(ImVec2(r.min.x, r.min.y), ImVec2(r.max.x, r.max.y), box, 3.0f);
    draw->AddText(ImVec2(r.min.x + padding.x, r.min.y + padding.y), ink, a.text.c_str());
  }
}

}  // namespace spineview::app::ui
