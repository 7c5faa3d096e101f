// Wrapped patient text whose technical words (the glossary's terms) are underlined; hovering
// one shows its plain meaning. Falls back to plain wrapped text when the glossary is missing.
#pragma once

#include <string_view>

#include <imgui.h>

namespace spineview::app::ui {

void glossedText(std::string_view text);
void glossedTextColoured(const ImVec4& colour, std::string_view text);

}  // namespace spineview::app::ui
