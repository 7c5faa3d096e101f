// The bench's anti-aliasing quality measure (core/edge_error.h).
#include "core/edge_error.h"

#include <gtest/gtest.h>

namespace spineview::core {
namespace {

RgbaImage flat(std::uint32_t w, std::uint32_t h, std::uint8_t v) {
  RgbaImage image{w, h, std::vector<std::uint8_t>(std::size_t(w) * h * 4, v)};
  for (std::size_t i = 3; i < image.pixels.size(); i += 4) image.pixels[i] = 255;
  return image;
}
void set(RgbaImage& image, std::uint32_t x, std::uint32_t y, std::uint8_t v) {
  for (int c = 0; c < 3; ++c) image.pixels[(std::size_t(y) * image.width + x) * 4 + c] = v;
}

TEST(EdgeError, CountsOnlyThePixelsTheAliasedPictureGetsWrong) {
  RgbaImage reference = flat(4, 4, 100), aliased = reference, candidate = reference;
  set(aliased, 1, 1, 200);    // an edge pixel: off by 100
  set(aliased, 2, 2, 105);    // within the threshold: not an edge pixel
  set(candidate, 1, 1, 120);  // the candidate gets it to within 20
  set(candidate, 3, 3, 0);    // an error away from the edges is not counted
  const auto e = edgeError(candidate, reference, aliased);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->edgePixels, 1u);
  EXPECT_DOUBLE_EQ(e->mean, 20.0);
  EXPECT_DOUBLE_EQ(e->p99, 20.0);
  // The aliased picture against the reference: its own error on its edge pixels.
  EXPECT_DOUBLE_EQ(edgeError(aliased, reference, aliased)->mean, 100.0);
}

TEST(EdgeError, NinetyNinthPercentileIgnoresTheWorstOnePercent) {
  RgbaImage reference = flat(20, 10, 0), aliased = flat(20, 10, 50), candidate = flat(20, 10, 2);
  set(candidate, 0, 0, 90);  // one of 200 edge pixels is far off
  const auto e = edgeError(candidate, reference, aliased);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->edgePixels, 200u);
  EXPECT_DOUBLE_EQ(e->p99, 2.0);
  EXPECT_NEAR(e->mean, (199 * 2.0 + 90.0) / 200.0, 1e-9);
}

TEST(EdgeError, RefusesPicturesOfDifferentSizes) {
  EXPECT_FALSE(edgeError(flat(4, 4, 0), flat(4, 5, 0), flat(4, 4, 0)).ok());
}

TEST(DownsampleLinear, AveragesInLinearLight) {
  RgbaImage image = flat(2, 2, 0);
  set(image, 0, 0, 255);
  set(image, 1, 1, 255);  // half the samples white: linear 0.5 is sRGB 188, not 128
  const auto small = downsampleLinear(image, 2);
  ASSERT_TRUE(small.ok());
  ASSERT_EQ(small->width, 1u);
  EXPECT_EQ(small->pixels[0], 188);
  EXPECT_EQ(small->pixels[3], 255);
  EXPECT_FALSE(downsampleLinear(flat(3, 2, 0), 2).ok());
}

}  // namespace
}  // namespace spineview::core
