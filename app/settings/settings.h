// The user's settings (preferences, open panels, last motion) in configDir()/settings.json.
// Written atomically; a damaged file is moved aside to settings.json.bak with a warning, and
// the defaults are used, so nothing is lost silently. The file carries a format version: an
// older file is migrated (and kept as settings.json.v<N>.bak when first saved over), a file
// from a newer spineview is read as far as this version understands it and never written.
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
// The settings format this build writes. Version 0 is a file without a "version" field.
inline constexpr int kSettingsVersion = 1;

struct Settings {
  Preferences preferences;
  PanelState panels;
};

struct LoadedSettings {
  Settings settings;
  std::vector<std::string> warnings;  // for Session::notify: moved-aside file, clamped values
  bool fromNewerVersion = false;      // the file is newer than this build: never save over it
};

std::filesystem::path defaultSettingsFile();  // core::configDir() / "settings.json"

// A missing file gives the defaults and no warning. Never fails: problems become warnings.
LoadedSettings loadSettings(const std::filesystem::path& file);
Settings settingsFromJson(const nlohmann::json& document, std::vector<std::string>& warnings);
nlohmann::json settingsToJson(const Settings& settings);
// Refuses (leaving the file as it is) when the file on disk comes from a newer spineview; keeps a
// copy of an older-format file as <file>.v<N>.bak before its first overwrite.
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
// motion); warnings become notices. Returns false when the file must not be saved over (it
// comes from a newer spineview).
bool loadInto(Session& session, const std::filesystem::path& file, bool restoreMotion);
}  // namespace spineview::app::settings
