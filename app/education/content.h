// Texts the education panels show, loaded from assets/text: the "When to seek help" groups
// and the structure card texts. Plain values; loaders never throw and name the file and the
// field when something is wrong.
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

struct SeekHelpGroup {
  Urgency urgency = Urgency::SeeProfessional;
  std::string title;
  std::string advice;
  std::vector<std::string> symptoms;
};

struct SeekHelpContent {
  std::string notice;                 // educates, does not diagnose
  std::vector<SeekHelpGroup> groups;  // sorted by urgency, one per urgency
};

// Requires exactly one group per urgency, each with at least one symptom.
core::Result<SeekHelpContent> loadSeekHelp(const std::filesystem::path& file);

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
