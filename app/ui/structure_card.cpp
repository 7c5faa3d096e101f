#include "ui/structure_card.h"

#include <imgui.h>

#include "education/education_library.h"
#include "ui/glossed_text.h"

namespace spineview::app::ui {

namespace {

// The motion segments whose range describes a part: below a vertebra (and above it for the
// last one); the segment itself for discs, facets and nerve roots.
std::vector<int> segmentsOf(const mesh::MeshPart& part) {
  if (!part.level) return {};
  const int level = anatomy::index(*part.level);
  switch (part.kind) {
    case mesh::PartKind::Bone: {
      std::vector<int> out;
      if (level > 0) out.push_back(level - 1);
      if (level < anatomy::kSegmentCount) out.push_back(level);
      return out;
    }
    case mesh::PartKind::Disc:
    case mesh::PartKind::Facet:
    case mesh::PartKind::Nerve:
      if (level < anatomy::kSegmentCount) return {level};
      return {};
    default: return {};
  }
}

void rangeTable(const biomech::RangeTable& ranges, int seg) {
  const auto& r = ranges.segments[seg];
  ImGui::Text("%s range, degrees", anatomy::segmentName(seg).c_str());
  if (ImGui::BeginTable(("range" + std::to_string(seg)).c_str(), 3, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_RowBg)) {
    ImGui::TableSetupColumn("Move");
    ImGui::TableSetupColumn("Measured");
    ImGui::TableSetupColumn("Own range here");
    ImGui::TableHeadersRow();
    const struct { const char* name; double reference, active; } rows[] = {
        {"Bend forward", r.reference.flexion, r.active.flexion},
        {"Bend back", r.reference.extension, r.active.extension},
        {"Side bend (one side)", r.reference.lateralBend, r.active.lateralBend},
        {"Turn (one side)", r.reference.axialRotation, r.active.axialRotation},
    };
    for (const auto& row : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(row.name);
      ImGui::TableNextColumn();
      ImGui::Text("%.1f", row.reference);
      ImGui::TableNextColumn();
      ImGui::Text("%.1f", row.active);
    }
    ImGui::EndTable();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Source [%s]: %s", r.tag.c_str(), r.source.c_str());
}

}  // namespace

void drawStructureCard(const Session& session, CommandQueue& commands, const Rect& rect) {
  const auto& selection = session.state().selection.partIndex;
  const auto& parts = session.model().mesh.parts;
  bool open = true;
  if (beginPanel("Structure", rect, &open)) {
    if (!selection || *selection >= parts.size()) {
      ImGui::TextWrapped("Click a structure in the view to see what it is and how far it moves.");
    } else {
      const auto& part = parts[*selection];
      const auto& lib = education::educationLibrary();
      ImGui::TextUnformatted(part.name.c_str());
      if (lib.structures) {
        const auto text = education::describePart(*lib.structures, part);
        ImGui::TextColored(kMutedText, "%s", text.title.c_str());
        if (ImGui::IsItemHovered() && !text.sources.empty()) {
          std::string tip = "Sources:";
          for (const auto& s : text.sources) tip += "\n" + s;
          ImGui::SetTooltip("%s", tip.c_str());
        }
        glossedText(text.text);
        for (int seg : segmentsOf(part)) rangeTable(session.biomech().data().ranges, seg);
      } else {
        textWrappedColoured(kForcefulColour, lib.structures.message());
      }
      if (ImGui::SmallButton("Close card")) commands.push("structure", {"none"});
    }
  }
  ImGui::End();
  if (!open) commands.push("panel", {"structure", "off"});
}

}  // namespace spineview::app::ui
