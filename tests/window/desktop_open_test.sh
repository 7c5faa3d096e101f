#!/usr/bin/env bash
# Opening files the way the desktop does: the menu entry's Exec line (packaging/) with %f
# replaced by a double-clicked lesson file starts presenter mode full screen; a broken lesson
# still opens the window and says what is wrong there; no file opens the plain viewer.
set -u
exe=$1; desktop=$2; outdir=$3
mkdir -p "$outdir"
command -v xvfb-run >/dev/null || { echo "xvfb-run missing (scripts/install-deps.sh installs it)"; exit 1; }
export XDG_RUNTIME_DIR=$(mktemp -d) XDG_STATE_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_PICTURES_DIR=$(mktemp -d) SPINEVIEW_VALIDATION=1
xvfb-run -a -s "-screen 0 1280x800x24" "$(dirname "$0")/desktop_open_session.sh" "$exe" "$desktop" "$outdir"
