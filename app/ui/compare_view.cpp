#include "ui/compare_view.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>

#include <imgui.h>

#include "biomech/cavitation.h"
#include "education/compare_plots.h"
#include "education/education_library.h"
#include "education/verdict.h"
#include "ui/plot_widget.h"

namespace spineview::app::ui {

namespace {

ImU32 withAlpha(const ImVec4& c, float a) { return toU32({c.x, c.y, c.z, a}); }

PlotLineData line(const PlotSeries& s, const std::function<float(const PlotSample&)>& value, const ImVec4& colour,
                  std::string label, bool dashed = false) {
  PlotLineData l;
  l.points.reserve(s.samples.size());
  for (const auto& sample : s.samples) l.points.push_back({static_cast<float>(sample.timeS), value(sample)});
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

void addPopEvents(PlotSpec& spec, const PlotSeries& s, const ImVec4& colour) {
  for (const auto& pop : s.pops) spec.events.push_back({pop.timeS, withAlpha(colour, 0.8f)});
}

education::VerdictThresholds thresholds(const Session& session) {
  education::VerdictThresholds t;
  t.zones = session.biomech().data().zones;
  t.arteryGreenBelowPercent = session.biomech().data().arteries.greenBelowPercent;
  t.arteryRedFromPercent = session.biomech().data().arteries.redFromPercent;
  if (const auto& speed = education::educationLibrary().speed) t.speed = *speed;
  return t;
}

void drawVerdict(const education::Verdict& v) {
  ImGui::TextColored(kForcefulColour, "%s", v.forceful.name.c_str());
  for (const auto& s : v.forcefulReached) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", s.c_str());
  }
  ImGui::TextColored(kControlledColour, "%s", v.controlled.name.c_str());
  for (const auto& s : v.controlledReached) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", s.c_str());
  }
  ImGui::Separator();
  if (!v.risks.empty()) {
    ImGui::TextColored(kForcefulColour, "What the forceful motion risks");
    for (const auto& s : v.risks) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", s.c_str());
    }
  }
  if (!v.achieves.empty()) {
    ImGui::TextColored(kControlledColour, "What the controlled motion does instead");
    for (const auto& s : v.achieves) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", s.c_str());
    }
  }
  ImGui::Separator();
  ImGui::TextWrapped("%s", v.bottomLine.c_str());
  educationalNote();
}

}  // namespace

void drawCompareCaptions(const Session& session, ImVec2 display, float top, float bottom) {
  const MotionPlayer* players[2] = {session.forcefulPlayer(), session.controlledPlayer()};
  if (!players[0] || !players[1]) return;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const ImVec4 colours[2] = {kForcefulColour, kControlledColour};
  const float lineH = ImGui::GetTextLineHeightWithSpacing();
  for (int i = 0; i < 2; ++i) {
    const auto& frame = players[i]->frame();
    const std::string title = players[i]->program().displayName;
    char detail[160];
    std::snprintf(detail, sizeof detail, "head %.0f °/s   %s at %.0f %% (%s)", frame.headAngularSpeedDegS,
                  anatomy::segmentName(frame.state.use.worstSegment).c_str(),
                  frame.state.use.levels[frame.state.use.worstSegment].percent,
                  std::string(biomech::zoneName(frame.state.use.worstZone)).c_str());
    // At the outer edge of each half, clear of the model in the middle of the half.
    const float w = std::max(ImGui::CalcTextSize(title.c_str()).x, ImGui::CalcTextSize(detail).x) + 16.0f;
    const float cx = i == 0 ? 8.0f + 0.5f * w : display.x - 8.0f - 0.5f * w;
    const ImVec2 p0{cx - 0.5f * w, bottom - 6.0f - (2.0f * lineH + 6.0f)};
    const ImVec2 p1{cx + 0.5f * w, bottom - 6.0f};
    draw->AddRectFilled(p0, p1, IM_COL32(15, 17, 22, 200), 4.0f);
    draw->AddRect(p0, p1, toU32(colours[i]), 4.0f, 0, 2.0f);
    draw->AddText({cx - 0.5f * ImGui::CalcTextSize(title.c_str()).x, p0.y + 3.0f}, toU32(colours[i]), title.c_str());
    draw->AddText({cx - 0.5f * ImGui::CalcTextSize(detail).x, p0.y + 3.0f + lineH}, toU32(zoneColour(frame.state.use.worstZone)), detail);
  }
  // The divider between the two views.
  draw->AddLine({0.5f * display.x, top}, {0.5f * display.x, display.y}, IM_COL32(200, 200, 210, 120), 2.0f);
}

void drawComparePlots(const Session& session, CommandQueue& commands, const Rect& rect) {
  const MotionPlayer* forcefulPlayer = session.forcefulPlayer();
  const MotionPlayer* controlledPlayer = session.controlledPlayer();
  if (!forcefulPlayer || !controlledPlayer) return;
  const PlotSeries& f = forcefulPlayer->series();
  const PlotSeries& c = controlledPlayer->series();
  const double tEnd = std::max(forcefulPlayer->durationS(), controlledPlayer->durationS());
  const double now = session.state().playback.timeS;
  const auto& data = session.biomech().data();

  bool open = true;
  if (beginPanel("Forceful vs controlled: live plots and verdict", rect, &open)) {
    const float verdictW = std::max(ImGui::GetFontSize() * 20.0f, rect.size.x * 0.34f);
    const float plotsW = ImGui::GetContentRegionAvail().x - verdictW - 8.0f;
    const float plotsH = ImGui::GetContentRegionAvail().y;
    ImGui::BeginChild("plots", ImVec2(plotsW, plotsH), false, ImGuiWindowFlags_NoScrollbar);
    const float cellW = (plotsW - 8.0f) / 3.0f, cellH = (plotsH - 4.0f) / 2.0f;
    std::vector<PlotSpec> specs;

    PlotSpec rotation = makeSpec("Head rotation", "°");
    rotation.lines.push_back(line(f, [](const PlotSample& s) { return static_cast<float>(s.headDeg.axialRotation); }, kForcefulColour, "forceful"));
    rotation.lines.push_back(line(c, [](const PlotSample& s) { return static_cast<float>(s.headDeg.axialRotation); }, kControlledColour, "controlled"));
    fitRange(rotation, false);
    rotation.yMin = std::min(rotation.yMin, -rotation.yMax);
    rotation.yMax = std::max(rotation.yMax, -rotation.yMin);
    specs.push_back(std::move(rotation));

    PlotSpec speed = makeSpec("Head speed", "°/s");
    speed.lines.push_back(line(f, [](const PlotSample& s) { return static_cast<float>(s.headSpeedDegS); }, kForcefulColour, ""));
    speed.lines.push_back(line(c, [](const PlotSample& s) { return static_cast<float>(s.headSpeedDegS); }, kControlledColour, ""));
    if (const auto& sp = education::educationLibrary().speed) {
      speed.marks.push_back({static_cast<float>(sp->gentleMaxDegS), toU32(zoneColour(biomech::Zone::Comfortable)), "gentle"});
      speed.marks.push_back({static_cast<float>(sp->fastFromDegS), toU32(zoneColour(biomech::Zone::BeyondActive)), "fast"});
    }
    fitRange(speed, false);
    specs.push_back(std::move(speed));

    PlotSpec use = makeSpec("Most-used level", "% of range");
    use.lines.push_back(line(f, [](const PlotSample& s) { return static_cast<float>(s.worstUsePercent); }, kForcefulColour, ""));
    use.lines.push_back(line(c, [](const PlotSample& s) { return static_cast<float>(s.worstUsePercent); }, kControlledColour, ""));
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
        facets.lines.push_back(line(*series, [seg, side](const PlotSample& s) { return s.facetChangeMm[seg][side]; }, colour, label, pick.side == anatomy::Side::Right));
      }
    }
    facets.marks.push_back({static_cast<float>(data.cavitation.gapThresholdMm), IM_COL32(255, 215, 80, 200), "pop gap"});
    fitRange(facets, true);
    specs.push_back(std::move(facets));

    PlotSpec artery = makeSpec("Artery stretch", "%");
    artery.lines.push_back(line(f, [](const PlotSample& s) { return s.arteryPeakStrainPercent[0]; }, kForcefulColour, "left"));
    artery.lines.push_back(line(f, [](const PlotSample& s) { return s.arteryPeakStrainPercent[1]; }, kForcefulColour, "right", true));
    artery.lines.push_back(line(c, [](const PlotSample& s) { return s.arteryPeakStrainPercent[0]; }, kControlledColour, ""));
    artery.lines.push_back(line(c, [](const PlotSample& s) { return s.arteryPeakStrainPercent[1]; }, kControlledColour, "", true));
    artery.marks.push_back({static_cast<float>(data.arteries.greenBelowPercent), toU32(gaugeColour(biomech::StrainGauge::Amber)), "amber"});
    artery.marks.push_back({static_cast<float>(data.arteries.redFromPercent), toU32(gaugeColour(biomech::StrainGauge::Red)), "failure seen in lab"});
    fitRange(artery, false);
    artery.yMax = std::max(artery.yMax, static_cast<float>(data.arteries.greenBelowPercent) * 1.15f);
    specs.push_back(std::move(artery));

    // One time base for all plots: a window that shows the short forceful motion whole and
    // follows the cursor through the longer one.
    const double shorter = std::min(forcefulPlayer->durationS(), controlledPlayer->durationS());
    const double window = std::min(tEnd, std::max(4.0, 3.0 * shorter));
    const double windowStart = std::clamp(now - 0.35 * window, 0.0, std::max(0.0, tEnd - window));
    for (auto& spec : specs) {
      spec.timeStartS = windowStart;
      spec.timeEndS = windowStart + window;
      spec.cursorS = now;
      addPopEvents(spec, f, kForcefulColour);
      addPopEvents(spec, c, kControlledColour);
    }
    for (std::size_t i = 0; i < specs.size(); ++i) {
      if (i % 3 != 0) ImGui::SameLine(0.0f, 4.0f);
      drawPlot(specs[i], ImVec2(cellW, cellH));
    }
    // Sixth cell: the key and the pops so far.
    ImGui::SameLine(0.0f, 4.0f);
    ImGui::BeginGroup();
    ImGui::TextColored(kForcefulColour, "\xE2\x96\xA0 %s", forcefulPlayer->program().displayName.c_str());
    ImGui::TextColored(kControlledColour, "\xE2\x96\xA0 %s", controlledPlayer->program().displayName.c_str());
    ImGui::TextColored(kMutedText, "\xE2\x96\xBC pop (cavitation)   | now   - - right side");
    ImGui::TextColored(kMutedText, "Plots show %.1f–%.1f s of %.1f s", windowStart, windowStart + window, tEnd);
    const auto popsF = education::popsUpTo(f, now);
    const auto popsC = education::popsUpTo(c, now);
    ImGui::Text("Pops so far: %d forceful, %d controlled", static_cast<int>(popsF.size()), static_cast<int>(popsC.size()));
    if (!popsF.empty()) ImGui::TextWrapped("Last: %s", biomech::facetJointName(popsF.back().segment, popsF.back().side).c_str());
    ImGui::EndGroup();
    ImGui::EndChild();

    ImGui::SameLine(0.0f, 8.0f);
    ImGui::BeginChild("verdict", ImVec2(verdictW, plotsH), true);
    ImGui::TextUnformatted("Verdict");
    ImGui::Separator();
    const auto verdict = education::computeVerdict(education::summarize(f, forcefulPlayer->program().displayName),
                                                   education::summarize(c, controlledPlayer->program().displayName),
                                                   thresholds(session));
    drawVerdict(verdict);
    ImGui::EndChild();
  }
  ImGui::End();
  if (!open) commands.push("panel", {"compare", "off"});
}

}  // namespace spineview::app::ui
