#!/usr/bin/env bash
# Configures and builds one CMake preset (default: release). Used by run.sh and test.sh.
set -euo pipefail
preset=${1:-release}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
