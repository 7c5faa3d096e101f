#!/usr/bin/env bash
# Drives the real viewer window under Xvfb + openbox with xdotool.
set -u
exe=$1; outdir=$2
mkdir -p "$outdir"
command -v xvfb-run >/dev/null || { echo "xvfb-run missing (scripts/install-deps.sh installs it)"; exit 1; }
export XDG_RUNTIME_DIR=$(mktemp -d) XDG_STATE_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_PICTURES_DIR=$(mktemp -d) SPINEVIEW_VALIDATION=1

xvfb-run -a -s "-screen 0 1280x800x24" "$(dirname "$0")/window_session.sh" "$exe" "$outdir"
