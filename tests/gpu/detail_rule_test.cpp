// The automatic detail rule (app/verbs/bench_verb.h): what the viewer opens with, and what the
// bench picks from its measurements.
#include "verbs/bench_verb.h"

#include <gtest/gtest.h>

#include <vector>

namespace spineview::app {
namespace {

TEST(DetailRule, CpuDevicesOpenWithDefaultUnlessMultisampled) {
  using render::AntiAliasing;
  // Post anti-aliasing is what CPU devices get by default, and Default detail fits with it.
  EXPECT_EQ(render::resolveAntiAliasing(AntiAliasing::Auto, VK_PHYSICAL_DEVICE_TYPE_CPU), AntiAliasing::Post);
  EXPECT_EQ(chooseDetail(VK_PHYSICAL_DEVICE_TYPE_CPU, AntiAliasing::Post), mesh::Detail::Default);
  EXPECT_EQ(chooseDetail(VK_PHYSICAL_DEVICE_TYPE_CPU, AntiAliasing::Off), mesh::Detail::Default);
  // Multisampling on a CPU device costs about 3x: the light model.
  EXPECT_EQ(chooseDetail(VK_PHYSICAL_DEVICE_TYPE_CPU, AntiAliasing::Msaa), mesh::Detail::Minimal);
  EXPECT_EQ(render::resolveAntiAliasing(AntiAliasing::Auto, VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU), AntiAliasing::Msaa);
  EXPECT_EQ(chooseDetail(VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU, AntiAliasing::Msaa), mesh::Detail::Default);
  EXPECT_EQ(chooseDetail(VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU, AntiAliasing::Msaa), mesh::Detail::Default);
  // Explicit choices stay, and the names parse back.
  EXPECT_EQ(render::resolveAntiAliasing(AntiAliasing::Off, VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU), AntiAliasing::Off);
  for (auto mode : {AntiAliasing::Auto, AntiAliasing::Msaa, AntiAliasing::Post, AntiAliasing::Off})
    EXPECT_EQ(render::parseAntiAliasing(render::antiAliasingName(mode)), mode);
  EXPECT_FALSE(render::parseAntiAliasing("fxaa"));
}

TEST(DetailRule, MeasuredRulePicksTheFinestDetailWithinTheBudget) {
  using mesh::Detail;
  const std::vector<DetailTiming> fast{{Detail::Minimal, 8.0}, {Detail::Low, 12.0}, {Detail::Default, 30.0}};
  EXPECT_EQ(chooseDetail(fast), Detail::Default);
  const std::vector<DetailTiming> middling{{Detail::Default, 80.0}, {Detail::Low, 31.0}, {Detail::Minimal, 20.0}};
  EXPECT_EQ(chooseDetail(middling), Detail::Low);
  // Nothing fits: the coarsest measured, the closest to interactive.
  const std::vector<DetailTiming> slow{{Detail::Low, 51.0}, {Detail::Default, 82.0}, {Detail::Minimal, 38.0}};
  EXPECT_EQ(chooseDetail(slow), Detail::Minimal);
  const std::vector<DetailTiming> lowAndDefault{{Detail::Low, 51.0}, {Detail::Default, 82.0}};
  EXPECT_EQ(chooseDetail(lowAndDefault), Detail::Low);
  EXPECT_STREQ(detailName(Detail::Minimal), "minimal");
}

}  // namespace
}  // namespace spineview::app
