// libFuzzer harness: the settings loader (app::settings::loadSettings on
// configDir()/settings.json). It promises never to fail: a damaged file is moved aside with a
// warning and the defaults are used, values out of range are clamped with a warning. What it
// returns must survive a save/load round trip unchanged and without new warnings, and the UI
// scale must lie in its allowed range.
#include <cmath>
#include <cstdint>

#include "fuzz_support.h"
#include "settings/settings.h"

using namespace spineview;
namespace settings = spineview::app::settings;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto file = fuzz::writeInput("settings.json", data, size);
  const settings::LoadedSettings loaded = settings::loadSettings(file);
  const float scale = loaded.settings.preferences.uiScale;
  if (!std::isfinite(scale) || scale < settings::kMinUiScale || scale > settings::kMaxUiScale) __builtin_trap();

  std::vector<std::string> warnings;
  const auto again = settings::settingsFromJson(settings::settingsToJson(loaded.settings), warnings);
  if (!warnings.empty() || !(again == loaded.settings)) __builtin_trap();
  return 0;
}
