// Commands for preferences, the first-run tour and screenshots.
#include "settings/settings.h"
#include <algorithm>

#include "ui/tour.h"

namespace spineview::app::settings {

bool loadInto(Session& session, const std::filesystem::path& file, bool restoreMotion) {
  LoadedSettings loaded = loadSettings(file);
  for (auto& w : loaded.warnings) session.notify(Notice::Kind::Warning, std::move(w));
  const std::string lastMotion = loaded.settings.preferences.lastMotionId;
  applySettings(loaded.settings, session.state());
  if (restoreMotion && !lastMotion.empty() && session.findMotion(lastMotion) && session.state().mode == AppMode::Explore)
    (void)session.selectMotion(lastMotion);
  return !loaded.fromNewerVersion;
}

namespace {
core::Status setFlag(bool& flag, const std::vector<std::string>& args) {
  if (auto n = argCount(args, 0, 1); !n) return n;
  if (args.empty()) {
    flag = !flag;
    return core::Ok{};
  }
  auto v = argOnOff(args, 0);
  if (!v) return core::fail(v.message());
  flag = *v;
  return core::Ok{};
}
}  // namespace

void registerSettingsCommands(CommandRegistry& r) {
  r.add("ui-scale", "ui-scale FACTOR|+|-", "Size of the interface, 0.75 to 3 (Ctrl+= / Ctrl+-), for projectors and 4K screens",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          float& scale = s.state().preferences.uiScale;
          if (args[0] == "+" || args[0] == "-") {
            scale = std::clamp(scale * (args[0] == "+" ? 1.125f : 1.0f / 1.125f), kMinUiScale, kMaxUiScale);
            return core::Ok{};
          }
          auto v = argNumber(args, 0, kMinUiScale, kMaxUiScale);
          if (!v) return core::fail(v.message());
          scale = static_cast<float>(*v);
          return core::Ok{};
        });
  r.add("high-contrast", "high-contrast [on|off]", "High-contrast interface theme",
        [](Session& s, const auto& args) { return setFlag(s.state().preferences.highContrast, args); });
  r.add("colour-blind-safe", "colour-blind-safe [on|off]", "Colour maps that stay readable with colour-vision deficiencies",
        [](Session& s, const auto& args) { return setFlag(s.state().preferences.colourBlindSafe, args); });
  r.add("tour", "tour [on|off|next|prev]", "The short tour of the app for first-time users",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 0, 1); !n) return n;
          auto& panels = s.state().panels;
          const std::string what = args.empty() ? "on" : args[0];
          if (what == "next" || what == "prev") {
            if (!panels.tour) return core::fail("the tour is not open");
            const int next = panels.tourCard + (what == "next" ? 1 : -1);
            if (next >= ui::tourCardCount()) {
              panels.tour = false;  // "next" on the last card finishes the tour
              s.state().preferences.tourSeen = true;
            } else {
              panels.tourCard = std::max(0, next);
            }
            return core::Ok{};
          }
          auto v = argOnOff({what}, 0);
          if (!v) return core::fail("\"" + what + "\" is not on, off, next or prev");
          panels.tour = *v;
          panels.tourCard = 0;
          if (!*v) s.state().preferences.tourSeen = true;
          return core::Ok{};
        });
  r.add("screenshot", "screenshot [FILE.png]", "Save a picture of the view (F12); without FILE, a dated name in your Pictures folder",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 0, 1); !n) return n;
          std::filesystem::path file = args.empty() ? std::filesystem::path{} : std::filesystem::path(args[0]);
          if (!file.empty() && file.extension() != ".png") return core::fail("the file name must end in .png");
          s.state().capture.pendingScreenshot = file;
          return core::Ok{};
        });
}

}  // namespace spineview::app::settings
