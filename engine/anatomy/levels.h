// The levels of the modelled spine and the joints between them, with their real names.
// Shared vocabulary for anatomy, biomech, mesh and the UI.
//
// Body frame used everywhere in the pure core: millimetres, +X = patient's left,
// +Y = superior (up), +Z = anterior (forward). Right-handed; matches glTF (Y up, +Z front).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace spineview::anatomy {

// C0 is the occiput (skull base); then the seven cervical and twelve thoracic vertebrae.
enum class Vertebra : std::uint8_t {
  C0, C1, C2, C3, C4, C5, C6, C7,
  T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12
};
inline constexpr int kVertebraCount = 20;

// A motion segment joins vertebra i (upper) and i+1 (lower): C0–C1 … T11–T12.
inline constexpr int kSegmentCount = kVertebraCount - 1;

enum class Side : std::uint8_t { Left, Right };
inline constexpr std::array<Side, 2> kSides{Side::Left, Side::Right};

constexpr int index(Vertebra v) { return static_cast<int>(v); }
constexpr Vertebra vertebraAt(int i) { return static_cast<Vertebra>(i); }
constexpr bool isCervical(Vertebra v) { return index(v) <= index(Vertebra::C7); }
constexpr bool isThoracic(Vertebra v) { return index(v) >= index(Vertebra::T1); }

// "C0", "C5", "T12".
std::string_view vertebraName(Vertebra v);
// "occiput (C0)", "atlas (C1)", "axis (C2)", "C5 vertebra", "T4 vertebra".
std::string vertebraLongName(Vertebra v);
// Segment i joins vertebraAt(i) and vertebraAt(i + 1): "C5–C6" (en dash).
std::string segmentName(int segment);
std::string_view sideName(Side s);  // "left" / "right"

// Parses "C5", "t4", "C0" → Vertebra; "C5-C6", "C5–C6", "C5/C6", "C5/6" → segment index.
std::optional<Vertebra> parseVertebra(std::string_view text);
std::optional<int> parseSegment(std::string_view text);

}  // namespace spineview::anatomy
