#include "ui/window_layout.h"

#include <algorithm>
#include <cmath>

namespace spineview::app::ui {
namespace {

constexpr float kGap = 4.0f;
constexpr float kMargin = 8.0f;
// The framed model is about as wide as this share of the scene's height (the whole model's
// bounding sphere fits the height; seen from any side the spine, ribs and shoulders stay
// inside this width).
constexpr float kModelWidthPerHeight = 0.75f;

BoxF box(float x0, float y0, float x1, float y1) { return {x0, y0, std::max(0.0f, x1 - x0), std::max(0.0f, y1 - y0)}; }


BoxF modelIn(const BoxF& scene) {
  const float w = std::min(scene.w, kModelWidthPerHeight * scene.h);
  return {scene.x + 0.5f * (scene.w - w), scene.y, w, scene.h};
}

// The legend: side by side at the top of a side margin beside the model, else stacked there.
void placeLegend(const WindowLayoutInput& in, WindowLayout& l) {
  if (in.legendWide.empty()) return;
  const float leftRoom = l.model.x - l.scene.x - 2.0f * kGap, rightRoom = l.scene.right() - l.model.right() - 2.0f * kGap;
  struct Candidate {
    BoxF size;
    bool stacked;
  };
  for (const Candidate c : {Candidate{in.legendWide, false}, Candidate{in.legendStacked, true}}) {
    if (c.size.h > l.scene.h - 2.0f * kGap) continue;
    if (c.size.w <= leftRoom) {
      l.legend = {l.scene.x + kGap, l.scene.y + kGap, c.size.w, c.size.h};
    } else if (c.size.w <= rightRoom) {
      l.legend = {l.scene.right() - kGap - c.size.w, l.scene.y + kGap, c.size.w, c.size.h};
    } else {
      continue;
    }
    l.legendStacked = c.stacked;
    return;
  }
}

}  // namespace

WindowLayout windowLayout(const WindowLayoutInput& in) {
  const float W = in.width, H = in.height, F = in.fontSize, top = in.menuBarHeight;
  WindowLayout l;
  const float windowArea = std::max(1.0f, W * H);

  if (in.mode == LayoutMode::Presenter) {
    // The caption at the bottom in large type that never takes more than a quarter of the
    // window; a small step indicator top right; the step list on the left when open.
    l.captionFont = std::clamp(std::min(in.presenterCaptionFont, H / 20.0f), std::min(13.0f, in.presenterCaptionFont), 200.0f);
    const float textW = std::max(F * 10.0f, W - 4.0f * kMargin);
    const float lines = std::max(1.0f, std::ceil(static_cast<float>(in.captionChars) * 0.52f * l.captionFont / textW));
    const float captionH = std::min(0.25f * H, lines * 1.25f * l.captionFont + 2.0f * kMargin);
    l.caption = box(kMargin, H - kMargin - captionH, W - kMargin, H - kMargin);
    const float indicatorH = F + 2.0f * kMargin, indicatorW = std::min(W * 0.5f, 30.0f * F);
    l.stepIndicator = box(W - kMargin - indicatorW, kMargin, W - kMargin, kMargin + indicatorH);
    float sceneX0 = 0.0f;
    if (in.stepListOpen) {
      const float listW = std::min(std::clamp(W * 0.22f, 14.0f * F, 22.0f * F), 0.3f * W);
      l.stepList = box(kMargin, l.stepIndicator.bottom() + kGap, kMargin + listW, l.caption.y - kGap);
      sceneX0 = l.stepList.right() + kGap;
    }
    l.scene = box(sceneX0, l.stepIndicator.bottom() + kGap, W, l.caption.y - kGap);
  } else {
    if (in.timelineOpen) {
      const float h = std::min(7.2f * F, std::max(3.4f * F, 0.22f * H));
      l.timeline = box(kGap, H - h - kGap, W - kGap, H - kGap);
    }
    const float bottom = in.timelineOpen ? l.timeline.y - kGap : H - kGap;
    const float columnTop = top + kGap;
    float columnW = std::clamp(W * 0.21f, 15.0f * F, 24.0f * F);
    const float tabW = 2.0f * F;
    const float sceneH = std::max(0.0f, bottom - columnTop);
    const float neededSceneW = kMinSceneShare * windowArea / std::max(1.0f, sceneH) + 3.0f * kGap;

    if (in.mode == LayoutMode::Compare) {
      // Compare mode places its own panels (compare_layout); the scene is both halves.
      l.scene = box(0.0f, top, W, bottom);
    } else {
      // Help docks on the right, as wide as it can be while the model keeps its share.
      const bool help = in.helpOpen;
      const bool rightWanted = in.rightWanted || help;
      auto sceneWidth = [&](bool left, bool right, bool leftTab, bool rightTab) {
        return W - (left ? columnW + kGap : 0.0f) - (right ? columnW + kGap : 0.0f) - (leftTab ? tabW + kGap : 0.0f) -
               (rightTab ? tabW + kGap : 0.0f) - 2.0f * kGap;
      };
      bool left = in.leftWanted, right = rightWanted, leftTab = false, rightTab = false;
      if (left && right && sceneWidth(true, true, false, false) < neededSceneW) {
        // Both columns do not fit: the one the user opened stays (in Guided mode the coach,
        // unless the user opened the gauges), the other becomes a tab.
        const bool keepLeft = (in.drawerOpen == Side::Left || (in.mode == LayoutMode::Guided && in.drawerOpen != Side::Right)) && !help;
        right = !keepLeft, rightTab = keepLeft;
        left = keepLeft, leftTab = !keepLeft;
      }
      if ((left || right) && sceneWidth(left, right, leftTab, rightTab) < neededSceneW) {
        // Even one column is too wide at this text size: narrower, down to 10 em
        // wide; below that it folds too unless the user opened it.
        columnW = std::max(10.0f * F, W - neededSceneW - tabW - 4.0f * kGap);
        const bool opened = (left && in.drawerOpen == Side::Left) || (right && (in.drawerOpen == Side::Right || help));
        if (sceneWidth(left, right, leftTab, rightTab) < neededSceneW && !opened) {
          leftTab = leftTab || left, rightTab = rightTab || right;
          left = right = false;
        }
      }
      l.columnWidth = columnW;
      float x0 = kGap, x1 = W - kGap;
      if (leftTab) l.leftTab = box(x0, columnTop, x0 + tabW, std::min(bottom, columnTop + 9.0f * F)), x0 += tabW + kGap;
      if (left) l.left = box(x0, columnTop, x0 + columnW, bottom), x0 += columnW + kGap;
      if (rightTab) l.rightTab = box(x1 - tabW, columnTop, x1, std::min(bottom, columnTop + 9.0f * F)), x1 -= tabW + kGap;
      if (right) {
        const float w = help ? std::clamp(x1 - x0 - neededSceneW, 10.0f * F, std::max(10.0f * F, std::min(40.0f * F, 0.45f * W))) : columnW;
        BoxF& column = help ? l.help : l.right;
        column = box(x1 - w, columnTop, x1, bottom);
        x1 -= w + kGap;
      }
      l.scene = box(x0, top + kGap, x1, bottom);
    }
  }
  l.model = in.mode == LayoutMode::Compare ? l.scene : modelIn(l.scene);
  if (in.mode != LayoutMode::Compare && in.mode != LayoutMode::Presenter) placeLegend(in, l);

  // Notices: at the bottom right of the scene, above the timeline or caption.
  if (in.noticeLines > 0) {
    const float w = std::min(30.0f * F, std::max(l.scene.w * 0.5f, std::min(l.scene.w, 18.0f * F)) - 2.0f * kGap);
    const float h = std::min(l.scene.h * 0.5f, static_cast<float>(in.noticeLines) * (F + 4.0f) + 3.0f * F);
    const float bottom = l.scene.bottom() - kGap;
    l.notices = box(l.scene.right() - kGap - w, bottom - h, l.scene.right() - kGap, bottom);
  }
  return l;
}

std::vector<NamedBox> placedPanels(const WindowLayout& layout) {
  std::vector<NamedBox> out;
  auto add = [&](const char* name, const BoxF& b) { addPlaced(out, name, b); };
  add("left column", layout.left);
  add("right column", layout.right);
  add("left tab", layout.leftTab);
  add("right tab", layout.rightTab);
  add("timeline", layout.timeline);
  add("legend", layout.legend);
  add("help", layout.help);
  add("caption", layout.caption);
  add("step indicator", layout.stepIndicator);
  add("step list", layout.stepList);
  return out;
}

}  // namespace spineview::app::ui
