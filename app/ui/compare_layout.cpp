#include "ui/compare_layout.h"

#include <algorithm>

namespace spineview::app::ui {

namespace {

constexpr float kGap = 4.0f;     // between panels
constexpr float kMargin = 8.0f;  // from the window's and the halves' edges

// The neck at the `mode compare` framing, as fractions of the window height from the centre of
// each half (x) and from the top (y); measured on renders of the built-in model at 1280x720
// and 640x400 (yaw 35°, pitch 12°). The skull reaches further right because of the yaw; on the
// left the upper zones include the level labels (C1, C3, ...) drawn beside the bones.
constexpr float kSkullLeft = 0.10f, kSkullRight = 0.17f, kSkullTop = 0.035f, kSkullBottom = 0.19f;
constexpr float kUpperNeckLeft = 0.09f, kUpperNeckRight = 0.06f, kUpperNeckBottom = 0.31f;
constexpr float kLowerNeckLeft = 0.03f, kLowerNeckRight = 0.04f, kNeckBottom = 0.41f;

// Below these the five plots side by side and the verdict column do not fit their text.
constexpr float kGridMinWidthEm = 70.0f;
constexpr float kVerdictBesideMinWidthEm = 56.0f;  // the tabs still fit beside the verdict
constexpr float kCompactStripMinEm = 4.5f;

BoxF box(float x0, float y0, float x1, float y1) { return {x0, y0, std::max(0.0f, x1 - x0), std::max(0.0f, y1 - y0)}; }

bool clearOfAll(const BoxF& b, const std::vector<BoxF>& others) {
  return std::none_of(others.begin(), others.end(), [&](const BoxF& o) { return overlaps(b, o); });
}

}  // namespace

bool overlaps(const BoxF& a, const BoxF& b) {
  if (a.empty() || b.empty()) return false;
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool inside(const BoxF& inner, const BoxF& outer) {
  return inner.x >= outer.x && inner.y >= outer.y && inner.right() <= outer.right() && inner.bottom() <= outer.bottom();
}

CompareLayout compareLayout(const CompareLayoutInput& in) {
  const float W = in.width, H = in.height, F = in.fontSize;
  const float top = in.menuBarHeight;
  CompareLayout l;

  // Per half: the skull (C0–C2 region), the upper column (C2–C4, wider: transverse processes
  // and arteries) and the lower column (C5–C7).
  for (int i = 0; i < 2; ++i) {
    const float halfX0 = i == 0 ? 0.0f : 0.5f * W, halfX1 = i == 0 ? 0.5f * W : W;
    const float cx = 0.5f * (halfX0 + halfX1);
    auto clampX = [&](float x) { return std::clamp(x, halfX0, halfX1); };
    auto zone = [&](int k) -> BoxF& { return l.neckZones[static_cast<std::size_t>(3 * i + k)]; };
    zone(0) = box(clampX(cx - kSkullLeft * H), kSkullTop * H, clampX(cx + kSkullRight * H), kSkullBottom * H);
    zone(1) = box(clampX(cx - kUpperNeckLeft * H), kSkullBottom * H, clampX(cx + kUpperNeckRight * H), kUpperNeckBottom * H);
    zone(2) = box(clampX(cx - kLowerNeckLeft * H), kUpperNeckBottom * H, clampX(cx + kLowerNeckRight * H), kNeckBottom * H);
  }
  const float neckBottom = kNeckBottom * H;

  float bottomLimit = H;
  if (in.timelineOpen) {
    const float h = std::min(H * 0.3f, F * 7.2f);
    l.timeline = {kGap, H - h - kGap, W - 2.0f * kGap, h};
    bottomLimit = l.timeline.y - kGap;
  }

  // Large windows: the strip of plots as tall as before, two-line captions at the outer edges.
  const float gridStripH = std::clamp(H * 0.36f, F * 12.0f, F * 22.0f);
  const bool grid = in.plotsOpen && W >= kGridMinWidthEm * F && bottomLimit - gridStripH >= neckBottom + kGap;
  float sceneBottom = bottomLimit;
  if (in.plotsOpen) {
    if (grid) {
      l.arrangement = PlotArrangement::Grid;
      l.plots = {kGap, bottomLimit - gridStripH, W - 2.0f * kGap, gridStripH};
    } else {
      l.arrangement = W >= kVerdictBesideMinWidthEm * F ? PlotArrangement::TabsVerdict : PlotArrangement::TabsOnly;
      // Directly under one line of captions under the neck, down to the timeline.
      float stripTop = neckBottom + kGap + (in.lineHeight + 4.0f) + kGap;
      stripTop = std::min(stripTop, bottomLimit - kCompactStripMinEm * F);
      l.plots = box(kGap, stripTop, W - kGap, bottomLimit);
    }
    sceneBottom = l.plots.y;
  }
  l.sceneBottom = sceneBottom;

  // Captions: two lines at the outer edges beside the neck when there is room, else one line
  // across the half under the neck.
  const float twoLineH = 2.0f * in.lineHeight + 6.0f;
  const float twoLineY = sceneBottom - 6.0f - twoLineH;
  if (grid || (!in.plotsOpen && twoLineY >= neckBottom)) {
    l.captionLines = 2;
    for (int i = 0; i < 2; ++i) {
      const BoxF& upper = l.neckZones[static_cast<std::size_t>(3 * i + 1)];
      const BoxF& lower = l.neckZones[static_cast<std::size_t>(3 * i + 2)];
      // Beside the neck where the caption's rows meet it, across the half below it.
      const bool besideUpper = twoLineY < upper.bottom(), besideLower = twoLineY < lower.bottom();
      if (i == 0) {
        float right = 0.5f * W - kMargin;
        if (besideLower) right = std::min(right, lower.x);
        if (besideUpper) right = std::min(right, upper.x);
        l.captions[0] = box(kMargin, twoLineY, right, twoLineY + twoLineH);
      } else {
        float left = 0.5f * W + kMargin;
        if (besideLower) left = std::max(left, lower.right());
        if (besideUpper) left = std::max(left, upper.right());
        l.captions[1] = box(left, twoLineY, W - kMargin, twoLineY + twoLineH);
      }
    }
  } else {
    l.captionLines = 1;
    const float h = in.lineHeight + 4.0f;
    const float y = sceneBottom - kGap - h;
    l.captions[0] = box(kMargin, y, 0.5f * W - kMargin, y + h);
    l.captions[1] = box(0.5f * W + kMargin, y, W - kMargin, y + h);
  }

  std::vector<BoxF> taken{l.neckZones.begin(), l.neckZones.end()};
  taken.push_back(l.captions[0]);
  taken.push_back(l.captions[1]);
  const BoxF scene = box(0.0f, top + kGap, W, sceneBottom - kGap);

  // The cavitation explainer: in the forceful half's top-left corner, left of the skull.
  if (in.explainerWanted) {
    const float right = std::min(kMargin + F * 17.0f, l.neckZones[0].x - kGap);
    const float bottom = std::min(top + kMargin + F * 13.0f, l.captions[0].y - kGap);
    const BoxF candidate = box(kMargin, top + kMargin, right, bottom);
    if (candidate.w >= F * 12.0f && candidate.h >= F * 4.0f && clearOfAll(candidate, taken) && inside(candidate, scene)) {
      l.explainer = candidate;
      taken.push_back(candidate);
    }
  }

  // The heat-map legend: where it was (side by side above the plots), else stacked in the
  // right half's top-right corner, else stacked over the divider; never over the neck.
  if (!in.legendWide.empty()) {
    const BoxF wide = in.legendWide, stacked = in.legendStacked;
    const BoxF candidates[3] = {
        {0.5f * (W - wide.w), sceneBottom - kGap - wide.h, wide.w, wide.h},
        {W - kMargin - stacked.w, top + kMargin, stacked.w, stacked.h},
        {0.5f * (W - stacked.w), top + kMargin, stacked.w, stacked.h},
    };
    for (int i = 0; i < 3; ++i) {
      if (clearOfAll(candidates[i], taken) && inside(candidates[i], scene)) {
        l.legend = candidates[i];
        l.legendStacked = i > 0;
        break;
      }
    }
  }
  return l;
}

std::vector<NamedBox> placedPanels(const CompareLayout& layout) {
  std::vector<NamedBox> out;
  auto add = [&](const char* name, const BoxF& b) { addPlaced(out, name, b); };
  add("forceful caption", layout.captions[0]);
  add("controlled caption", layout.captions[1]);
  add("explainer", layout.explainer);
  add("legend", layout.legend);
  add("plots", layout.plots);
  add("timeline", layout.timeline);
  return out;
}

}  // namespace spineview::app::ui
