#include "education/content.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

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
    const auto& numbers = core::requireObject(*doc, "emergency_numbers", "");
    content.numbers.fallback = core::requireString(numbers, "fallback", "/emergency_numbers");
    if (!validEmergencySetting(content.numbers.fallback) || content.numbers.fallback == "auto")
      throw core::JsonFieldError{"/emergency_numbers/fallback", "expected a phone number such as 112"};
    for (const auto& [region, number] : core::requireObject(numbers, "by_region", "/emergency_numbers").items()) {
      if (!number.is_string() || !validEmergencySetting(number.get<std::string>()))
        throw core::JsonFieldError{"/emergency_numbers/by_region/" + region, "expected a phone number such as \"999\""};
      content.numbers.byRegion[region] = number.get<std::string>();
    }
    content.numbers.source = core::requireString(numbers, "source", "/emergency_numbers");
    content.numbers.tag = core::requireString(numbers, "tag", "/emergency_numbers");
    const auto& groups = core::requireArray(*doc, "groups", "");
    std::array<bool, kUrgencyCount> seen{};
    for (std::size_t i = 0; i < groups.size(); ++i) {
      const std::string pointer = "/groups/" + std::to_string(i);
      const std::string key = core::requireString(groups[i], "urgency", pointer);
      int u = 0;
      while (u < kUrgencyCount && kUrgencyKeys[static_cast<std::size_t>(u)] != key) ++u;
      if (u == kUrgencyCount)
        throw core::JsonFieldError{pointer + "/urgency", "\"" + key + "\" is not emergency, prompt, checked or see_professional"};
      if (seen[static_cast<std::size_t>(u)]) throw core::JsonFieldError{pointer + "/urgency", "a second group for \"" + key + "\""};
      seen[static_cast<std::size_t>(u)] = true;
      SeekHelpGroup g;
      g.urgency = static_cast<Urgency>(u);
      g.title = core::requireString(groups[i], "title", pointer);
      g.advice = core::requireString(groups[i], "advice", pointer);
      const auto& signs = core::requireArray(groups[i], "signs", pointer);
      if (signs.empty()) throw core::JsonFieldError{pointer + "/signs", "needs at least one sign"};
      for (std::size_t k = 0; k < signs.size(); ++k) {
        const std::string sp = pointer + "/signs/" + std::to_string(k);
        WarningSign sign{signs[k].value("letter", ""), core::requireString(signs[k], "sign", sp), core::requireString(signs[k], "source", sp),
                         core::requireString(signs[k], "tag", sp)};
        if (sign.sign.empty() || sign.source.empty()) throw core::JsonFieldError{sp, "every sign needs its words and a source"};
        if (sign.tag != "V" && sign.tag != "S" && sign.tag != "U" && sign.tag != "D")
          throw core::JsonFieldError{sp + "/tag", "expected one of V, S, U, D"};
        g.signs.push_back(std::move(sign));
      }
      if (g.urgency == Urgency::Emergency) {
        // BE-FAST first, in order: the signs FAST alone misses (balance, eyes) lead.
        static constexpr std::array<std::string_view, 5> kBeFast{"B", "E", "F", "A", "S"};
        for (std::size_t k = 0; k < kBeFast.size(); ++k)
          if (g.signs.size() <= k || g.signs[k].letter != kBeFast[k])
            throw core::JsonFieldError{pointer + "/signs/" + std::to_string(k) + "/letter",
                                       "the emergency group starts with the BE-FAST signs in order (expected \"" + std::string(kBeFast[k]) + "\")"};
      }
      content.groups.push_back(std::move(g));
    }
    for (int u = 0; u < kUrgencyCount; ++u)
      if (!seen[static_cast<std::size_t>(u)])
        throw core::JsonFieldError{"/groups", "no group for urgency \"" + std::string(kUrgencyKeys[static_cast<std::size_t>(u)]) + "\""};
    std::sort(content.groups.begin(), content.groups.end(),
              [](const SeekHelpGroup& a, const SeekHelpGroup& b) { return a.urgency < b.urgency; });
    return content;
  });
}

std::string regionOfLocale(std::string_view value) {
  const auto underscore = value.find('_');
  if (underscore == std::string_view::npos) return {};
  std::string region;
  for (std::size_t i = underscore + 1; i < value.size() && std::isalpha(static_cast<unsigned char>(value[i])); ++i)
    region += static_cast<char>(std::toupper(static_cast<unsigned char>(value[i])));
  return region.size() == 2 ? region : std::string{};
}

std::string userRegion() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) return regionOfLocale(value);
  }
  return {};
}

bool validEmergencySetting(std::string_view setting) {
  if (setting == "auto") return true;
  if (setting.empty() || setting.size() > 6) return false;
  return std::all_of(setting.begin(), setting.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

std::string emergencyNumber(const EmergencyNumbers& numbers, std::string_view setting, std::string_view region) {
  if (setting != "auto" && validEmergencySetting(setting)) return std::string(setting);
  const auto it = numbers.byRegion.find(std::string(region));
  return it != numbers.byRegion.end() ? it->second : numbers.fallback;
}

std::string withNumber(std::string text, std::string_view number) {
  static constexpr std::string_view kToken = "{number}";
  for (auto at = text.find(kToken); at != std::string::npos; at = text.find(kToken, at + number.size()))
    text.replace(at, kToken.size(), number);
  return text;
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
      if (part.name == "Hyoid") return "hyoid";
      if (!part.level) return {};
      if (part.name == "Mandible") return "mandible";
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
