#include "ui/plot_widget.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace spineview::app::ui {

void fitRange(PlotSpec& spec, bool includeMarks) {
  float lo = 0.0f, hi = 0.0f;
  for (const auto& line : spec.lines)
    for (const auto& p : line.points) lo = std::min(lo, p.y), hi = std::max(hi, p.y);
  if (includeMarks)
    for (const auto& m : spec.marks) lo = std::min(lo, m.value), hi = std::max(hi, m.value);
  if (hi - lo < 1e-3f) hi = lo + 1.0f;
  const float margin = 0.08f * (hi - lo);
  spec.yMin = lo < 0.0f ? lo - margin : 0.0f;
  spec.yMax = hi + margin;
}

void drawPlot(const PlotSpec& spec, ImVec2 size, PlotTitle titlePlace) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetTextLineHeight();
  char label[64];
  std::snprintf(label, sizeof label, "%.0f", static_cast<double>(spec.yMax));
  const float axisW = ImGui::CalcTextSize("-0000").x + 4.0f;
  const bool titleAbove = titlePlace == PlotTitle::Above;
  const ImVec2 p0{origin.x + axisW, origin.y + (titleAbove ? line + 2.0f : 0.0f)};
  const ImVec2 p1{origin.x + size.x - 2.0f, origin.y + size.y - 2.0f};
  const float w = std::max(1.0f, p1.x - p0.x), h = std::max(1.0f, p1.y - p0.y);
  const double tStart = spec.timeStartS;
  const double tSpan = std::max(spec.timeEndS - tStart, 1e-3);
  const float yRange = std::max(1e-6f, spec.yMax - spec.yMin);
  auto X = [&](double t) { return p0.x + static_cast<float>((t - tStart) / tSpan) * w; };
  auto Y = [&](float v) { return p1.y - (std::clamp(v, spec.yMin, spec.yMax) - spec.yMin) / yRange * h; };

  const std::string title = spec.title + (spec.unit.empty() ? "" : " (" + spec.unit + ")");
  if (titleAbove) draw->AddText({origin.x, origin.y}, IM_COL32(230, 232, 236, 255), title.c_str());
  draw->AddRectFilled(p0, p1, IM_COL32(22, 25, 31, 220));

  // The legend (and, inside, the title first) flows in rows from the plot's top-left corner;
  // at most half the plot's height of rows, the rest goes to the tooltip. Mark labels keep
  // clear of it.
  struct Entry {
    const std::string* text;
    ImU32 colour;
    bool swatch;
    ImVec2 at;
  };
  std::vector<Entry> entries;
  if (!titleAbove) entries.push_back({&title, IM_COL32(230, 232, 236, 255), false, {}});
  for (const auto& l : spec.lines)
    if (!l.label.empty()) entries.push_back({&l.label, l.colour, true, {}});
  const int maxRows = std::max(1, static_cast<int>(0.5f * h / (line + 2.0f)));
  std::vector<ImVec2> legendBoxes;  // (min, max) pairs
  std::size_t legendShown = 0;
  {
    float x = p0.x + 3.0f, y = p0.y + 1.0f;
    int row = 0;
    for (auto& e : entries) {
      const float ew = ImGui::CalcTextSize(e.text->c_str()).x + (e.swatch ? 14.0f : 4.0f);
      if (x + ew > p1.x - 2.0f && x > p0.x + 3.0f) {
        if (++row >= maxRows) break;
        x = p0.x + 3.0f;
        y += line + 2.0f;
      }
      if (x + ew > p1.x - 2.0f) break;  // wider than the plot: tooltip only
      e.at = {x, y};
      legendBoxes.push_back({x - 2.0f, y});
      legendBoxes.push_back({x + ew, y + line});
      x += ew + 4.0f;
      ++legendShown;
    }
  }
  auto hitsLegend = [&](ImVec2 a, ImVec2 b) {
    for (std::size_t i = 0; i + 1 < legendBoxes.size(); i += 2)
      if (a.x < legendBoxes[i + 1].x && legendBoxes[i].x < b.x && a.y < legendBoxes[i + 1].y && legendBoxes[i].y < b.y) return true;
    return false;
  };
  draw->PushClipRect(p0, p1, true);
  for (const auto& band : spec.bands)
    draw->AddRectFilled({p0.x, Y(std::max(band.from, band.to))}, {p1.x, Y(std::min(band.from, band.to))}, band.colour);
  for (const auto& mark : spec.marks) {
    if (mark.value < spec.yMin || mark.value > spec.yMax) continue;
    const float y = Y(mark.value);
    for (float x = p0.x; x < p1.x; x += 6.0f) draw->AddLine({x, y}, {std::min(x + 3.0f, p1.x), y}, mark.colour, 1.0f);
    if (mark.label.empty()) continue;
    // Above its line, else below it, else only in the tooltip.
    const float tw = ImGui::CalcTextSize(mark.label.c_str()).x;
    for (float ty : {y - line, y + 1.0f}) {
      const ImVec2 a{p1.x - tw - 2.0f, ty}, b{p1.x - 2.0f, ty + line};
      if (ty < p0.y || ty + line > p1.y || hitsLegend(a, b)) continue;
      draw->AddText(a, mark.colour, mark.label.c_str());
      break;
    }
  }
  if (spec.yMin < 0.0f) draw->AddLine({p0.x, Y(0.0f)}, {p1.x, Y(0.0f)}, IM_COL32(120, 124, 132, 160));
  for (const auto& e : spec.events) {
    if (e.timeS < tStart || e.timeS > tStart + tSpan) continue;
    const float x = X(e.timeS);
    draw->AddLine({x, p0.y}, {x, p1.y}, e.colour, 1.0f);
    draw->AddTriangleFilled({x - 4.0f, p0.y}, {x + 4.0f, p0.y}, {x, p0.y + 6.0f}, e.colour);
  }
  for (const auto& l : spec.lines) {
    // Only the points in the window (plus one either side), at most about one per pixel column.
    auto first = std::lower_bound(l.points.begin(), l.points.end(), static_cast<float>(tStart),
                                  [](const ImVec2& p, float t) { return p.x < t; });
    auto last = std::upper_bound(first, l.points.end(), static_cast<float>(tStart + tSpan),
                                 [](float t, const ImVec2& p) { return t < p.x; });
    if (first != l.points.begin()) --first;
    if (last != l.points.end()) ++last;
    const std::size_t count = static_cast<std::size_t>(last - first);
    if (count < 2) continue;
    const std::size_t stride = std::max<std::size_t>(1, count / static_cast<std::size_t>(w));
    ImVec2 prev{X(first->x), Y(first->y)};
    for (std::size_t i = stride;; i += stride) {
      const ImVec2& p = *(first + static_cast<std::ptrdiff_t>(std::min(i, count - 1)));
      const ImVec2 next{X(p.x), Y(p.y)};
      if (!l.dashed || (i / stride) % 2 == 0) draw->AddLine(prev, next, l.colour, 1.6f);
      prev = next;
      if (i >= count - 1) break;
    }
  }
  const float cx = X(std::clamp(spec.cursorS, tStart, tStart + tSpan));
  draw->AddLine({cx, p0.y}, {cx, p1.y}, IM_COL32(255, 255, 255, 200), 1.0f);
  draw->PopClipRect();
  draw->AddRect(p0, p1, IM_COL32(90, 95, 105, 255));
  // y-axis labels: top, bottom and zero.
  auto yLabel = [&](float v) {
    std::snprintf(label, sizeof label, std::fabs(yRange) < 5.0f ? "%.1f" : "%.0f", static_cast<double>(v));
    const float tw = ImGui::CalcTextSize(label).x;
    draw->AddText({p0.x - tw - 3.0f, std::clamp(Y(v) - 0.5f * line, titleAbove ? origin.y + line : origin.y, p1.y - line)}, IM_COL32(180, 184, 192, 255), label);
  };
  yLabel(spec.yMax);
  yLabel(spec.yMin);
  if (spec.yMin < 0.0f && spec.yMax > 0.0f) yLabel(0.0f);
  // The legend on dark boxes so the curves do not hide it.
  for (std::size_t i = 0; i < legendShown; ++i) {
    const Entry& e = entries[i];
    const float tw = ImGui::CalcTextSize(e.text->c_str()).x;
    const float textX = e.swatch ? e.at.x + 10.0f : e.at.x;
    draw->AddRectFilled({e.at.x - 2.0f, e.at.y}, {textX + tw + 4.0f, e.at.y + line}, IM_COL32(10, 12, 16, 190));
    if (e.swatch) draw->AddLine({e.at.x, e.at.y + 0.55f * line}, {e.at.x + 8.0f, e.at.y + 0.55f * line}, e.colour, 3.0f);
    draw->AddText({textX, e.at.y}, e.colour, e.text->c_str());
  }
  ImGui::Dummy(size);
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(title.c_str());
    for (const auto& l : spec.lines)
      if (!l.label.empty()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(l.colour), "%s %s", l.dashed ? "- -" : "\xE2\x80\x94", l.label.c_str());
    for (const auto& m : spec.marks)
      if (!m.label.empty()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(m.colour), "%s: %.1f", m.label.c_str(), static_cast<double>(m.value));
    ImGui::EndTooltip();
  }
}

}  // namespace spineview::app::ui
