#include "ui/layers_panel.h"

#include <array>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "scene/clip_plane.h"
#include "ui/legend.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {
namespace {

constexpr std::array<std::string_view, kLayerCount> kLayerTitles{
    "Bones", "Discs", "Facet joints", "Vertebral arteries", "Spinal cord and nerve roots", "Ribs and shoulder blades", "Skin"};

std::string number(float v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", v);
  return text;
}

void toggle(const char* label, bool value, const char* verb, CommandQueue& commands, const char* tip) {
  bool v = value;
  if (ImGui::Checkbox(label, &v)) commands.push(verb, {v ? "on" : "off"});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tip);
}

}  // namespace

std::string_view layerTitle(LayerId layer) { return kLayerTitles[static_cast<std::size_t>(layer)]; }

void drawLayersContents(const Session& session, CommandQueue& commands, bool withKey) {
  const ViewSettings& view = session.state().view;
  const float sliderW = std::max(4.0f * ImGui::GetFontSize(), ImGui::GetContentRegionAvail().x * 0.42f);
  for (int i = 0; i < kLayerCount; ++i) {
    const auto layer = static_cast<LayerId>(i);
    const std::string name(layerName(layer));
    ImGui::PushID(i);
    bool on = view.visible[static_cast<std::size_t>(i)];
    if (ImGui::Checkbox(std::string(layerTitle(layer)).c_str(), &on)) commands.push("layer", {name, on ? "on" : "off"});
    if (on) {
      float opacity = view.opacity[static_cast<std::size_t>(i)];
      ImGui::SetNextItemWidth(sliderW);
      ImGui::Indent();
      if (ImGui::SliderFloat("##opacity", &opacity, 0.05f, 1.0f, "%.2f opaque")) commands.push("opacity", {name, number(opacity)});
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
  ImGui::Separator();
  toggle("X-ray (X)", view.xray, "xray", commands, "See through bone: vessels and nerves stay solid");
  toggle("Names (L)", view.labels, "labels", commands, "Names next to the vertebrae and to structures under strain");
  toggle("Strain colours", view.heatMaps, "heatmaps", commands, "Colour arteries by stretch, facets by gap and nerve exits by narrowing");

  ImGui::Separator();
  ImGui::TextUnformatted("Cut the body open");
  const char* axes[] = {"No cut", "Sagittal (side)", "Coronal (front)", "Axial (top)"};
  const char* axisWords[] = {"off", "sagittal", "coronal", "axial"};
  int axis = static_cast<int>(view.clipAxis);
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::Combo("##clip", &axis, axes, 4)) commands.push("clip", {axisWords[axis], number(view.clipOffsetMm)});
  if (view.clipAxis != ClipAxis::Off) {
    float offset = view.clipOffsetMm;
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderFloat("##clipoffset", &offset, -150.0f, 150.0f, "%.0f mm from the centre"))
      commands.push("clip", {axisWords[axis], number(offset)});
  }

  ImGui::Separator();
  ImGui::TextUnformatted("Show one level");
  const std::string current = view.isolatedLevel ? std::string(anatomy::vertebraName(*view.isolatedLevel)) : "All levels";
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##isolate", current.c_str())) {
    if (ImGui::Selectable("All levels", !view.isolatedLevel)) commands.push("isolate", {"none"});
    for (int i = 0; i < anatomy::kVertebraCount; ++i) {
      const auto v = anatomy::vertebraAt(i);
      if (ImGui::Selectable(std::string(anatomy::vertebraName(v)).c_str(), view.isolatedLevel == v))
        commands.push("isolate", {std::string(anatomy::vertebraName(v))});
    }
    ImGui::EndCombo();
  }
  if (session.state().selection.partIndex && ImGui::Button("Focus on the selection (F)")) commands.push("focus");
  if (withKey && legendSizes(session).wide.x > 0.0f) {
    ImGui::Separator();
    ImGui::TextUnformatted("Colour key");
    drawLegendBars(session, true);
  }
}

}  // namespace spineview::app::ui
