#include "ui/gauges_panel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include <glm/glm.hpp>
#include <imgui.h>

#include "scene/session_scene.h"

#include "biomech/cavitation.h"
#include "biomech/foramen_model.h"
#include "education/compare_plots.h"
#include "education/gauge_reading.h"
#include "education/plain_words.h"
#include "education/pop_explainer.h"
#include "ui/glossed_text.h"

namespace spineview::app::ui {

namespace {

std::string format(const char* fmt, double v) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, fmt, v);
  return buffer;
}

// Where a world point is drawn in the view whose viewport starts at `viewport` (the left or
// right half in Compare mode, the whole window otherwise), with the frame's own projection.
std::optional<ImVec2> projectToScreen(const Session& session, const glm::vec3& world, const Rect& viewport) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const auto poses = look::sessionViewPoses(session);
  const std::size_t index = poses.size() > 1 && viewport.pos.x > 0.25f * display.x ? 1 : 0;
  const auto projection = look::viewProjection(session, poses[index], display.x, display.y);
  glm::vec2 pixel;
  if (!look::projectToPixel(projection, world, pixel)) return std::nullopt;
  const glm::vec2 slack = 0.1f * projection.size;
  if (pixel.x < projection.origin.x - slack.x || pixel.y < projection.origin.y - slack.y ||
      pixel.x > projection.origin.x + projection.size.x + slack.x || pixel.y > projection.origin.y + projection.size.y + slack.y)
    return std::nullopt;
  return ImVec2(pixel.x, pixel.y);
}

// Plain names of the three ways a level moves.
const char* moveName(biomech::Axis axis) {
  switch (axis) {
    case biomech::Axis::FlexionExtension: return "bend";
    case biomech::Axis::LateralBend: return "side bend";
    case biomech::Axis::AxialRotation: return "turn";
  }
  return "";
}

// Bars run to the hard stop (the end of the passive zone).
void drawLevelBars(const biomech::RangeUse& use, double scaleMaxPercent) {
  for (int seg = 0; seg < anatomy::kSegmentCount; ++seg) {
    const auto& level = use.levels[static_cast<std::size_t>(seg)];
    const std::string text = anatomy::segmentName(seg) + "  " + format("%.0f %%", level.percent) + "  " + moveName(level.worstAxis);
    fillBar(static_cast<float>(level.percent / scaleMaxPercent), zoneColour(level.zone), text);
  }
}

// Nerve exits: everyday, narrowed past everyday, or as narrow as a provocation test.
ImVec4 exitColour(double areaChangePercent, const biomech::ForamenParams& p) {
  const double narrowing = -areaChangePercent;
  if (narrowing >= p.provocationNarrowingFromPercent) return gaugeColour(biomech::StrainGauge::Orange);
  if (narrowing >= p.everydayNarrowingBelowPercent) return gaugeColour(biomech::StrainGauge::Amber);
  return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

// The artery bands in words, with their sources on hover.
void arteryBandKey(const biomech::ArteryParams& p) {
  for (const auto& band : p.bands) {
    const ImVec4 c = gaugeColour(band.gauge);
    ImGui::TextColored(c, "\xE2\x96\xA0");  // ■
    ImGui::SameLine();
    const std::string edge = band.gauge == biomech::StrainGauge::Green ? "below " + format("%.0f %%", p.greenBelowPercent())
                                                                       : "from " + format("%.0f %%", band.fromPercent);
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
    ImGui::TextWrapped("%s: %s", edge.c_str(), band.meaning.c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Source [%s]: %s\n\n%s", band.tag.c_str(), band.source.c_str(), p.caution.c_str());
  }
}

}  // namespace

void drawWholeNeckGauge(const Session& session, const biomech::BiomechState& state) {
  const biomech::RangeUse& use = state.use;
  // The zone word agrees with every gauge: "comfortable" only while all are in their daily band.
  education::GaugeReadings readings = education::readGauges(state, session.biomech().data());
  readings.zone = use.cervical.zone;
  const auto& zones = session.biomech().data().zones;
  const double scaleMax = zones.passiveMaxPercent;
  const std::string text = "Whole neck " + format("%.0f %%", use.cervical.percent) + " – " + education::captionZoneWords(readings);
  fillBar(static_cast<float>(use.cervical.percent / scaleMax), zoneColour(use.cervical.zone), text);
  // The zone bands under the bar, so "stays in the safe band" is visible.
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x, h = 5.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const double edges[] = {0.0, zones.comfortableMaxPercent, zones.endRangeMaxPercent, zones.passiveMaxPercent};
  for (int z = 0; z < 3; ++z)
    draw->AddRectFilled({pos.x + w * static_cast<float>(edges[z] / scaleMax), pos.y},
                        {pos.x + w * static_cast<float>(edges[z + 1] / scaleMax), pos.y + h},
                        toU32(zoneColour(static_cast<biomech::Zone>(z))));
  ImGui::Dummy({w, h + 2.0f});
}

bool drawPopExplainer(const Session& session, const MotionPlayer& player) {
  const double now = player.timeS();
  const auto explanation =
      education::explainPops(education::popsUpTo(player.series(), now), now, session.biomech().data().cavitation.refractoryS);
  if (explanation.headline.empty()) return false;
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.85f, 0.3f, 1.0f));
  ImGui::TextWrapped("%s", explanation.headline.c_str());
  ImGui::PopStyleColor();
  for (const auto& line : explanation.lines) glossedText(line);
  return true;
}

void drawPopMarkers(const Session& session, const MotionPlayer& player, const Rect& viewport) {
  if (!session.drivenBySpine()) return;
  const double now = player.timeS();
  const double refractory = session.biomech().data().cavitation.refractoryS;
  const auto pops = education::popsUpTo(player.series(), now);
  const auto& rest = session.biomech().rest();
  const auto& pose = player.frame().state.pose;
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  for (std::size_t i = 0; i < pops.size(); ++i) {
    const auto& pop = pops[i];
    if (now - pop.timeS > refractory) continue;
    const glm::vec3 local = rest.segments[pop.segment].facets[static_cast<int>(pop.side)].lowerSurfaceCentre;
    const glm::vec3 world = glm::vec3(pose.world[pop.segment + 1] * glm::vec4(local, 1.0f));
    const auto screen = projectToScreen(session, world, viewport);
    if (!screen) continue;
    const bool latest = i + 1 == pops.size();
    // A fresh pop flashes larger for half a second.
    const float age = static_cast<float>(now - pop.timeS);
    const float radius = latest ? 7.0f + 8.0f * std::max(0.0f, 1.0f - 2.0f * age) : 6.0f;
    draw->AddCircle(*screen, radius, IM_COL32(255, 215, 80, 255), 20, 2.5f);
    draw->AddCircleFilled(*screen, 2.5f, IM_COL32(255, 215, 80, 255));
    if (latest) {
      const std::string name = biomech::facetJointName(pop.segment, pop.side);
      const ImVec2 at{screen->x + radius + 4.0f, screen->y - 0.5f * ImGui::GetTextLineHeight()};
      const ImVec2 size = ImGui::CalcTextSize(name.c_str());
      draw->AddRectFilled({at.x - 2.0f, at.y - 1.0f}, {at.x + size.x + 2.0f, at.y + size.y + 1.0f}, IM_COL32(10, 10, 14, 200), 3.0f);
      draw->AddText(at, IM_COL32(255, 215, 80, 255), name.c_str());
    }
  }
}

void drawGaugesPanel(const Session& session, CommandQueue& commands, const Rect& rect) {
  const MotionPlayer& player = session.player();
  const auto& state = player.frame().state;
  const auto& arteryParams = session.biomech().data().arteries;
  bool open = true;
  if (beginPanel("Live gauges", rect, &open)) {
    if (drawPopExplainer(session, player)) ImGui::Separator();
    drawWholeNeckGauge(session, state);
    const double scaleMax = session.biomech().data().zones.passiveMaxPercent;
    fillBar(static_cast<float>(state.use.upperThoracic.percent / scaleMax), zoneColour(state.use.upperThoracic.zone),
            "Upper back " + format("%.0f %%", state.use.upperThoracic.percent) + " – " +
                education::zoneWords(state.use.upperThoracic.zone));
    if (ImGui::CollapsingHeader("Range use per level", ImGuiTreeNodeFlags_DefaultOpen)) {
      ImGui::BeginChild("levels", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 7.5f));
      drawLevelBars(state.use, scaleMax);
      ImGui::EndChild();
    }
    if (ImGui::CollapsingHeader("Neck arteries: stretch", ImGuiTreeNodeFlags_DefaultOpen)) {
      if (ImGui::BeginTable("arteries", 3, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("Part");
        ImGui::TableSetupColumn("Left");
        ImGui::TableSetupColumn("Right");
        ImGui::TableHeadersRow();
        for (int v = 0; v < biomech::kArterySegmentCount; ++v) {
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(std::string(biomech::arterySegmentName(static_cast<biomech::ArterySegment>(v))).c_str());
          for (int side = 0; side < 2; ++side) {
            ImGui::TableNextColumn();
            const double strain = state.arteries[static_cast<std::size_t>(side)].segments[static_cast<std::size_t>(v)].strainPercent;
            ImGui::TextColored(gaugeColour(arteryParams.gauge(strain)), "%s", education::percentText(strain).c_str());
          }
        }
        // Strain rate: its own row, never folded into the stretch.
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted("Speed");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("How fast the most stretched part is stretching, in %% a second.");
        for (int side = 0; side < 2; ++side) {
          ImGui::TableNextColumn();
          const double rate = state.arteries[static_cast<std::size_t>(side)].peakRatePercentPerS;
          ImGui::TextUnformatted(rate >= 0.05 ? (education::percentText(rate) + "/s").c_str() : "still");
        }
        ImGui::EndTable();
      }
      arteryBandKey(arteryParams);
    }
    if (ImGui::CollapsingHeader("Facet joints: gap")) {
      if (ImGui::BeginTable("facets", 3, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("Level");
        ImGui::TableSetupColumn("Left");
        ImGui::TableSetupColumn("Right");
        ImGui::TableHeadersRow();
        for (int seg = 0; seg < anatomy::kSegmentCount; ++seg) {
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(anatomy::segmentName(seg).c_str());
          for (int side = 0; side < 2; ++side) {
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(education::jointWords(state.facets[static_cast<std::size_t>(seg)][static_cast<std::size_t>(side)].changeMm).c_str());
          }
        }
        ImGui::EndTable();
      }
    }
    if (ImGui::CollapsingHeader("Nerve exits: room for the nerve")) {
      const auto& foramenParams = session.biomech().data().foramina;
      if (ImGui::BeginTable("foramina", 4, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("Level");
        ImGui::TableSetupColumn("Nerve");
        ImGui::TableSetupColumn("Left");
        ImGui::TableSetupColumn("Right");
        ImGui::TableHeadersRow();
        for (int seg = 0; seg < anatomy::kSegmentCount; ++seg) {
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(anatomy::segmentName(seg).c_str());
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(biomech::exitingRoot(seg).c_str());
          for (int side = 0; side < 2; ++side) {
            ImGui::TableNextColumn();
            const double change = state.foramina[static_cast<std::size_t>(seg)][static_cast<std::size_t>(side)].areaChangePercent;
            ImGui::TextColored(exitColour(change, foramenParams), "%s", education::exitShortWords(change).c_str());
          }
        }
        ImGui::EndTable();
      }
      ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
      ImGui::TextWrapped("%s", ("Narrowed by " + education::fractionWords(foramenParams.everydayNarrowingBelowPercent) +
                                " or more: more than everyday moves. By " +
                                education::fractionWords(foramenParams.provocationNarrowingFromPercent) +
                                ": as narrow as a test that brings on arm pain.")
                                   .c_str());
      ImGui::PopStyleColor();
    }
  }
  ImGui::End();
  if (!open) commands.push("panel", {"gauges", "off"});
}

}  // namespace spineview::app::ui
