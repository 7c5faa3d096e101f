#include "ui/sources_panel.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include <imgui.h>

#include "education/education_library.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

namespace {

struct Row {
  std::string what, value, source, tag, note;
};

bool containsNoCase(const std::string& haystack, const char* needle) {
  if (!*needle) return true;
  auto it = std::search(haystack.begin(), haystack.end(), needle, needle + std::char_traits<char>::length(needle),
                        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); });
  return it != haystack.end();
}

std::string valueText(double v, const std::string& unit) {
  if (!std::isfinite(v)) return "—";  // a statement, not a figure
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return std::string(buffer) + (unit.empty() ? "" : " " + unit);
}

const char* tagMeaning(const std::string& tag) {
  if (tag == "V") return "read in the source";
  if (tag == "S") return "from a secondary table";
  if (tag == "U") return "textbook or default value, not verified";
  if (tag == "D") return "derived or model choice";
  return "";
}

void drawGroup(const char* title, const std::vector<Row>& rows, const char* filter) {
  std::vector<const Row*> shown;
  for (const auto& r : rows)
    if (containsNoCase(r.what, filter) || containsNoCase(r.source, filter) || containsNoCase(r.note, filter) || r.tag == filter)
      shown.push_back(&r);
  const std::string header = std::string(title) + " (" + std::to_string(shown.size()) + ")###" + title;
  if (!ImGui::CollapsingHeader(header.c_str(), *filter ? ImGuiTreeNodeFlags_DefaultOpen : 0)) return;
  if (shown.empty()) return;
  if (ImGui::BeginTable(title, 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable)) {
    ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 5.0f);
    ImGui::TableSetupColumn("Tag", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2.0f);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(shown.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const Row& r = *shown[static_cast<std::size_t>(i)];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", r.what.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.value.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.tag.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tagMeaning(r.tag));
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", r.source.c_str());
        if (!r.note.empty()) ImGui::TextDisabled("%s", r.note.c_str());
      }
    }
    ImGui::EndTable();
  }
}

}  // namespace

void drawSourcesPanel(const Session& session, CommandQueue& commands) {
  static std::array<char, 128> filter{};  // UI-local text field, not session state
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float font = ImGui::GetFontSize();
  ImGui::SetNextWindowPos({0.5f * display.x, 0.5f * (display.y + ImGui::GetFrameHeight())}, ImGuiCond_Always, {0.5f, 0.5f});
  ImGui::SetNextWindowSize({std::min(display.x - 20.0f, font * 60.0f), std::min(display.y - 3.0f * font, font * 40.0f)}, ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.96f);
  bool open = true;
  if (ImGui::Begin("Sources of every figure", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                                          ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize)) {
    ImGui::TextWrapped("Tags: V read in the source, S from a secondary table, U textbook or default value, D derived or a model choice.");
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##filter", "Search figures, sources or tags (e.g. C1–C2, Symons, U)", filter.data(), filter.size());

    std::vector<Row> biomechRows, anatomyRows, motionRows, textRows;
    for (const auto& e : session.biomech().sources().entries)
      biomechRows.push_back({e.what, valueText(e.value, e.unit), e.source, e.tag, e.note});
    const auto& lib = education::educationLibrary();
    if (lib.anatomySources)
      for (const auto& e : *lib.anatomySources) anatomyRows.push_back({e.what, valueText(e.value, e.unit), e.source, e.tag, e.note});
    for (const auto& m : session.motions())
      motionRows.push_back({m.displayName + ": hold and repetitions",
                            valueText(m.holdS, "s") + " × " + std::to_string(m.repetitions), m.dosageSource, m.dosageTag, ""});
    for (const auto& e : lib.textSources.entries) textRows.push_back({e.what, valueText(e.value, e.unit), e.source, e.tag, e.note});
    std::vector<Row> helpRows, glossaryRows;
    if (lib.seekHelp) {
      for (const auto& g : lib.seekHelp->groups)
        for (const auto& sign : g.signs) helpRows.push_back({sign.sign, "—", sign.source, sign.tag, g.title});
      helpRows.push_back({"Emergency number by region", "—", lib.seekHelp->numbers.source, lib.seekHelp->numbers.tag, ""});
    }
    if (lib.glossary)
      for (const auto& e : *lib.glossary) glossaryRows.push_back({e.term + ": " + e.gloss, "—", e.source, "", ""});

    ImGui::BeginChild("rows");
    drawGroup("Motion and biomechanics", biomechRows, filter.data());
    drawGroup("Anatomy (shapes and sizes)", anatomyRows, filter.data());
    if (!lib.anatomySources) ImGui::TextColored(kForcefulColour, "%s", lib.anatomySources.message().c_str());
    drawGroup("Exercise dosage", motionRows, filter.data());
    drawGroup("Comparison verdict", textRows, filter.data());
    drawGroup("When to seek help: each sign's source", helpRows, filter.data());
    drawGroup("Glossary", glossaryRows, filter.data());
    ImGui::EndChild();
  }
  ImGui::End();
  if (!open) commands.push("panel", {"sources", "off"});
}

}  // namespace spineview::app::ui
