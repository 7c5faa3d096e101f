#include "core/paths.h"

#include <cstdlib>

namespace spineview::core {
namespace fs = std::filesystem;

namespace {
fs::path xdgDir(const char* var, const char* fallbackUnderHome) {
  if (const char* v = std::getenv(var); v && *v && fs::path(v).is_absolute()) return fs::path(v) / "spineview";
  const char* home = std::getenv("HOME");
  fs::path base = (home && *home) ? fs::path(home) : fs::temp_directory_path();
  return base / fallbackUnderHome / "spineview";
}

bool isInside(const fs::path& path, const fs::path& folder) {
  const fs::path relative = path.lexically_relative(folder);
  return !relative.empty() && *relative.begin() != "..";
}
}  // namespace

fs::path assetDirFor(const fs::path& executable, const fs::path& buildDir, const fs::path& sourceAssets,
                     const fs::path& binToData) {
  if (!buildDir.empty() && isInside(executable, buildDir)) return sourceAssets;
  return (executable.parent_path() / binToData).lexically_normal();
}

fs::path assetDir() {
  if (const char* v = std::getenv("SPINEVIEW_ASSETS"); v && *v) return fs::path(v);
  static const fs::path dir = [] {
    // Only the executable's own path is looked up: an installed binary never touches the
    // source or build tree whose paths it was compiled with (CMake passes their real paths).
    std::error_code ec;
    const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
    if (ec || executable.empty()) return fs::path(SPINEVIEW_ASSET_DIR);  // no /proc: only the build tree can be named
    return assetDirFor(executable, fs::path(SPINEVIEW_BUILD_DIR), fs::path(SPINEVIEW_ASSET_DIR),
                       fs::path(SPINEVIEW_BIN_TO_DATA));
  }();
  return dir;
}

fs::path configDir() { return xdgDir("XDG_CONFIG_HOME", ".config"); }
fs::path stateDir() { return xdgDir("XDG_STATE_HOME", ".local/state"); }
fs::path cacheDir() { return xdgDir("XDG_CACHE_HOME", ".cache"); }
fs::path dataDir() { return xdgDir("XDG_DATA_HOME", ".local/share"); }

}  // namespace spineview::core
