#!/usr/bin/env bash
# What people do in the real window, under Xvfb + openbox with xdotool, checked on the outcome
# (the viewer's state on SIGUSR1, the pixels of its F12 screenshots), not only that it lives.
set -u
exe=$1; outdir=$2
mkdir -p "$outdir"
command -v xvfb-run >/dev/null || { echo "xvfb-run missing (scripts/install-deps.sh installs it)"; exit 1; }
export XDG_RUNTIME_DIR=$(mktemp -d) XDG_STATE_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d) \
       XDG_PICTURES_DIR=$(mktemp -d) SPINEVIEW_VALIDATION=1
xvfb-run -a -s "-screen 0 1366x768x24" "$(dirname "$0")/interaction_session.sh" "$exe" "$outdir"
