// Keyboard shortcuts: one table from keys to session commands, used by the window, the
// presenter clicker (PageDown/PageUp) and scripted sessions (`key F1`). Key codes are GLFW's.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "session/app_state.h"

namespace spineview::app {

enum class ShortcutContext { Always, Normal, Presenter };  // Presenter: presenter mode with a lesson open

struct Shortcut {
  int key;
  int mods;  // GLFW_MOD_* bits that must be held (others are ignored, except Ctrl)
  ShortcutContext context;
  std::string_view command;
  std::string_view keyName;  // as shown in the help ("Ctrl+Q")
  std::string_view description;
};

std::span<const Shortcut> shortcutTable();

// Commands for one key press in the current state (empty: the key does nothing).
std::vector<std::string> commandsForKey(int key, int mods, const AppState& state);

struct KeyChord {
  int key = 0;
  int mods = 0;
};
// "F1", "space", "pagedown", "ctrl+q", "5", "escape" → GLFW key and modifiers (scripts).
std::optional<KeyChord> parseKeyChord(std::string_view text);

}  // namespace spineview::app
