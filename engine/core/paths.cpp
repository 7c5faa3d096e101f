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
}  // namespace

fs::path assetDir() {
  if (const char* v = std::getenv("SPINEVIEW_ASSETS"); v && *v) return fs::path(v);
  return fs::path(SPINEVIEW_ASSET_DIR);
}

fs::path configDir() { return xdgDir("XDG_CONFIG_HOME", ".config"); }
fs::path stateDir() { return xdgDir("XDG_STATE_HOME", ".local/state"); }
fs::path cacheDir() { return xdgDir("XDG_CACHE_HOME", ".cache"); }
fs::path dataDir() { return xdgDir("XDG_DATA_HOME", ".local/share"); }

}  // namespace spineview::core
