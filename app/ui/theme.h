// The interface theme: the normal dark style or a high-contrast one, and the UI scale
// (projectors, 4K). Cheap to call every frame: it only rebuilds the style when a preference changed.
#pragma once

#include "session/app_state.h"

namespace spineview::app::ui {

// `contentScale`: the display's own scale (HiDPI), multiplied into the UI scale.
void applyTheme(const Preferences& preferences, float contentScale = 1.0f);

}  // namespace spineview::app::ui
