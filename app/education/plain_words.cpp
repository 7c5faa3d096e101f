#include "education/plain_words.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <utility>

namespace spineview::app::education {

namespace {

std::string fixed(double v, int decimals) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
  return buffer;
}

}  // namespace

std::string percentText(double percent) {
  const double a = std::abs(percent);
  return (a > 0.0 && a < 0.95 ? fixed(a, 1) : fixed(a, 0)) + " %";
}

std::string stretchWords(double strainPercent) {
  if (!(strainPercent >= 0.05)) return "not stretched";
  return "stretched " + percentText(strainPercent);
}

std::string stretchSpeedWords(double percentPerS) {
  if (!(percentPerS >= 0.05)) return "not stretching";
  return "stretching " + percentText(percentPerS) + " a second";
}

std::string fractionWords(double percent) {
  static constexpr std::array<std::pair<double, const char*>, 9> kShares{{{5.0, "a twentieth"},
                                                                           {10.0, "a tenth"},
                                                                           {12.5, "an eighth"},
                                                                           {100.0 / 6.0, "a sixth"},
                                                                           {20.0, "a fifth"},
                                                                           {25.0, "a quarter"},
                                                                           {100.0 / 3.0, "a third"},
                                                                           {40.0, "two fifths"},
                                                                           {50.0, "half"}}};
  const double a = std::abs(percent);
  if (a > 55.0) return "more than half";
  const auto* best = &kShares[0];
  for (const auto& share : kShares)
    if (std::abs(std::log(a / share.first)) < std::abs(std::log(a / best->first))) best = &share;
  return best->second;
}

std::string exitWords(double areaChangePercent) {
  if (std::abs(areaChangePercent) < 3.0) return "about the same";
  return std::string(areaChangePercent < 0.0 ? "narrowed" : "opened") + " by about " + fractionWords(areaChangePercent);
}

std::string exitShortWords(double areaChangePercent) {
  if (std::abs(areaChangePercent) < 3.0) return "same";
  return fractionWords(areaChangePercent) + (areaChangePercent < 0.0 ? " narrower" : " wider");
}

std::string jointWords(double changeMm) {
  if (std::abs(changeMm) < 0.05) return "at rest";
  if (changeMm > 0.0) return "opened " + fixed(changeMm, 1) + " mm";
  return "squeezed " + fixed(-changeMm, 1) + " mm";
}

std::string speedWords(double degreesPerS) { return fixed(std::max(0.0, degreesPerS), 0) + " degrees a second"; }

std::string rangeShareWords(double percent) { return fixed(std::max(0.0, percent), 0) + " % of its own range"; }

}  // namespace spineview::app::education
