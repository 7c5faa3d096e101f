// Where spineview finds its data and keeps the user's files (XDG base-directory spec).
#pragma once

#include <filesystem>

namespace spineview::core {

// The assets/ folder, found from the running executable (/proc/self/exe), never from the
// current directory: $SPINEVIEW_ASSETS if set; else, for a binary inside the build tree, the
// source tree's assets/; else, for an installed binary, <prefix>/share/spineview next to its
// <prefix>/bin (GNUInstallDirs layout, so a package unpacked anywhere finds its own data).
std::filesystem::path assetDir();

// The pure rule behind assetDir(), for tests: `executable` is the canonical path of the
// running binary, `buildDir` the build tree, `sourceAssets` the source tree's assets/ and
// `binToData` the install layout's path from the bin folder to the data folder.
std::filesystem::path assetDirFor(const std::filesystem::path& executable, const std::filesystem::path& buildDir,
                                  const std::filesystem::path& sourceAssets, const std::filesystem::path& binToData);

// $XDG_CONFIG_HOME/spineview (default ~/.config/spineview): settings, user lessons.
std::filesystem::path configDir();
// $XDG_STATE_HOME/spineview (default ~/.local/state/spineview): window layout, ImGui ini.
std::filesystem::path stateDir();
// $XDG_CACHE_HOME/spineview (default ~/.cache/spineview): generated-model cache.
std::filesystem::path cacheDir();
// $XDG_DATA_HOME/spineview (default ~/.local/share/spineview): the user's own lessons.
std::filesystem::path dataDir();

}  // namespace spineview::core
