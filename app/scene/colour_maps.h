// Colour maps for the scene's heat maps and tints, as pure functions of the measured value.
// Colours are sRGB (0…1) as a person sees them in the legend; the scene builder converts to
// linear before handing them to the renderer (toLinear). Palettes follow the user's
// preferences: colour-blind-safe diverging maps (ColorBrewer PuOr) or blue–red (RdBu), and a
// high-contrast variant that stretches small values so faint changes are visible.
#pragma once

#include <array>
#include <vector>

#include <glm/glm.hpp>

#include "biomech/spine_motion.h"

namespace spineview::app::look {

struct PaletteOptions {
  bool colourBlindSafe = true;
  bool highContrast = false;
};

// Facet gap change (mm): negative = compression, positive = gapping. The display range is a
// presentation choice (not a measurement): ± this many mm reach the ends of the map.
inline constexpr float kFacetLegendRangeMm = 1.0f;

// Diverging map, t in [-1, 1] (clamped): -1 compression end, 0 neutral (near white), +1 gapping end.
glm::vec3 divergingColour(float t, const PaletteOptions& palette);
glm::vec3 facetGapColour(double changeMm, const PaletteOptions& palette);

// The artery gauge's band edges (percent strain), from ArteryParams.
struct StrainStops {
  double amberFrom = 0.0;
  double orangeFrom = 0.0;
  double redFrom = 0.0;
};

// Artery strain (percent) on a sequential map whose lightness rises with strain: deep red at
// rest, orange at the amber edge, light orange at the orange edge, pale yellow from the red
// (failure) edge on.
glm::vec3 strainColour(double strainPercent, const StrainStops& stops);

// Nerve root through a narrowed foramen: neural yellow when not narrowed, darkening through
// orange to deep magenta as the area shrinks to `fullScalePercent` (a positive number).
glm::vec3 narrowingColour(double areaChangePercent, double fullScalePercent);
// The full scale of the nerve map and its legend: the deepest narrowing the model can give,
// rounded up to 5 %.
double narrowingFullScalePercent(double deepestNarrowingPercent);

// Bone tint for a zone of range use (Okabe–Ito colours, distinguishable with the common
// colour-vision deficiencies); comfortable keeps the bone colour (weight 0).
struct ZoneTint {
  glm::vec3 colour{1.0f};
  float weight = 0.0f;
};
ZoneTint zoneTint(biomech::Zone zone);

// sRGB → linear (the renderer shades in linear space).
glm::vec3 toLinear(glm::vec3 srgb);
// CIE L* (0…100) of an sRGB colour: used to check that maps change lightness monotonically.
float lightness(glm::vec3 srgb);
// Mixes toward the colour's own grey (0 keeps it, 1 grey).
glm::vec3 desaturate(glm::vec3 colour, float amount);

// Legend ticks for the facet map (mm), symmetric around 0.
std::vector<float> facetLegendTicksMm();

}  // namespace spineview::app::look
