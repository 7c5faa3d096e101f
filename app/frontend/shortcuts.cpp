#include "frontend/shortcuts.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace spineview::app {
namespace {
using C = ShortcutContext;
constexpr int kCtrl = GLFW_MOD_CONTROL;

// Presenter entries come first: while a lesson is open they win over the normal meaning; the
// other keys (views, X-ray, F1, ...) keep working while presenting.
constexpr std::array kShortcuts{
    Shortcut{GLFW_KEY_PAGE_DOWN, 0, C::Presenter, "lesson-step next", "PageDown", "Next lesson step (clicker)"},
    Shortcut{GLFW_KEY_RIGHT, 0, C::Presenter, "lesson-step next", "Right", "Next lesson step"},
    Shortcut{GLFW_KEY_SPACE, 0, C::Presenter, "lesson-step next", "Space", "Next lesson step"},
    Shortcut{GLFW_KEY_PAGE_UP, 0, C::Presenter, "lesson-step prev", "PageUp", "Previous lesson step (clicker)"},
    Shortcut{GLFW_KEY_LEFT, 0, C::Presenter, "lesson-step prev", "Left", "Previous lesson step"},
    Shortcut{GLFW_KEY_HOME, 0, C::Presenter, "lesson-step first", "Home", "First lesson step"},
    Shortcut{GLFW_KEY_END, 0, C::Presenter, "lesson-step last", "End", "Last lesson step"},

    Shortcut{GLFW_KEY_Q, kCtrl, C::Always, "quit", "Ctrl+Q", "Quit"},
    Shortcut{GLFW_KEY_F5, 0, C::Always, "presenter", "F5", "Presenter mode on or off"},
    Shortcut{GLFW_KEY_ESCAPE, 0, C::Presenter, "presenter off", "Esc", "Leave presenter mode"},
    Shortcut{GLFW_KEY_F12, 0, C::Always, "screenshot", "F12", "Save a screenshot (PNG in your Pictures folder)"},
    Shortcut{GLFW_KEY_EQUAL, kCtrl, C::Always, "ui-scale +", "Ctrl+=", "Larger interface"},
    Shortcut{GLFW_KEY_KP_ADD, kCtrl, C::Always, "ui-scale +", "Ctrl+Keypad +", "Larger interface"},
    Shortcut{GLFW_KEY_MINUS, kCtrl, C::Always, "ui-scale -", "Ctrl+-", "Smaller interface"},
    Shortcut{GLFW_KEY_KP_SUBTRACT, kCtrl, C::Always, "ui-scale -", "Ctrl+Keypad -", "Smaller interface"},
    Shortcut{GLFW_KEY_H, kCtrl, C::Always, "high-contrast", "Ctrl+H", "High-contrast theme on or off"},

    Shortcut{GLFW_KEY_SPACE, 0, C::Normal, "toggle-play", "Space", "Play or pause"},
    Shortcut{GLFW_KEY_RIGHT, 0, C::Normal, "step +1", "Right", "One frame forward"},
    Shortcut{GLFW_KEY_LEFT, 0, C::Normal, "step -1", "Left", "One frame back"},
    Shortcut{GLFW_KEY_HOME, 0, C::Normal, "seek 0", "Home", "Back to the start"},
    Shortcut{GLFW_KEY_F1, 0, C::Normal, "help on", "F1", "When to seek help"},
    Shortcut{GLFW_KEY_1, 0, C::Normal, "view anterior", "1", "View from the front"},
    Shortcut{GLFW_KEY_2, 0, C::Normal, "view posterior", "2", "View from behind"},
    Shortcut{GLFW_KEY_3, 0, C::Normal, "view left", "3", "View from the left side"},
    Shortcut{GLFW_KEY_4, 0, C::Normal, "view right", "4", "View from the right side"},
    Shortcut{GLFW_KEY_5, 0, C::Normal, "view superior", "5", "View from above"},
    Shortcut{GLFW_KEY_E, 0, C::Normal, "mode explore", "E", "Explore the motion library"},
    Shortcut{GLFW_KEY_C, 0, C::Normal, "mode compare", "C", "Forceful and controlled side by side"},
    Shortcut{GLFW_KEY_G, 0, C::Normal, "mode guided", "G", "Guided exercise"},
    Shortcut{GLFW_KEY_X, 0, C::Normal, "xray", "X", "X-ray view on or off"},
    Shortcut{GLFW_KEY_L, 0, C::Normal, "labels", "L", "Names on or off"},
    Shortcut{GLFW_KEY_F, 0, C::Normal, "focus", "F", "Bring the selected structure into view"},
    Shortcut{GLFW_KEY_T, 0, C::Normal, "tour", "T", "Show the tour again"},
};

struct NamedKey {
  std::string_view name;
  int key;
};
constexpr std::array kKeyNames{
    NamedKey{"space", GLFW_KEY_SPACE},     NamedKey{"pagedown", GLFW_KEY_PAGE_DOWN}, NamedKey{"pageup", GLFW_KEY_PAGE_UP},
    NamedKey{"left", GLFW_KEY_LEFT},       NamedKey{"right", GLFW_KEY_RIGHT},        NamedKey{"up", GLFW_KEY_UP},
    NamedKey{"down", GLFW_KEY_DOWN},       NamedKey{"home", GLFW_KEY_HOME},          NamedKey{"end", GLFW_KEY_END},
    NamedKey{"escape", GLFW_KEY_ESCAPE},   NamedKey{"esc", GLFW_KEY_ESCAPE},         NamedKey{"enter", GLFW_KEY_ENTER},
    NamedKey{"tab", GLFW_KEY_TAB},         NamedKey{"equal", GLFW_KEY_EQUAL},        NamedKey{"=", GLFW_KEY_EQUAL},
    NamedKey{"minus", GLFW_KEY_MINUS},     NamedKey{"-", GLFW_KEY_MINUS},
};

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::optional<int> keyFromName(std::string_view name) {
  const std::string n = lower(name);
  for (const auto& k : kKeyNames)
    if (k.name == n) return k.key;
  if (n.size() == 1 && n[0] >= 'a' && n[0] <= 'z') return GLFW_KEY_A + (n[0] - 'a');
  if (n.size() == 1 && n[0] >= '0' && n[0] <= '9') return GLFW_KEY_0 + (n[0] - '0');
  if (n.size() >= 2 && n.size() <= 3 && n[0] == 'f') {
    int number = 0;
    for (char c : n.substr(1)) {
      if (c < '0' || c > '9') return std::nullopt;
      number = number * 10 + (c - '0');
    }
    if (number >= 1 && number <= 25) return GLFW_KEY_F1 + number - 1;
  }
  return std::nullopt;
}
}  // namespace

std::span<const Shortcut> shortcutTable() { return kShortcuts; }

std::vector<std::string> commandsForKey(int key, int mods, const AppState& state) {
  const bool presenting = state.presenter.active && state.presenter.lesson.has_value();
  const bool ctrl = (mods & GLFW_MOD_CONTROL) != 0;
  for (const auto& s : kShortcuts) {
    if (s.key != key || ((s.mods & GLFW_MOD_CONTROL) != 0) != ctrl) continue;
    if (s.context == C::Presenter && !presenting && s.command != "presenter off") continue;
    if (s.context == C::Presenter && s.command == "presenter off" && !state.presenter.active) continue;
    // Toggles whose commands take on|off: say which, from the current state.
    if (s.command == "xray") return {state.view.xray ? "xray off" : "xray on"};
    if (s.command == "labels") return {state.view.labels ? "labels off" : "labels on"};
    return {std::string(s.command)};
  }
  // Esc also closes the tour.
  if (key == GLFW_KEY_ESCAPE && !ctrl && state.panels.tour) return {"tour off"};
  return {};
}

std::optional<KeyChord> parseKeyChord(std::string_view text) {
  KeyChord chord;
  std::string rest = lower(text);
  for (;;) {
    if (rest.rfind("ctrl+", 0) == 0) chord.mods |= GLFW_MOD_CONTROL, rest.erase(0, 5);
    else if (rest.rfind("shift+", 0) == 0) chord.mods |= GLFW_MOD_SHIFT, rest.erase(0, 6);
    else if (rest.rfind("alt+", 0) == 0) chord.mods |= GLFW_MOD_ALT, rest.erase(0, 4);
    else break;
  }
  auto key = keyFromName(rest);
  if (!key) return std::nullopt;
  chord.key = *key;
  return chord;
}

}  // namespace spineview::app
