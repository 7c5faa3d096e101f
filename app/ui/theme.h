// The interface theme: the normal dark style or a high-contrast one, and the UI scale
// (projectors, 4K). Cheap to call every frame: it only rebuilds the style when a preference changed.
#pragma once

#include "session/app_state.h"

namespace spineview::app::ui {

void applyTheme(const Preferences& preferences);

}  // namespace spineview::app::ui
