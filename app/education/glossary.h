// The glossary: a plain gloss for every technical word the app uses (assets/text/glossary.json),
// shown in the Glossary panel and on hover wherever the word appears in patient text.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace spineview::app::education {

struct GlossaryEntry {
  std::string term;                  // "facet joint"
  std::vector<std::string> forms;    // every spelling matched in text, lower case ("facet joints", "facet")
  std::string gloss;                 // plain words
  std::string source;                // where the meaning comes from (tooltip only)
};

using Glossary = std::vector<GlossaryEntry>;

// Terms sorted A–Z; each needs a gloss and at least its own form.
core::Result<Glossary> loadGlossary(const std::filesystem::path& file);

// A text cut into plain runs and glossary terms (whole words, case-insensitive, longest
// form first), in order; joining the pieces gives the text back.
struct TextPiece {
  std::string text;
  const GlossaryEntry* entry = nullptr;
};
std::vector<TextPiece> splitByTerms(const Glossary& glossary, std::string_view text);

// The entries a text uses, each once, in order of first use.
std::vector<const GlossaryEntry*> termsIn(const Glossary& glossary, std::string_view text);

}  // namespace spineview::app::education
