// Where spineview finds its data and keeps the user's files (XDG base-directory spec).
#pragma once

#include <filesystem>

namespace spineview::core {

// The assets/ folder: $SPINEVIEW_ASSETS if set, else the source tree's assets/ baked in at build time.
std::filesystem::path assetDir();

// $XDG_CONFIG_HOME/spineview (default ~/.config/spineview): settings, user lessons.
std::filesystem::path configDir();
// $XDG_STATE_HOME/spineview (default ~/.local/state/spineview): window layout, ImGui ini.
std::filesystem::path stateDir();
// $XDG_CACHE_HOME/spineview (default ~/.cache/spineview): generated-model cache.
std::filesystem::path cacheDir();
// $XDG_DATA_HOME/spineview (default ~/.local/share/spineview): the user's own lessons.
std::filesystem::path dataDir();

}  // namespace spineview::core
