#include "ui/compare_view.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

#include <imgui.h>

#include "biomech/cavitation.h"
#include "education/compare_plots.h"
#include "education/education_library.h"
#include "education/gauge_reading.h"
#include "education/verdict.h"
#include "ui/gauges_panel.h"
#include "ui/glossed_text.h"
#include "ui/legend.h"
#include "ui/plot_widget.h"

namespace spineview::app::ui {

namespace {

ImU32 withAlpha(const ImVec4& c, float a) { return toU32({c.x, c.y, c.z, a}); }

// `clock`: the forceful motion's samples are drawn at the timeline time they are shown at
// (slowed, session/compare_clock.h); null for the controlled motion, on its own time.
PlotLineData line(const PlotSeries& s, const CompareClock* clock, const std::function<float(const PlotSample&)>& value,
                  const ImVec4& colour, std::string label, bool dashed = false) {
  PlotLineData l;
  l.points.reserve(s.samples.size());
  for (const auto& sample : s.samples)
    l.points.push_back({static_cast<float>(clock ? clock->timelineOfForceful(sample.timeS) : sample.timeS), value(sample)});
  l.colour = toU32(colour);
  l.label = std::move(label);
  l.dashed = dashed;
  return l;
}

PlotSpec makeSpec(std::string title, std::string unit) {
  PlotSpec spec;
  spec.title = std::move(title);
  spec.unit = std::move(unit);
  return spec;
}

void addPopEvents(PlotSpec& spec, const PlotSeries& s, const ImVec4& colour, const CompareClock* clock = nullptr) {
  for (const auto& pop : s.pops) spec.events.push_back({clock ? clock->timelineOfForceful(pop.timeS) : pop.timeS, withAlpha(colour, 0.8f)});
}

education::VerdictThresholds thresholds(const Session& session) {
  const auto& speed = education::educationLibrary().speed;
  return education::verdictThresholds(session.biomech().data(), speed ? &*speed : nullptr);
}

void drawVerdict(const education::Verdict& v) {
  ImGui::TextColored(kForcefulColour, "%s", v.forceful.name.c_str());
  const auto bullets = [](const std::vector<std::string>& lines) {
    for (const auto& s : lines) {
      ImGui::Bullet();
      ImGui::BeginGroup();
      glossedText(s);
      ImGui::EndGroup();
    }
  };
  bullets(v.forcefulReached);
  ImGui::TextColored(kControlledColour, "%s", v.controlled.name.c_str());
  bullets(v.controlledReached);
  ImGui::Separator();
  if (!v.risks.empty()) {
    ImGui::TextColored(kForcefulColour, "What the forceful move risks");
    bullets(v.risks);
  }
  if (!v.achieves.empty()) {
    ImGui::TextColored(kControlledColour, "What the slow move does instead");
    bullets(v.achieves);
  }
  ImGui::Separator();
  glossedText(v.bottomLine);
  educationalNote();
}


struct ComparePlots {
  std::vector<PlotSpec> specs;
  double windowStart = 0.0, window = 1.0, tEnd = 1.0;
};

ComparePlots buildPlots(const Session& session, const MotionPlayer* forcefulPlayer, const MotionPlayer* controlledPlayer) {
  const PlotSeries& f = forcefulPlayer->series();
  const PlotSeries& c = controlledPlayer->series();
  const double tEnd = session.compareClock().timelineS;
  const CompareClock* clock = &session.compareClock();
  const double now = session.state().playback.timeS;
  const auto& data = session.biomech().data();
  std::vector<PlotSpec> specs;

  PlotSpec rotation = makeSpec("Head turn", "°");
  rotation.lines.push_back(line(f, clock, [](const PlotSample& s) { return static_cast<float>(s.headDeg.axialRotation); }, kForcefulColour, "forceful"));
  rotation.lines.push_back(line(c, nullptr, [](const PlotSample& s) { return static_cast<float>(s.headDeg.axialRotation); }, kControlledColour, "controlled"));
  fitRange(rotation, false);
  rotation.yMin = std::min(rotation.yMin, -rotation.yMax);
  rotation.yMax = std::max(rotation.yMax, -rotation.yMin);
  specs.push_back(std::move(rotation));

  PlotSpec speed = makeSpec("Head speed", "°/s");
  speed.lines.push_back(line(f, clock, [](const PlotSample& s) { return static_cast<float>(s.headSpeedDegS); }, kForcefulColour, ""));
  speed.lines.push_back(line(c, nullptr, [](const PlotSample& s) { return static_cast<float>(s.headSpeedDegS); }, kControlledColour, ""));
  if (const auto& sp = education::educationLibrary().speed) {
    speed.marks.push_back({static_cast<float>(sp->gentleMaxDegS), toU32(zoneColour(biomech::Zone::Comfortable)), "gentle"});
    speed.marks.push_back({static_cast<float>(sp->fastFromDegS), toU32(zoneColour(biomech::Zone::BeyondActive)), "fast"});
  }
  fitRange(speed, false);
  specs.push_back(std::move(speed));

  PlotSpec use = makeSpec("Most-used level", "% of range");
  use.lines.push_back(line(f, clock, [](const PlotSample& s) { return static_cast<float>(s.worstUsePercent); }, kForcefulColour, ""));
  use.lines.push_back(line(c, nullptr, [](const PlotSample& s) { return static_cast<float>(s.worstUsePercent); }, kControlledColour, ""));
  const float comfortable = static_cast<float>(data.zones.comfortableMaxPercent);
  const float endRange = static_cast<float>(data.zones.endRangeMaxPercent);
  const float passive = static_cast<float>(data.zones.passiveMaxPercent);
  use.bands = {{0.0f, comfortable, withAlpha(zoneColour(biomech::Zone::Comfortable), 0.16f)},
               {comfortable, endRange, withAlpha(zoneColour(biomech::Zone::EndRange), 0.18f)},
               {endRange, passive, withAlpha(zoneColour(biomech::Zone::BeyondActive), 0.22f)},
               {passive, 1000.0f, withAlpha(zoneColour(biomech::Zone::BeyondPhysiological), 0.25f)}};
  use.marks = {{comfortable, withAlpha(zoneColour(biomech::Zone::EndRange), 0.9f), ""},
               {endRange, withAlpha(zoneColour(biomech::Zone::BeyondActive), 0.9f), "active limit"}};
  use.yMin = 0.0f;
  use.yMax = std::max({passive * 1.05f, static_cast<float>(f.peakUsePercent) * 1.05f, static_cast<float>(c.peakUsePercent) * 1.05f});
  specs.push_back(std::move(use));

  PlotSpec facets = makeSpec("Facet gaps", "mm, + opens");
  for (const auto& [series, colour] : {std::pair{&f, kForcefulColour}, std::pair{&c, kControlledColour}}) {
    for (const auto& pick : education::topGappedFacets(*series, 2)) {
      const int seg = pick.segment, side = static_cast<int>(pick.side);
      std::string label = std::string(pick.side == anatomy::Side::Left ? "L " : "R ") + anatomy::segmentName(seg);
      facets.lines.push_back(line(*series, series == &f ? clock : nullptr, [seg, side](const PlotSample& s) { return s.facetChangeMm[seg][side]; }, colour, label, pick.side == anatomy::Side::Right));
    }
  }
  facets.marks.push_back({static_cast<float>(data.cavitation.region(2).gapThresholdMm), IM_COL32(255, 215, 80, 200), "pop gap"});
  fitRange(facets, true);
  specs.push_back(std::move(facets));

  PlotSpec artery = makeSpec("Neck artery stretch", "%");
  artery.lines.push_back(line(f, clock, [](const PlotSample& s) { return s.arteryPeakStrainPercent[0]; }, kForcefulColour, "left"));
  artery.lines.push_back(line(f, clock, [](const PlotSample& s) { return s.arteryPeakStrainPercent[1]; }, kForcefulColour, "right", true));
  artery.lines.push_back(line(c, nullptr, [](const PlotSample& s) { return s.arteryPeakStrainPercent[0]; }, kControlledColour, ""));
  artery.lines.push_back(line(c, nullptr, [](const PlotSample& s) { return s.arteryPeakStrainPercent[1]; }, kControlledColour, "", true));
  artery.marks.push_back({static_cast<float>(data.arteries.greenBelowPercent()), toU32(gaugeColour(biomech::StrainGauge::Amber)), "daily limit"});
  artery.marks.push_back({static_cast<float>(data.arteries.orangeFromPercent()), toU32(gaugeColour(biomech::StrainGauge::Orange)), ""});
  artery.marks.push_back({static_cast<float>(data.arteries.redFromPercent()), toU32(gaugeColour(biomech::StrainGauge::Red)), "torn in lab"});
  fitRange(artery, false);
  artery.yMax = std::max(artery.yMax, static_cast<float>(data.arteries.greenBelowPercent()) * 1.15f);
  specs.push_back(std::move(artery));

  // How fast the artery stretches: its own plot, never folded into the stretch.
  PlotSpec rate = makeSpec("Stretch speed", "%/s");
  rate.lines.push_back(line(f, clock, [](const PlotSample& s) { return std::max(s.arteryPeakRatePercentPerS[0], s.arteryPeakRatePercentPerS[1]); }, kForcefulColour, ""));
  rate.lines.push_back(line(c, nullptr, [](const PlotSample& s) { return std::max(s.arteryPeakRatePercentPerS[0], s.arteryPeakRatePercentPerS[1]); }, kControlledColour, ""));
  fitRange(rate, false);
  rate.yMin = 0.0f;
  specs.push_back(std::move(rate));

  PlotSpec exits = makeSpec("Nerve exit narrowed", "%");
  exits.lines.push_back(line(f, clock, [](const PlotSample& s) { return -s.worstForamenAreaChangePercent; }, kForcefulColour, ""));
  exits.lines.push_back(line(c, nullptr, [](const PlotSample& s) { return -s.worstForamenAreaChangePercent; }, kControlledColour, ""));
  exits.marks.push_back({static_cast<float>(data.foramina.everydayNarrowingBelowPercent), toU32(gaugeColour(biomech::StrainGauge::Amber)), "daily limit"});
  exits.marks.push_back({static_cast<float>(data.foramina.provocationNarrowingFromPercent), toU32(gaugeColour(biomech::StrainGauge::Orange)), ""});
  fitRange(exits, false);
  exits.yMin = 0.0f;
  exits.yMax = std::max(exits.yMax, static_cast<float>(data.foramina.provocationNarrowingFromPercent) * 1.1f);
  specs.push_back(std::move(exits));

  // One time base for all plots: a window that shows the short forceful motion whole and
  // follows the cursor through the longer one.
  // Both motions on the comparison's one time base, the whole of it in view.
  const double window = tEnd;
  const double windowStart = std::clamp(now - 0.35 * window, 0.0, std::max(0.0, tEnd - window));
  for (auto& spec : specs) {
    spec.timeStartS = windowStart;
    spec.timeEndS = windowStart + window;
    spec.cursorS = now;
    addPopEvents(spec, f, kForcefulColour, &session.compareClock());
    addPopEvents(spec, c, kControlledColour);
  }
  return {std::move(specs), windowStart, window, tEnd};
}

// Names of the plots on the small-window tabs (the plot itself shows the full title and unit).
constexpr const char* kPlotTabs[] = {"Turn", "Speed", "Range", "Joints", "Artery", "Stretch speed", "Nerves"};

void drawKey(const Session& session, const ComparePlots& plots, bool withLegend) {
  const MotionPlayer& forceful = *session.forcefulPlayer();
  const MotionPlayer& controlled = *session.controlledPlayer();
  textWrappedColoured(kForcefulColour, "\xE2\x96\xA0 " + forceful.program().displayName);
  textWrappedColoured(kControlledColour, "\xE2\x96\xA0 " + controlled.program().displayName);
  textWrappedColoured(kMutedText, "\xE2\x96\xBC pop   | now   - - right side");
  char window[96];
  std::snprintf(window, sizeof window, "Plots show %.1f–%.1f s of %.1f s", plots.windowStart, plots.windowStart + plots.window, plots.tEnd);
  textWrappedColoured(kMutedText, window);
  const auto popsF = education::popsUpTo(forceful.series(), forceful.timeS());
  const auto popsC = education::popsUpTo(controlled.series(), controlled.timeS());
  ImGui::TextWrapped("Pops so far: %d forceful, %d controlled", static_cast<int>(popsF.size()), static_cast<int>(popsC.size()));
  if (!popsF.empty()) ImGui::TextWrapped("Last: %s", biomech::facetJointName(popsF.back().segment, popsF.back().side).c_str());
  if (withLegend) {
    ImGui::Separator();
    drawLegendBars(session, ImGui::GetContentRegionAvail().x < 40.0f * ImGui::GetFontSize());
  }
}

void drawVerdictCard(const Session& session) {
  const MotionPlayer& forceful = *session.forcefulPlayer();
  const MotionPlayer& controlled = *session.controlledPlayer();
  const auto verdict = education::computeVerdict(education::summarize(forceful.series(), forceful.program().displayName),
                                                 education::summarize(controlled.series(), controlled.program().displayName),
                                                 thresholds(session));
  drawVerdict(verdict);
}

bool legendShown(const Session& session) {
  const LegendSizes sizes = legendSizes(session);
  return sizes.wide.x > 0.0f;
}

bool explainerWanted(const Session& session) {
  return !education::popsUpTo(session.forcefulPlayer()->series(), session.forcefulPlayer()->timeS()).empty();
}

// Large windows: seven plots and the key in a 4x2 grid, the verdict beside them (with the
// explainer and the legend as tabs there when the scene had no room for them).
void drawGrid(const Session& session, const ComparePlots& plots, const CompareLayout& layout) {
  const Rect rect = toRect(layout.plots);
  const bool explainerTab = explainerWanted(session) && layout.explainer.empty();
  const bool legendTab = legendShown(session) && layout.legend.empty();
  const float verdictW = std::max(ImGui::GetFontSize() * 20.0f, rect.size.x * 0.34f);
  const float plotsW = ImGui::GetContentRegionAvail().x - verdictW - 8.0f;
  const float plotsH = ImGui::GetContentRegionAvail().y;
  ImGui::BeginChild("plots", ImVec2(plotsW, plotsH), false, ImGuiWindowFlags_NoScrollbar);
  constexpr int kColumns = 4;
  const float cellW = (plotsW - 4.0f * (kColumns - 1)) / kColumns, cellH = (plotsH - 4.0f) / 2.0f;
  for (std::size_t i = 0; i < plots.specs.size(); ++i) {
    if (i % kColumns != 0) ImGui::SameLine(0.0f, 4.0f);
    drawPlot(plots.specs[i], ImVec2(cellW, cellH));
  }
  // Last cell: the key and the pops so far.
  ImGui::SameLine(0.0f, 4.0f);
  ImGui::BeginChild("key", ImVec2(cellW, cellH), false);
  drawKey(session, plots, false);
  ImGui::EndChild();
  ImGui::EndChild();

  ImGui::SameLine(0.0f, 8.0f);
  ImGui::BeginChild("verdict", ImVec2(verdictW, plotsH), true);
  if (!explainerTab && !legendTab) {
    ImGui::TextUnformatted("Verdict");
    ImGui::Separator();
    drawVerdictCard(session);
  } else if (ImGui::BeginTabBar("verdict tabs")) {
    if (ImGui::BeginTabItem("Verdict")) {
      drawVerdictCard(session);
      ImGui::EndTabItem();
    }
    if (explainerTab && ImGui::BeginTabItem("Why the crack?")) {
      drawPopExplainer(session, *session.forcefulPlayer());
      ImGui::EndTabItem();
    }
    if (legendTab && ImGui::BeginTabItem("Colours")) {
      drawLegendBars(session, true);
      ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
}

// A tab's page: scrolls when its text is taller than the strip.
template <typename Draw>
void tabPage(const char* label, Draw draw) {
  if (!ImGui::BeginTabItem(label)) return;
  ImGui::BeginChild("page", ImVec2(0.0f, 0.0f), false);
  draw();
  ImGui::EndChild();
  ImGui::EndTabItem();
}

// Small windows: one plot at a time under tabs; the verdict beside them when there is width
// for it, else one more tab; the key (with the legend) and the explainer are tabs too.
void drawTabs(const Session& session, CommandQueue& commands, const ComparePlots& plots, const CompareLayout& layout) {
  const bool verdictBeside = layout.arrangement == PlotArrangement::TabsVerdict;
  const float verdictW = verdictBeside ? std::max(ImGui::GetFontSize() * 16.0f, layout.plots.w * 0.34f) : 0.0f;
  const float tabsW = verdictBeside ? ImGui::GetContentRegionAvail().x - verdictW - 6.0f : 0.0f;
  const float h = ImGui::GetContentRegionAvail().y;
  ImGui::BeginChild("tabs", ImVec2(tabsW, h), false, ImGuiWindowFlags_NoScrollbar);
  if (ImGui::BeginTabBar("compare tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
    for (std::size_t i = 0; i < plots.specs.size() && i < std::size(kPlotTabs); ++i) {
      if (!ImGui::BeginTabItem(kPlotTabs[i])) continue;
      drawPlot(plots.specs[i], ImGui::GetContentRegionAvail(), PlotTitle::Inside);
      ImGui::EndTabItem();
    }
    tabPage("Key", [&] { drawKey(session, plots, layout.legend.empty() && legendShown(session)); });
    if (!verdictBeside) tabPage("Verdict", [&] { drawVerdictCard(session); });
    if (explainerWanted(session) && layout.explainer.empty())
      tabPage("Why the crack?", [&] { drawPopExplainer(session, *session.forcefulPlayer()); });
    if (ImGui::TabItemButton("\xC3\x97", ImGuiTabItemFlags_Trailing | ImGuiTabItemFlags_NoTooltip))  // ×
      commands.push("panel", {"compare", "off"});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close the plots (View menu: open them again)");
    ImGui::EndTabBar();
  }
  ImGui::EndChild();
  if (verdictBeside) {
    ImGui::SameLine(0.0f, 6.0f);
    ImGui::BeginChild("verdict", ImVec2(verdictW, h), true);
    ImGui::TextUnformatted("Verdict");
    ImGui::Separator();
    drawVerdictCard(session);
    ImGui::EndChild();
  }
}

// Caption texts from the longest to the shortest; the first that fits is drawn.
struct CaptionText {
  std::string title, shortTitle, detail, shortDetail, figures, level;
};

CaptionText captionText(const MotionPlayer& player, const education::GaugeReadings& readings) {
  const auto& frame = player.frame();
  CaptionText t;
  t.title = player.program().displayName;
  t.shortTitle = t.title.substr(0, t.title.find(" ("));
  const std::string segment = anatomy::segmentName(frame.state.use.worstSegment);
  const double percent = frame.state.use.levels[static_cast<std::size_t>(frame.state.use.worstSegment)].percent;
  const std::string zone = education::captionZoneWords(readings);
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, "head %.0f °/s   %s at %.0f %% (%s)", frame.headAngularSpeedDegS, segment.c_str(), percent, zone.c_str());
  t.detail = buffer;
  std::snprintf(buffer, sizeof buffer, "%.0f °/s   %s at %.0f %% (%s)", frame.headAngularSpeedDegS, segment.c_str(), percent, zone.c_str());
  t.shortDetail = buffer;
  std::snprintf(buffer, sizeof buffer, "%.0f °/s  %s %.0f %%", frame.headAngularSpeedDegS, segment.c_str(), percent);
  t.figures = buffer;
  std::snprintf(buffer, sizeof buffer, "%s %.0f %%", segment.c_str(), percent);
  t.level = buffer;
  return t;
}

std::string firstThatFits(std::initializer_list<std::string> options, float width) {
  for (const auto& o : options)
    if (ImGui::CalcTextSize(o.c_str()).x <= width) return o;
  return *(options.end() - 1);
}

}  // namespace

Rect toRect(const BoxF& box) { return {{box.x, box.y}, {box.w, box.h}}; }

CompareLayout currentCompareLayout(const Session& session, ImVec2 display) {
  CompareLayoutInput in;
  in.width = display.x;
  in.height = display.y;
  // From the font and the style rather than the current window: the first frame after a UI
  // scale change still has the old size in the fallback window.
  const ImGuiStyle& style = ImGui::GetStyle();
  in.fontSize = ImGui::GetIO().FontGlobalScale * ImGui::GetFont()->FontSize * ImGui::GetFont()->Scale;
  in.menuBarHeight = in.fontSize + 2.0f * style.FramePadding.y;
  in.lineHeight = in.fontSize + style.ItemSpacing.y;
  in.plotsOpen = session.state().panels.compare;
  in.timelineOpen = session.state().panels.timeline;
  in.explainerWanted = session.forcefulPlayer() && explainerWanted(session);
  const LegendSizes legend = legendSizes(session);
  in.legendWide = {0.0f, 0.0f, legend.wide.x, legend.wide.y};
  in.legendStacked = {0.0f, 0.0f, legend.stacked.x, legend.stacked.y};
  return compareLayout(in);
}

void drawCompareCaptions(const Session& session, ImVec2 display, const CompareLayout& layout) {
  const MotionPlayer* players[2] = {session.forcefulPlayer(), session.controlledPlayer()};
  if (!players[0] || !players[1]) return;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const ImVec4 colours[2] = {kForcefulColour, kControlledColour};
  const float lineH = ImGui::GetTextLineHeightWithSpacing();
  const float pad = 8.0f;
  for (int i = 0; i < 2; ++i) {
    const BoxF& slot = layout.captions[static_cast<std::size_t>(i)];
    if (slot.empty()) continue;
    const CaptionText t = captionText(*players[i], education::readGauges(players[i]->frame().state, session.biomech().data()));
    const float room = slot.w - 2.0f * pad;
    const ImU32 zone = toU32(zoneColour(players[i]->frame().state.use.worstZone));
    ImVec2 p0, p1;
    if (layout.captionLines == 2) {
      const std::string title = firstThatFits({t.title, t.shortTitle}, room);
      const std::string detail = firstThatFits({t.detail, t.shortDetail, t.figures}, room);
      // At the outer edge of each half, clear of the model in the middle of the half.
      const float w = std::min(slot.w, std::max(ImGui::CalcTextSize(title.c_str()).x, ImGui::CalcTextSize(detail.c_str()).x) + 2.0f * pad);
      const float cx = i == 0 ? slot.x + 0.5f * w : slot.right() - 0.5f * w;
      p0 = {cx - 0.5f * w, slot.y};
      p1 = {cx + 0.5f * w, slot.bottom()};
      draw->AddRectFilled(p0, p1, IM_COL32(15, 17, 22, 200), 4.0f);
      draw->AddRect(p0, p1, toU32(colours[i]), 4.0f, 0, 2.0f);
      draw->AddText({cx - 0.5f * ImGui::CalcTextSize(title.c_str()).x, p0.y + 3.0f}, toU32(colours[i]), title.c_str());
      draw->AddText({cx - 0.5f * ImGui::CalcTextSize(detail.c_str()).x, p0.y + 3.0f + lineH}, zone, detail.c_str());
    } else {
      // One line under the neck, centred in the half: the name in the motion's colour, then
      // the figures in the zone's colour.
      const std::string gap = "   ";
      std::string title = t.shortTitle, detail = t.figures;
      // The motion's name matters more than the figures (the plots carry those too).
      for (const auto& [a, b] : {std::pair{t.title, t.detail}, std::pair{t.shortTitle, t.detail}, std::pair{t.shortTitle, t.shortDetail},
                                 std::pair{t.shortTitle, t.figures}, std::pair{t.shortTitle, t.level}, std::pair{t.shortTitle, std::string{}},
                                 std::pair{std::string{}, t.figures}}) {
        if (ImGui::CalcTextSize((a + gap + b).c_str()).x <= room) {
          title = a;
          detail = b;
          break;
        }
      }
      const float titleW = title.empty() ? 0.0f : ImGui::CalcTextSize((detail.empty() ? title : title + gap).c_str()).x;
      const float w = std::min(slot.w, titleW + ImGui::CalcTextSize(detail.c_str()).x + 2.0f * pad);
      const float cx = slot.x + 0.5f * slot.w;
      p0 = {cx - 0.5f * w, slot.y};
      p1 = {cx + 0.5f * w, slot.bottom()};
      draw->AddRectFilled(p0, p1, IM_COL32(15, 17, 22, 200), 4.0f);
      draw->AddRect(p0, p1, toU32(colours[i]), 4.0f, 0, 2.0f);
      const float y = p0.y + 0.5f * (slot.h - ImGui::GetTextLineHeight());
      if (!title.empty()) draw->AddText({p0.x + pad, y}, toU32(colours[i]), title.c_str());
      draw->AddText({p0.x + pad + titleW, y}, zone, detail.c_str());
    }
    // Whatever the caption had to leave out is one hover away.
    if (ImGui::IsMouseHoveringRect(p0, p1, false) && !ImGui::IsAnyItemHovered())
      ImGui::SetTooltip("%s\n%s", t.title.c_str(), t.detail.c_str());
  }
  // The divider between the two views.
  draw->AddLine({0.5f * display.x, ImGui::GetFrameHeight()}, {0.5f * display.x, display.y}, IM_COL32(200, 200, 210, 120), 2.0f);
}

void drawComparePlots(const Session& session, CommandQueue& commands, const CompareLayout& layout) {
  const MotionPlayer* forcefulPlayer = session.forcefulPlayer();
  const MotionPlayer* controlledPlayer = session.controlledPlayer();
  if (!forcefulPlayer || !controlledPlayer || layout.plots.empty()) return;
  const ComparePlots plots = buildPlots(session, forcefulPlayer, controlledPlayer);
  if (layout.arrangement == PlotArrangement::Grid) {
    bool open = true;
    if (beginPanel("Forceful vs controlled: live plots and verdict", toRect(layout.plots), &open)) drawGrid(session, plots, layout);
    ImGui::End();
    if (!open) commands.push("panel", {"compare", "off"});
    return;
  }
  // Small windows: no title bar (the tabs say what is shown); a tight padding keeps the plot tall.
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4.0f, 4.0f));
  const bool shown = beginPanel("Forceful vs controlled: live plots and verdict", toRect(layout.plots), nullptr,
                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar();
  if (shown) drawTabs(session, commands, plots, layout);
  ImGui::End();
}

}  // namespace spineview::app::ui
