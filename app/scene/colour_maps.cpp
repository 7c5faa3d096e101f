#include "scene/colour_maps.h"

#include <algorithm>
#include <cmath>

namespace spineview::app::look {
namespace {

constexpr glm::vec3 hex(unsigned rgb) {
  return {static_cast<float>((rgb >> 16) & 0xFF) / 255.0f, static_cast<float>((rgb >> 8) & 0xFF) / 255.0f,
          static_cast<float>(rgb & 0xFF) / 255.0f};
}

// ColorBrewer (Brewer 2003) 9-class maps, from the compression end to the gapping end.
// PuOr: orange/brown ↔ purple, readable with protanopia, deuteranopia and tritanopia.
constexpr std::array<glm::vec3, 9> kPuOr{hex(0xb35806), hex(0xe08214), hex(0xfdb863), hex(0xfee0b6), hex(0xf7f7f7),
                                         hex(0xd8daeb), hex(0xb2abd2), hex(0x8073ac), hex(0x542788)};
// RdBu: red ↔ blue, the familiar hot/cold reading.
constexpr std::array<glm::vec3, 9> kRdBu{hex(0xb2182b), hex(0xd6604d), hex(0xf4a582), hex(0xfddbc7), hex(0xf7f7f7),
                                         hex(0xd1e5f0), hex(0x92c5de), hex(0x4393c3), hex(0x2166ac)};
// Artery strain: YlOrRd read backwards (lightness rises with strain).
constexpr std::array<glm::vec3, 5> kStrain{hex(0x99000d), hex(0xcb181d), hex(0xf16913), hex(0xfd8d3c), hex(0xffeda0)};
// Nerve narrowing: neural yellow → orange → magenta (lightness falls with narrowing).
constexpr std::array<glm::vec3, 4> kNarrowing{hex(0xf2c31b), hex(0xf08a24), hex(0xd6336c), hex(0x8a0f7a)};

template <std::size_t N>
glm::vec3 sample(const std::array<glm::vec3, N>& stops, float u) {
  u = std::clamp(u, 0.0f, 1.0f) * static_cast<float>(N - 1);
  const auto i = std::min(static_cast<std::size_t>(u), N - 2);
  return glm::mix(stops[i], stops[i + 1], u - static_cast<float>(i));
}

float linearChannel(float c) { return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }

}  // namespace

glm::vec3 divergingColour(float t, const PaletteOptions& palette) {
  t = std::clamp(std::isfinite(t) ? t : 0.0f, -1.0f, 1.0f);
  // High contrast: a square-root stretch so small changes already move well off neutral.
  if (palette.highContrast) t = std::copysign(std::sqrt(std::abs(t)), t);
  const float u = 0.5f * (t + 1.0f);
  return palette.colourBlindSafe ? sample(kPuOr, u) : sample(kRdBu, u);
}

glm::vec3 facetGapColour(double changeMm, const PaletteOptions& palette) {
  return divergingColour(static_cast<float>(changeMm) / kFacetLegendRangeMm, palette);
}

glm::vec3 strainColour(double strainPercent, const StrainStops& stops) {
  const double s = std::isfinite(strainPercent) ? std::max(0.0, strainPercent) : 0.0;
  const double amber = std::max(1e-6, stops.amberFrom);
  const double orange = std::max(amber + 1e-6, stops.orangeFrom);
  const double red = std::max(orange + 1e-6, stops.redFrom);
  // Green fills the first half of the map, amber the next quarter, orange up to just short of
  // the last stop; red (failure) is the last stop.
  double u = 1.0;
  if (s < amber) u = 0.5 * s / amber;
  else if (s < orange) u = 0.5 + 0.25 * (s - amber) / (orange - amber);
  else if (s < red) u = 0.75 + 0.2 * (s - orange) / (red - orange);
  return sample(kStrain, static_cast<float>(u));
}

glm::vec3 narrowingColour(double areaChangePercent, double fullScalePercent) {
  const double narrowing = std::isfinite(areaChangePercent) ? std::max(0.0, -areaChangePercent) : 0.0;
  return sample(kNarrowing, static_cast<float>(narrowing / std::max(1e-6, fullScalePercent)));
}

double narrowingFullScalePercent(double deepestNarrowingPercent) {
  return 5.0 * std::ceil(std::max(1.0, deepestNarrowingPercent) / 5.0);
}

ZoneTint zoneTint(biomech::Zone zone) {
  switch (zone) {
    case biomech::Zone::Comfortable: return {glm::vec3(1.0f), 0.0f};
    case biomech::Zone::EndRange: return {hex(0xe69f00), 0.45f};             // Okabe–Ito orange
    case biomech::Zone::BeyondActive: return {hex(0xd55e00), 0.65f};         // vermillion
    case biomech::Zone::BeyondPhysiological: return {hex(0xcc79a7), 0.8f};   // reddish purple
  }
  return {glm::vec3(1.0f), 0.0f};
}

glm::vec3 toLinear(glm::vec3 srgb) { return {linearChannel(srgb.r), linearChannel(srgb.g), linearChannel(srgb.b)}; }

float lightness(glm::vec3 srgb) {
  const glm::vec3 lin = toLinear(srgb);
  const float y = 0.2126f * lin.r + 0.7152f * lin.g + 0.0722f * lin.b;
  return y > 216.0f / 24389.0f ? 116.0f * std::cbrt(y) - 16.0f : y * 24389.0f / 27.0f;
}

glm::vec3 desaturate(glm::vec3 colour, float amount) {
  const float grey = glm::dot(colour, glm::vec3(0.2126f, 0.7152f, 0.0722f));
  return glm::mix(colour, glm::vec3(grey), std::clamp(amount, 0.0f, 1.0f));
}

std::vector<float> facetLegendTicksMm() {
  return {-kFacetLegendRangeMm, 0.0f, kFacetLegendRangeMm};
}

}  // namespace spineview::app::look
