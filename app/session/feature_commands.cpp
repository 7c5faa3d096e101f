// Where each feature hooks its commands into every session. One line per feature.
#include "session/session.h"

namespace spineview::app {

void registerViewCommands(CommandRegistry& registry);  // app/view_commands.cpp
void registerEducationCommands(CommandRegistry& registry);  // app/education/education_commands.cpp
void registerOpenCommands(CommandRegistry& registry);  // app/open_commands.cpp

namespace lessons { void registerPresenterCommands(CommandRegistry& registry); }   // app/lessons
namespace settings { void registerSettingsCommands(CommandRegistry& registry); }   // app/settings

void registerFeatureCommands(CommandRegistry& registry) {
  registerViewCommands(registry);
  registerEducationCommands(registry);
  registerOpenCommands(registry);
  lessons::registerPresenterCommands(registry);
  settings::registerSettingsCommands(registry);
}

}  // namespace spineview::app
