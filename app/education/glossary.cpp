#include "education/glossary.h"

#include <algorithm>
#include <cctype>

#include "core/json_file.h"
#include "education/text_case.h"

namespace spineview::app::education {

namespace {

// Letters, digits and the bytes of non-ASCII letters; the en and em dashes (E2 80 93/94) are
// not part of a word, so "C1–C2" holds two words.
bool wordChar(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (std::isalnum(c)) return true;
  if (c < 0x80) return false;
  const auto at = [&](std::size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  for (std::size_t start = i >= 2 ? i - 2 : 0; start <= i; ++start)
    if (at(start) == 0xE2 && at(start + 1) == 0x80 && (at(start + 2) == 0x93 || at(start + 2) == 0x94) && i <= start + 2) return false;
  return true;
}

}  // namespace

core::Result<Glossary> loadGlossary(const std::filesystem::path& file) {
  auto doc = core::loadJsonFile(file);
  if (!doc) return core::fail(doc.message());
  return core::withJsonErrors<Glossary>(file, [&]() -> Glossary {
    Glossary glossary;
    const auto& terms = core::requireArray(*doc, "terms", "");
    for (std::size_t i = 0; i < terms.size(); ++i) {
      const std::string p = "/terms/" + std::to_string(i);
      GlossaryEntry e;
      e.term = core::requireString(terms[i], "term", p);
      e.gloss = core::requireString(terms[i], "gloss", p);
      e.source = core::requireString(terms[i], "source", p);
      if (e.term.empty() || e.gloss.empty()) throw core::JsonFieldError{p, "a term needs its word and a plain gloss"};
      e.forms.push_back(lowerCase(e.term));
      if (terms[i].contains("forms")) {
        for (const auto& f : core::requireArray(terms[i], "forms", p)) {
          if (!f.is_string() || f.get<std::string>().empty()) throw core::JsonFieldError{p + "/forms", "expected non-empty texts"};
          e.forms.push_back(lowerCase(f.get<std::string>()));
        }
      }
      glossary.push_back(std::move(e));
    }
    std::sort(glossary.begin(), glossary.end(), [](const GlossaryEntry& a, const GlossaryEntry& b) { return lowerCase(a.term) < lowerCase(b.term); });
    return glossary;
  });
}

std::vector<TextPiece> splitByTerms(const Glossary& glossary, std::string_view text) {
  // Every form, longest first, so "vertebral artery" wins over "artery".
  std::vector<std::pair<const std::string*, const GlossaryEntry*>> forms;
  for (const auto& e : glossary)
    for (const auto& f : e.forms) forms.emplace_back(&f, &e);
  std::stable_sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.first->size() > b.first->size(); });
  const std::string low = lowerCase(text);
  std::vector<TextPiece> pieces;
  std::string plain;
  std::size_t i = 0;
  while (i < text.size()) {
    const bool wordStart = i == 0 || !wordChar(text, i - 1);
    const GlossaryEntry* hit = nullptr;
    std::size_t length = 0;
    if (wordStart) {
      for (const auto& [form, entry] : forms) {
        if (low.compare(i, form->size(), *form) != 0) continue;
        const std::size_t end = i + form->size();
        if (end < text.size() && wordChar(text, end)) continue;
        hit = entry;
        length = form->size();
        break;
      }
    }
    if (hit) {
      if (!plain.empty()) pieces.push_back({std::move(plain), nullptr});
      plain.clear();
      pieces.push_back({std::string(text.substr(i, length)), hit});
      i += length;
    } else {
      plain += text[i++];
    }
  }
  if (!plain.empty()) pieces.push_back({std::move(plain), nullptr});
  return pieces;
}

std::vector<const GlossaryEntry*> termsIn(const Glossary& glossary, std::string_view text) {
  std::vector<const GlossaryEntry*> out;
  for (const auto& piece : splitByTerms(glossary, text))
    if (piece.entry && std::find(out.begin(), out.end(), piece.entry) == out.end()) out.push_back(piece.entry);
  return out;
}

}  // namespace spineview::app::education
