#include "anatomy/levels.h"

#include <cctype>

namespace spineview::anatomy {
namespace {
constexpr std::array<std::string_view, kVertebraCount> kNames{
    "C0", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "T1", "T2",
    "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12"};

std::string upper(std::string_view s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}
}  // namespace

std::string_view vertebraName(Vertebra v) { return kNames[static_cast<std::size_t>(index(v))]; }

std::string vertebraLongName(Vertebra v) {
  switch (v) {
    case Vertebra::C0: return "occiput (C0)";
    case Vertebra::C1: return "atlas (C1)";
    case Vertebra::C2: return "axis (C2)";
    default: return std::string(vertebraName(v)) + " vertebra";
  }
}

std::string segmentName(int segment) {
  if (segment < 0 || segment >= kSegmentCount) return "?";
  return std::string(vertebraName(vertebraAt(segment))) + "\u2013" + std::string(vertebraName(vertebraAt(segment + 1)));
}

std::string_view sideName(Side s) { return s == Side::Left ? "left" : "right"; }

std::optional<Vertebra> parseVertebra(std::string_view text) {
  const std::string u = upper(text);
  for (int i = 0; i < kVertebraCount; ++i)
    if (u == kNames[static_cast<std::size_t>(i)]) return vertebraAt(i);
  return std::nullopt;
}

std::optional<int> parseSegment(std::string_view text) {
  std::string u = upper(text);
  // Normalise the separators people type: "-", "–" (UTF-8 en dash), "/".
  const std::string enDash = "\u2013";
  for (std::size_t p; (p = u.find(enDash)) != std::string::npos;) u.replace(p, enDash.size(), "-");
  for (char& c : u) if (c == '/') c = '-';
  const auto dash = u.find('-');
  if (dash == std::string::npos) return std::nullopt;
  auto upperV = parseVertebra(u.substr(0, dash));
  std::string lowerText = u.substr(dash + 1);
  if (!lowerText.empty() && std::isdigit(static_cast<unsigned char>(lowerText[0])) && upperV)
    lowerText = std::string(1, u[0]) + lowerText;  // "C5/6" → "C6"
  auto lowerV = parseVertebra(lowerText);
  if (!upperV || !lowerV || index(*lowerV) != index(*upperV) + 1) return std::nullopt;
  return index(*upperV);
}

}  // namespace spineview::anatomy
