#include "education/content.h"

#include <algorithm>

#include "core/json_file.h"

namespace spineview::app::education {

namespace {

constexpr std::array<std::string_view, kUrgencyCount> kUrgencyKeys{"emergency", "prompt", "checked", "see_professional"};
constexpr std::array<std::string_view, mesh::kPartKindCount> kKindKeys{
    "bone", "disc", "facet", "artery", "cord", "nerve", "rib_cage", "scapula", "body_surface", "other"};

std::vector<std::string> stringList(const nlohmann::json& parent, const std::string& key, const std::string& pointer,
                                    bool required) {
  std::vector<std::string> out;
  if (!parent.contains(key)) {
    if (required) throw core::JsonFieldError{pointer + "/" + key, "missing list of texts"};
    return out;
  }
  const auto& list = core::requireArray(parent, key, pointer);
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_string() || list[i].get<std::string>().empty())
      throw core::JsonFieldError{pointer + "/" + key + "/" + std::to_string(i), "expected a non-empty text"};
    out.push_back(list[i].get<std::string>());
  }
  return out;
}

StructureText readStructureText(const nlohmann::json& entry, const std::string& pointer) {
  if (!entry.is_object()) throw core::JsonFieldError{pointer, "expected an object with title and text"};
  StructureText t;
  t.title = core::requireString(entry, "title", pointer);
  t.text = core::requireString(entry, "text", pointer);
  if (t.title.empty() || t.text.empty()) throw core::JsonFieldError{pointer, "title and text must not be empty"};
  t.sources = stringList(entry, "sources", pointer, false);
  return t;
}

bool endsWith(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string_view urgencyKey(Urgency u) { return kUrgencyKeys[static_cast<int>(u)]; }
std::string_view partKindKey(mesh::PartKind kind) { return kKindKeys[static_cast<int>(kind)]; }

core::Result<SeekHelpContent> loadSeekHelp(const std::filesystem::path& file) {
  auto doc = core::loadJsonFile(file);
  if (!doc) return core::fail(doc.message());
  return core::withJsonErrors<SeekHelpContent>(file, [&]() -> SeekHelpContent {
    SeekHelpContent content;
    content.notice = core::requireString(*doc, "notice", "");
    if (content.notice.empty()) throw core::JsonFieldError{"/notice", "must not be empty"};
    const auto& groups = core::requireArray(*doc, "groups", "");
    std::array<bool, kUrgencyCount> seen{};
    for (std::size_t i = 0; i < groups.size(); ++i) {
      const std::string pointer = "/groups/" + std::to_string(i);
      const std::string key = core::requireString(groups[i], "urgency", pointer);
      int u = 0;
      while (u < kUrgencyCount && kUrgencyKeys[u] != key) ++u;
      if (u == kUrgencyCount)
        throw core::JsonFieldError{pointer + "/urgency", "\"" + key + "\" is not emergency, prompt, checked or see_professional"};
      if (seen[u]) throw core::JsonFieldError{pointer + "/urgency", "a second group for \"" + key + "\""};
      seen[u] = true;
      SeekHelpGroup g;
      g.urgency = static_cast<Urgency>(u);
      g.title = core::requireString(groups[i], "title", pointer);
      g.advice = core::requireString(groups[i], "advice", pointer);
      g.symptoms = stringList(groups[i], "symptoms", pointer, true);
      if (g.symptoms.empty()) throw core::JsonFieldError{pointer + "/symptoms", "needs at least one symptom"};
      content.groups.push_back(std::move(g));
    }
    for (int u = 0; u < kUrgencyCount; ++u)
      if (!seen[u]) throw core::JsonFieldError{"/groups", "no group for urgency \"" + std::string(kUrgencyKeys[u]) + "\""};
    std::sort(content.groups.begin(), content.groups.end(),
              [](const SeekHelpGroup& a, const SeekHelpGroup& b) { return a.urgency < b.urgency; });
    return content;
  });
}

core::Result<StructureTexts> loadStructureTexts(const std::filesystem::path& file) {
  auto doc = core::loadJsonFile(file);
  if (!doc) return core::fail(doc.message());
  return core::withJsonErrors<StructureTexts>(file, [&]() -> StructureTexts {
    StructureTexts texts;
    const auto& kinds = core::requireObject(*doc, "kinds", "");
    for (int k = 0; k < mesh::kPartKindCount; ++k) {
      const std::string key(kKindKeys[k]);
      if (!kinds.contains(key)) throw core::JsonFieldError{"/kinds/" + key, "missing: every part kind needs a text"};
      texts.kinds[k] = readStructureText(kinds[key], "/kinds/" + key);
    }
    if (doc->contains("special")) {
      const auto& special = core::requireObject(*doc, "special", "");
      for (const auto& [key, entry] : special.items()) texts.special[key] = readStructureText(entry, "/special/" + key);
    }
    return texts;
  });
}

std::string specialKey(const mesh::MeshPart& part) {
  using anatomy::Vertebra;
  switch (part.kind) {
    case mesh::PartKind::Bone:
      if (!part.level) return {};
      if (*part.level == Vertebra::C0) return "occiput";
      if (*part.level == Vertebra::C1) return "atlas";
      if (*part.level == Vertebra::C2) return "axis";
      if (*part.level == Vertebra::C7) return "c7";
      if (anatomy::isThoracic(*part.level)) return "thoracic";
      return {};
    case mesh::PartKind::Artery:
      for (const char* v : {"V1", "V2", "V3", "V4"})
        if (endsWith(part.name, v)) return v;
      if (part.name.find("asilar") != std::string::npos) return "basilar";
      return {};
    default: return {};
  }
}

StructureText describePart(const StructureTexts& texts, const mesh::MeshPart& part) {
  const StructureText& kind = texts.kinds[static_cast<int>(part.kind)];
  const auto special = texts.special.find(specialKey(part));
  if (special == texts.special.end()) return kind;
  StructureText t = special->second;
  if (t.sources.empty()) t.sources = kind.sources;
  return t;
}

}  // namespace spineview::app::education
