#include "ui/glossed_text.h"

#include <string>
#include <vector>

#include "education/education_library.h"
#include "ui/ui_style.h"

namespace spineview::app::ui {

namespace {

const ImVec4 kTermColour{0.62f, 0.85f, 1.0f, 1.0f};

struct Token {
  std::string text;  // with its trailing spaces
  const education::GlossaryEntry* entry = nullptr;
  bool newline = false;
};

// Words of plain runs; a glossary term stays one unit so it never breaks across lines.
std::vector<Token> tokens(std::string_view text) {
  std::vector<Token> out;
  const auto& lib = education::educationLibrary();
  std::vector<education::TextPiece> pieces;
  if (lib.glossary) pieces = education::splitByTerms(*lib.glossary, text);
  else pieces.push_back({std::string(text), nullptr});
  for (const auto& piece : pieces) {
    if (piece.entry) {
      out.push_back({piece.text, piece.entry, false});
      continue;
    }
    std::string word;
    for (char c : piece.text) {
      if (c == '\n') {
        if (!word.empty()) out.push_back({word, nullptr, false});
        word.clear();
        out.push_back({"", nullptr, true});
      } else if (c == ' ') {
        word += c;
        out.push_back({word, nullptr, false});
        word.clear();
      } else {
        if (!word.empty() && word.back() == ' ') {
          out.push_back({word, nullptr, false});
          word.clear();
        }
        word += c;
      }
    }
    if (!word.empty()) out.push_back({word, nullptr, false});
  }
  // A term's following punctuation stays on its line.
  return out;
}

}  // namespace

void glossedTextColoured(const ImVec4& colour, std::string_view text) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float spaceW = ImGui::CalcTextSize(" ").x;
  float x = 0.0f;
  bool lineOpen = false;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, ImGui::GetStyle().ItemSpacing.y));
  for (const auto& t : tokens(text)) {
    if (t.newline) {
      if (!lineOpen) ImGui::NewLine();
      lineOpen = false;
      x = 0.0f;
      continue;
    }
    std::string shown = t.text;
    while (!shown.empty() && shown.back() == ' ') shown.pop_back();
    const float w = ImGui::CalcTextSize(shown.c_str()).x;
    const float trailing = static_cast<float>(t.text.size() - shown.size()) * spaceW;
    if (lineOpen && x + w > width) {
      lineOpen = false;
      x = 0.0f;
    }
    if (lineOpen) ImGui::SameLine(0.0f, 0.0f);
    if (t.entry) {
      ImGui::TextColored(kTermColour, "%s", shown.c_str());
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      ImGui::GetWindowDrawList()->AddLine({a.x, b.y}, {b.x, b.y}, toU32({kTermColour.x, kTermColour.y, kTermColour.z, 0.6f}));
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22.0f);
        ImGui::TextColored(kTermColour, "%s", t.entry->term.c_str());
        ImGui::TextUnformatted(t.entry->gloss.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
    } else {
      ImGui::TextColored(colour, "%s", shown.c_str());
    }
    x += w;
    if (trailing > 0.0f) {
      ImGui::SameLine(0.0f, 0.0f);
      ImGui::Dummy({trailing, ImGui::GetTextLineHeight()});
      x += trailing;
    }
    lineOpen = true;
  }
  ImGui::PopStyleVar();
  if (!lineOpen) return;
}

void glossedText(std::string_view text) { glossedTextColoured(ImGui::GetStyleColorVec4(ImGuiCol_Text), text); }

}  // namespace spineview::app::ui
