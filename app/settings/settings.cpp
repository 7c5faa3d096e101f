#include "settings/settings.h"

#include <algorithm>
#include <cmath>

#include "core/file_io.h"
#include "core/format_version.h"
#include "core/json_file.h"
#include "core/paths.h"
#include "education/content.h"

namespace spineview::app::settings {
namespace {
using nlohmann::json;

// Reads a bool if present and of the right type; otherwise keeps the default with a warning.
void readBool(const json& object, const char* key, const std::string& where, bool& out, std::vector<std::string>& warnings) {
  if (!object.contains(key)) return;
  if (object[key].is_boolean()) out = object[key].get<bool>();
  else warnings.push_back("settings: " + where + key + " is not true or false; using " + (out ? "true" : "false"));
}

struct PanelField {
  const char* key;
  bool PanelState::*member;
};
constexpr PanelField kPanels[] = {
    {"library", &PanelState::library},       {"timeline", &PanelState::timeline}, {"gauges", &PanelState::gauges},
    {"structure_card", &PanelState::structureCard}, {"help", &PanelState::help},   {"sources", &PanelState::sources},
    {"settings", &PanelState::settings},     {"glossary", &PanelState::glossary},
};
}  // namespace

std::filesystem::path defaultSettingsFile() { return core::configDir() / "settings.json"; }

Settings settingsFromJson(const json& document, std::vector<std::string>& warnings) {
  Settings out;
  if (!document.is_object()) {
    warnings.push_back("settings: the file does not hold an object; using the defaults");
    return out;
  }
  if (document.contains("preferences") && document["preferences"].is_object()) {
    const json& p = document["preferences"];
    if (p.contains("ui_scale")) {
      if (!p["ui_scale"].is_number() || !std::isfinite(p["ui_scale"].get<double>())) {
        warnings.push_back("settings: /preferences/ui_scale is not a number; using 1");
      } else {
        const double v = p["ui_scale"].get<double>();
        out.preferences.uiScale = static_cast<float>(std::clamp(v, double{kMinUiScale}, double{kMaxUiScale}));
        if (v < kMinUiScale || v > kMaxUiScale)
          warnings.push_back("settings: /preferences/ui_scale " + json(v).dump() + " is outside 0.75 … 3; using " +
                             json(out.preferences.uiScale).dump());
      }
    }
    readBool(p, "high_contrast", "/preferences/", out.preferences.highContrast, warnings);
    readBool(p, "colour_blind_safe", "/preferences/", out.preferences.colourBlindSafe, warnings);
    readBool(p, "tour_seen", "/preferences/", out.preferences.tourSeen, warnings);
    if (p.contains("last_motion")) {
      if (p["last_motion"].is_string() && p["last_motion"].get<std::string>().size() <= 128)
        out.preferences.lastMotionId = p["last_motion"].get<std::string>();
      else warnings.push_back("settings: /preferences/last_motion is not a motion id; ignored");
    }
    if (p.contains("emergency_number")) {
      if (p["emergency_number"].is_string() && education::validEmergencySetting(p["emergency_number"].get<std::string>()))
        out.preferences.emergencyNumber = p["emergency_number"].get<std::string>();
      else warnings.push_back("settings: /preferences/emergency_number is neither \"auto\" nor a phone number; using the one for your region");
    }
  }
  if (document.contains("panels") && document["panels"].is_object())
    for (const auto& f : kPanels) readBool(document["panels"], f.key, "/panels/", out.panels.*f.member, warnings);
  return out;
}

json settingsToJson(const Settings& s) {
  json panels = json::object();
  for (const auto& f : kPanels) panels[f.key] = s.panels.*f.member;
  return json{{"version", kSettingsVersion},
              {"preferences",
               {{"ui_scale", s.preferences.uiScale},
                {"high_contrast", s.preferences.highContrast},
                {"colour_blind_safe", s.preferences.colourBlindSafe},
                {"tour_seen", s.preferences.tourSeen},
                {"last_motion", s.preferences.lastMotionId},
                {"emergency_number", s.preferences.emergencyNumber}}},
              {"panels", panels}};
}

LoadedSettings loadSettings(const std::filesystem::path& file) {
  LoadedSettings out;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return out;
  auto document = core::loadJsonFile(file);
  if (!document) {
    auto moved = core::moveAside(file);
    out.warnings.push_back("Your settings file could not be read (" + document.message() + "). " +
                           (moved ? "It was kept as " + moved->string() + "; " : "It could not be moved aside (" + moved.message() + "); ") +
                           "the default settings are used.");
    return out;
  }
  auto version = core::readFormatVersion(*document, kSettingsVersion);
  if (!version) {
    out.warnings.push_back("settings: /version: " + version.message() + "; the file is read as the current format");
  } else if (version->age == core::VersionAge::Newer) {
    // Read what this version understands; the file itself stays exactly as the newer spineview wrote it.
    out.fromNewerVersion = true;
    out.warnings.push_back("Your settings file " + file.string() + " was saved by a newer spineview, in " +
                           core::newerFormatText(version->version, kSettingsVersion) +
                           ". It is used as far as this version understands it and left as it is: changes you make "
                           "now last until you close spineview.");
  }
  // Older formats: version 0 (before the field existed) has the same fields as version 1, so
  // reading it is the migration; the next save writes the current version.
  out.settings = settingsFromJson(*document, out.warnings);
  return out;
}

core::Status saveSettings(const std::filesystem::path& file, const Settings& settings) {
  std::error_code ec;
  if (std::filesystem::exists(file, ec)) {
    // Never overwrite a newer spineview's settings; keep an older format's file once, as written.
    if (auto document = core::loadJsonFile(file); document) {
      if (auto version = core::readFormatVersion(*document, kSettingsVersion); version) {
        if (version->age == core::VersionAge::Newer)
          return core::fail("cannot save the settings: " + file.string() + " comes from a newer spineview (" +
                            core::newerFormatText(version->version, kSettingsVersion) + ") and is left as it is");
        const std::filesystem::path backup = file.string() + ".v" + std::to_string(version->version) + ".bak";
        if (version->age == core::VersionAge::Older && !std::filesystem::exists(backup, ec)) {
          std::filesystem::copy_file(file, backup, ec);
          if (ec) return core::fail("cannot save the settings: cannot keep the older file as " + backup.string() + ": " + ec.message());
        }
      }
    }
  }
  std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) return core::fail("cannot save the settings: cannot create " + file.parent_path().string() + ": " + ec.message());
  if (auto written = core::writeFileAtomic(file, settingsToJson(settings).dump(2) + "\n"); !written)
    return core::fail("cannot save the settings: " + written.message());
  return core::Ok{};
}

Settings captureSettings(const AppState& state) {
  Settings s{state.preferences, state.panels};
  s.preferences.lastMotionId = state.playback.motionId;
  s.panels.tour = false;  // the tour is not reopened from settings; tourSeen decides
  s.panels.tourCard = 0;
  s.panels.about = false;
  return s;
}

void applySettings(const Settings& settings, AppState& state) {
  state.preferences = settings.preferences;
  const bool tour = state.panels.tour;
  state.panels = settings.panels;
  state.panels.tour = tour || !settings.preferences.tourSeen;
}

bool operator==(const Settings& a, const Settings& b) { return settingsToJson(a) == settingsToJson(b); }

}  // namespace spineview::app::settings
