// Commands of the education UI: open and close panels, the "When to seek help" panel, guided
// exercises and the structure card.
#include <string>

#include "education/content.h"
#include "education/panel_names.h"
#include "scene/camera_animation.h"
#include "session/session.h"

namespace spineview::app {

namespace {

std::string joinedPanelNames() {
  std::string out;
  for (auto name : education::panelNames()) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

core::Status setFlag(bool& flag, const std::vector<std::string>& args, std::size_t index) {
  if (args.size() <= index || args[index] == "toggle") {
    flag = !flag;
    return core::Ok{};
  }
  auto on = argOnOff(args, index);
  if (!on) return core::fail(on.message() + " (or toggle)");
  flag = *on;
  return core::Ok{};
}

}  // namespace

void registerEducationCommands(CommandRegistry& r) {
  r.add("panel", "panel NAME [on|off|toggle]", "Open, close or toggle a panel (" + joinedPanelNames() + ")",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 2); !n) return n;
          auto& panels = s.state().panels;
          bool* flag = education::findPanel(panels, args[0]);
          if (!flag) return core::fail("there is no panel called \"" + args[0] + "\"; choose one of " + joinedPanelNames());
          if (auto set = setFlag(*flag, args, 1); !set) return set;
          // Opening a page of the left column shows it.
          using Page = PanelState::LeftPage;
          if (*flag && args[0] == "library") panels.leftPage = Page::Library;
          if (*flag && args[0] == "layers") panels.leftPage = Page::Layers;
          if (*flag && args[0] == "structure") panels.leftPage = Page::Structure;
          if (*flag && args[0] == "coach") panels.leftPage = Page::Coach;
          return core::Ok{};
        });
  r.add("drawer", "drawer left|right|none", "Open a side panel that the window folded into a tab at its edge",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          const std::string& side = args[0];
          if (side != "left" && side != "right" && side != "none") return core::fail("\"" + side + "\" is not left, right or none");
          s.state().panels.drawer = side == "left" ? 1 : side == "right" ? 2 : 0;
          return core::Ok{};
        });
  r.add("help", "help [on|off|toggle]", "Show when to seek professional help (F1)",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 0, 1); !n) return n;
          if (args.empty()) {
            s.state().panels.help = true;
            return core::Ok{};
          }
          return setFlag(s.state().panels.help, args, 0);
        });
  r.add("emergency-number", "emergency-number auto|NUMBER",
        "The number the help panel tells you to call: auto (from your region) or the digits, such as 999, 911 or 112",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          if (!education::validEmergencySetting(args[0]))
            return core::fail("\"" + args[0] + "\" is neither auto nor a phone number of 1 to 6 digits");
          s.state().preferences.emergencyNumber = args[0];
          return core::Ok{};
        });
  r.add("exercise", "exercise ID", "Start a guided exercise with the on-screen coach",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          const auto* program = s.findMotion(args[0]);
          if (!program) return core::fail("there is no exercise called \"" + args[0] + "\"");
          if (program->category != biomech::MotionCategory::Exercise && program->category != biomech::MotionCategory::Controlled)
            return core::fail("\"" + args[0] + "\" is shown for contrast only and is not an exercise to follow");
          s.state().guided.exerciseId = args[0];
          s.state().guided.repetitionsDone = 0;
          s.state().mode = AppMode::Guided;
          if (auto selected = s.selectMotion(args[0]); !selected) return selected;
          frameForExercise(s, false);
          return core::Ok{};
        });
  r.add("structure", "structure INDEX|NAME|none", "Show the card of a structure (a part of the model)",
        [](Session& s, const auto& args) -> core::Status {
          if (auto n = argCount(args, 1, 1); !n) return n;
          if (args[0] == "none") {
            s.state().selection.partIndex.reset();
            return core::Ok{};
          }
          const auto& parts = s.model().mesh.parts;
          for (std::size_t i = 0; i < parts.size(); ++i) {
            if (parts[i].name == args[0]) {
              s.state().selection.partIndex = static_cast<std::uint32_t>(i);
              s.state().panels.structureCard = true;
              s.state().panels.leftPage = PanelState::LeftPage::Structure;
              return core::Ok{};
            }
          }
          auto index = argNumber(args, 0, 0.0, static_cast<double>(parts.size()) - 1.0);
          if (!index || parts.empty() || *index != static_cast<double>(static_cast<std::uint32_t>(*index)))
            return core::fail("\"" + args[0] + "\" is neither a part name nor a part number from 0 to " +
                              std::to_string(parts.empty() ? 0 : parts.size() - 1));
          s.state().selection.partIndex = static_cast<std::uint32_t>(*index);
          s.state().panels.structureCard = true;
          s.state().panels.leftPage = PanelState::LeftPage::Structure;
          return core::Ok{};
        });
}

}  // namespace spineview::app
