// Parses the command line and runs the chosen verb.
#pragma once

namespace spineview::app {

int runCommandLine(int argc, char** argv);

}  // namespace spineview::app
