#include "core/edge_error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace spineview::core {
namespace {
int largestChannelDifference(const std::uint8_t* a, const std::uint8_t* b) {
  return std::max({std::abs(int{a[0]} - int{b[0]}), std::abs(int{a[1]} - int{b[1]}), std::abs(int{a[2]} - int{b[2]})});
}

bool sameSize(const RgbaImage& a, const RgbaImage& b) {
  return a.width == b.width && a.height == b.height && a.pixels.size() == b.pixels.size() &&
         a.pixels.size() == std::size_t(a.width) * a.height * 4;
}

double srgbToLinear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double linearToSrgb(double c) { return c <= 0.0031308 ? c * 12.92 : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055; }
}  // namespace

Result<EdgeError> edgeError(const RgbaImage& candidate, const RgbaImage& reference, const RgbaImage& aliased, int threshold) {
  if (!sameSize(candidate, reference) || !sameSize(aliased, reference))
    return fail("edge error: the pictures differ in size");
  std::vector<int> errors;
  for (std::size_t p = 0; p < reference.pixels.size(); p += 4) {
    if (largestChannelDifference(&aliased.pixels[p], &reference.pixels[p]) <= threshold) continue;
    errors.push_back(largestChannelDifference(&candidate.pixels[p], &reference.pixels[p]));
  }
  EdgeError result;
  result.edgePixels = errors.size();
  if (errors.empty()) return result;
  double sum = 0.0;
  for (int e : errors) sum += e;
  result.mean = sum / double(errors.size());
  const std::size_t rank = std::min(errors.size() - 1, static_cast<std::size_t>(std::ceil(0.99 * double(errors.size())) - 1));
  std::nth_element(errors.begin(), errors.begin() + std::ptrdiff_t(rank), errors.end());
  result.p99 = errors[rank];
  return result;
}

Result<RgbaImage> downsampleLinear(const RgbaImage& image, unsigned factor) {
  if (factor == 0 || image.width % factor != 0 || image.height % factor != 0 ||
      image.pixels.size() != std::size_t(image.width) * image.height * 4)
    return fail("downsample: the picture's size does not divide by the factor");
  std::array<double, 256> linear{};
  for (int i = 0; i < 256; ++i) linear[i] = srgbToLinear(i / 255.0);
  RgbaImage out;
  out.width = image.width / factor;
  out.height = image.height / factor;
  out.pixels.resize(std::size_t(out.width) * out.height * 4);
  const double samples = double(factor) * factor;
  for (std::uint32_t y = 0; y < out.height; ++y)
    for (std::uint32_t x = 0; x < out.width; ++x) {
      std::array<double, 4> sum{};
      for (unsigned dy = 0; dy < factor; ++dy)
        for (unsigned dx = 0; dx < factor; ++dx) {
          const std::uint8_t* p = &image.pixels[(std::size_t(y * factor + dy) * image.width + x * factor + dx) * 4];
          for (int c = 0; c < 3; ++c) sum[c] += linear[p[c]];
          sum[3] += p[3];
        }
      std::uint8_t* o = &out.pixels[(std::size_t(y) * out.width + x) * 4];
      for (int c = 0; c < 3; ++c) o[c] = static_cast<std::uint8_t>(std::lround(255.0 * linearToSrgb(sum[c] / samples)));
      o[3] = static_cast<std::uint8_t>(std::lround(sum[3] / samples));
    }
  return out;
}

}  // namespace spineview::core
