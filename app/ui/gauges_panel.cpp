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

std::string minutesSeconds(double s) {
  const int total = static_cast<int>(std::ceil(std::max(0.0, s)));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%d min %02d s", total / 60, total % 60);
  return buffer;
}

void drawLevelBars(const biomech::RangeUse& use) {
  for (int seg = 0; seg < anatomy::kSegmentCount; ++seg) {
    const auto& level = use.levels[seg];
    const std::string text = anatomy::segmentName(seg) + "  " + format("%.0f %%", level.percent) + "  " +
                             std::string(biomech::axisName(level.worstAxis));
    fillBar(static_cast<float>(level.percent / 110.0), zoneColour(level.zone), text);
  }
}

ImVec4 changeColour(double percent) {
  if (percent <= -15.0) return zoneColour(biomech::Zone::BeyondActive);
  if (percent <= -8.0) return zoneColour(biomech::Zone::EndRange);
  return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

}  // namespace

void drawWholeNeckGauge(const Session& session, const biomech::RangeUse& use) {
  const auto& zones = session.biomech().data().zones;
  const double scaleMax = zones.passiveMaxPercent;
  const std::string text = "Whole neck " + format("%.0f %%", use.cervical.percent) + " – " +
                           std::string(biomech::zoneName(use.cervical.zone));
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
  const auto pops = education::popsUpTo(player.series(), now);
  if (pops.empty()) return false;
  const auto& last = pops.back();
  const double refractory = session.biomech().data().cavitation.refractoryS;
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.85f, 0.3f, 1.0f));
  ImGui::TextWrapped("Pop! %s", biomech::facetJointName(last.segment, last.side).c_str());
  ImGui::PopStyleColor();
  if (pops.size() > 1) ImGui::TextWrapped("%d pops so far in this motion.", static_cast<int>(pops.size()));
  ImGui::TextWrapped("Its surfaces were pulled apart fast (%.1f mm at %.0f mm/s): the fluid's pressure fell and a gas "
                     "bubble formed. That makes the sound; bones do not grind.",
                     last.gapMm, last.rateMmPerS);
  const double left = refractory - (now - last.timeS);
  ImGui::TextWrapped("No second pop for about %.0f min while the gas dissolves: ready in %s (simulated).",
                     refractory / 60.0, minutesSeconds(left).c_str());
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
    drawWholeNeckGauge(session, state.use);
    fillBar(static_cast<float>(state.use.upperThoracic.percent / 110.0), zoneColour(state.use.upperThoracic.zone),
            "Upper back " + format("%.0f %%", state.use.upperThoracic.percent) + " – " +
                std::string(biomech::zoneName(state.use.upperThoracic.zone)));
    if (ImGui::CollapsingHeader("Range use per level", ImGuiTreeNodeFlags_DefaultOpen)) {
      ImGui::BeginChild("levels", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 7.5f));
      drawLevelBars(state.use);
      ImGui::EndChild();
    }
    if (ImGui::CollapsingHeader("Vertebral arteries (stretch %)", ImGuiTreeNodeFlags_DefaultOpen)) {
      if (ImGui::BeginTable("arteries", 3, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("Segment");
        ImGui::TableSetupColumn("Left");
        ImGui::TableSetupColumn("Right");
        ImGui::TableHeadersRow();
        for (int v = 0; v < biomech::kArterySegmentCount; ++v) {
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(std::string(biomech::arterySegmentName(static_cast<biomech::ArterySegment>(v))).c_str());
          for (int side = 0; side < 2; ++side) {
            ImGui::TableNextColumn();
            const double strain = state.arteries[side].segments[v].strainPercent;
            ImGui::TextColored(gaugeColour(arteryParams.gauge(strain)), "%.1f %%", strain);
          }
        }
        ImGui::EndTable();
      }
      ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
      ImGui::TextWrapped("Everyday band below %.0f %%; lab tears from %.0f %%.", arteryParams.greenBelowPercent, arteryParams.redFromPercent);
      ImGui::PopStyleColor();
    }
    if (ImGui::CollapsingHeader("Facet joint gaps (mm, + opens)")) {
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
            ImGui::Text("%+.2f", state.facets[seg][side].changeMm);
          }
        }
        ImGui::EndTable();
      }
    }
    if (ImGui::CollapsingHeader("Nerve exits (foramen area change)")) {
      if (ImGui::BeginTable("foramina", 4, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn("Level");
        ImGui::TableSetupColumn("Root");
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
            const double change = state.foramina[seg][side].areaChangePercent;
            ImGui::TextColored(changeColour(change), "%+.0f %%", change);
          }
        }
        ImGui::EndTable();
      }
      ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
      ImGui::TextWrapped("Negative: the exit narrows around the nerve root.");
      ImGui::PopStyleColor();
    }
  }
  ImGui::End();
  if (!open) commands.push("panel", {"gauges", "off"});
}

}  // namespace spineview::app::ui
