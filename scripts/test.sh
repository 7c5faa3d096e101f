#!/usr/bin/env bash
# Installs what is missing, builds, and runs every CTest test (unit, gpu, golden, cli,
# window) with the Khronos validation layer on. Exit code is the tests'.
# SPINEVIEW_WERROR=1 (CI) makes compiler warnings errors.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/install-deps.sh"
preset=release
[ "${SPINEVIEW_WERROR:-0}" = 1 ] && preset=ci
"$root/scripts/build.sh" "$preset"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
export SPINEVIEW_VALIDATION=1
ctest --preset "$preset" -j "$(nproc)"
