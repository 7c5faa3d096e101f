// Texts the education panels show, loaded from assets/text: the "When to seek help" table
// (each warning sign with its source) with the local emergency number, and the structure
// card texts. Plain values; loaders never throw and name the file and the field when
// something is wrong.
#pragma once

#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "mesh/mesh_data.h"

namespace spineview::app::education {

// From most to least urgent.
enum class Urgency : std::uint8_t { Emergency, Prompt, Checked, SeeProfessional };
inline constexpr int kUrgencyCount = 4;
std::string_view urgencyKey(Urgency u);  // "emergency", "prompt", "checked", "see_professional"

// One warning sign in the patient's words, and where the advice for it comes from.
struct WarningSign {
  std::string letter;  // BE-FAST letter ("B", "E", "F", "A", "S") or empty
  std::string sign;
  std::string source;  // guideline or study (Sources panel and tooltip only)
  std::string tag;     // V / S / U / D
};

struct SeekHelpGroup {
  Urgency urgency = Urgency::SeeProfessional;
  std::string title;   // may hold {number}: the local emergency number
  std::string advice;  // may hold {number}
  std::vector<WarningSign> signs;
};

struct EmergencyNumbers {
  std::string fallback;                          // when the region is unknown
  std::map<std::string, std::string> byRegion;   // "GB" → "999"
  std::string source;
  std::string tag;
};

struct SeekHelpContent {
  std::string notice;                 // educates, does not diagnose
  std::vector<SeekHelpGroup> groups;  // sorted by urgency, one per urgency
  EmergencyNumbers numbers;
};

// Requires exactly one group per urgency, each with at least one sign, every sign with a
// source and a tag; the emergency group first lists the five BE-FAST letters in order.
core::Result<SeekHelpContent> loadSeekHelp(const std::filesystem::path& file);

// "en_GB.UTF-8" → "GB"; "" when the value names no region ("C", "POSIX").
std::string regionOfLocale(std::string_view localeValue);
// The region of the user's locale: LC_ALL, then LC_MESSAGES, then LANG.
std::string userRegion();
// The number to call: the user's own setting when it is one ("999"), else the region's
// ("auto"), else the fallback.
std::string emergencyNumber(const EmergencyNumbers& numbers, std::string_view setting, std::string_view region);
// Replaces every {number} in `text`.
std::string withNumber(std::string text, std::string_view number);
// Whether a setting is "auto" or a plausible phone number (1–6 digits).
bool validEmergencySetting(std::string_view setting);

struct StructureText {
  std::string title;
  std::string text;
  std::vector<std::string> sources;
};

struct StructureTexts {
  std::array<StructureText, mesh::kPartKindCount> kinds;  // index by PartKind
  std::map<std::string, StructureText> special;            // "atlas", "axis", "c7", "V3", ...
};

std::string_view partKindKey(mesh::PartKind kind);  // "bone", "rib_cage", "body_surface", ...

// Requires a text for every PartKind.
core::Result<StructureTexts> loadStructureTexts(const std::filesystem::path& file);

// The special entry that refines a part's kind text: "occiput", "atlas", "axis", "c7",
// "thoracic", "V1"…"V4", "basilar"; empty when none applies.
std::string specialKey(const mesh::MeshPart& part);

// The text for a part: its special entry (sources from the kind) or the kind's text.
StructureText describePart(const StructureTexts& texts, const mesh::MeshPart& part);

}  // namespace spineview::app::education
