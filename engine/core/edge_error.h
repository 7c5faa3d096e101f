// How far an anti-aliased picture is from a reference of the same frame, measured where it
// matters: on the edge pixels, those where a picture without anti-aliasing differs from the
// reference by more than a threshold (aliasing shows there and nowhere else). Per pixel the
// error is the largest of the three 8-bit sRGB channel differences. Used by `spineview bench`
// to put post anti-aliasing next to 4x MSAA against an 8x (or 16-sample) reference.
#pragma once

#include <cstddef>

#include "core/png_image.h"
#include "core/result.h"

namespace spineview::core {

inline constexpr int kEdgePixelThreshold = 8;  // of 255, in some channel

struct EdgeError {
  std::size_t edgePixels = 0;
  double mean = 0.0;  // over the edge pixels, 0..255
  double p99 = 0.0;   // 99th percentile over the edge pixels
};

// All three images must have the same size; `aliased` picks the edge pixels.
Result<EdgeError> edgeError(const RgbaImage& candidate, const RgbaImage& reference, const RgbaImage& aliased,
                            int threshold = kEdgePixelThreshold);

// Averages each `factor` x `factor` block of an sRGB image in linear light (a supersampled
// reference brought down to the frame's size); width and height must divide by `factor`.
Result<RgbaImage> downsampleLinear(const RgbaImage& image, unsigned factor);

}  // namespace spineview::core
