// The user's settings (preferences, open panels, last motion) in configDir()/settings.json.
// Written atomically; a damaged file is moved aside to settings.json.bak with a warning, and
// the defaults are used, so nothing is lost silently.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"
#include "session/session.h"
#include "session/app_state.h"

namespace spineview::app::settings {

inline constexpr float kMinUiScale = 0.75f;
inline constexpr float kMaxUiScale = 3.0f;

struct Settings {
  Preferences preferences;
  PanelState panels;
};

struct LoadedSettings {
  Settings settings;
  std::vector<std::string> warnings;  // for Session::notify: moved-aside file, clamped values
};

std::filesystem::path defaultSettingsFile();  // core::configDir() / "settings.json"

// A missing file gives the defaults and no warning. Never fails: problems become warnings.
LoadedSettings loadSettings(const std::filesystem::path& file);
Settings settingsFromJson(const nlohmann::json& document, std::vector<std::string>& warnings);
nlohmann::json settingsToJson(const Settings& settings);
core::Status saveSettings(const std::filesystem::path& file, const Settings& settings);

Settings captureSettings(const AppState& state);
void applySettings(const Settings& settings, AppState& state);
bool operator==(const Settings& a, const Settings& b);

// `ui-scale X`, `high-contrast on|off`, `colour-blind-safe on|off`, `tour [on|off|next|prev]`,
// `screenshot [FILE]`.
void registerSettingsCommands(CommandRegistry& registry);

}  // namespace spineview::app::settings

namespace spineview::app::settings {
// Loads `file` into the session (preferences, panels and, with restoreMotion, the last
// motion); warnings become notices.
void loadInto(Session& session, const std::filesystem::path& file, bool restoreMotion);
}  // namespace spineview::app::settings
