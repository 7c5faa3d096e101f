// A session on a tiny stand-in mesh (state, not geometry), with the assets of the source tree
// and a private XDG config folder, for the presenter, settings, shortcut and script tests.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "session/session.h"

namespace spineview::app::test {

// One session per test binary (creating one takes seconds in Debug), reset to a fresh state
// and empty notices on every call.
Session* makeSession();
// A fresh empty folder under the test's temporary directory.
std::filesystem::path scratchDir(const std::string& name);
void writeText(const std::filesystem::path& file, const std::string& text);

}  // namespace spineview::app::test
