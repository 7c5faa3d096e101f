// spineview: see README.md. The executable only parses the command line and runs a verb.
#include "cli.h"

int main(int argc, char** argv) { return spineview::app::runCommandLine(argc, argv); }
