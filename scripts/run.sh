#!/usr/bin/env bash
# Installs what is missing, builds Release and starts spineview. Arguments go to spineview:
#   scripts/run.sh                      opens the viewer on the built-in model
#   scripts/run.sh render --out x.png   renders a picture without a window
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" release >&2
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
# Without a display the viewer cannot open; say so in one line and suggest the headless verb.
if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "spineview: no display found (DISPLAY is not set); try: scripts/run.sh render --out spine.png" >&2
  exit 1
fi
exec "$root/build/release/app/spineview" "$@"
