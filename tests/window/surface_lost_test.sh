#!/usr/bin/env bash
# A lost window surface at run time: SPINEVIEW_INJECT_FAULT makes the 6th swapchain acquire
# (0-based 5) report VK_ERROR_SURFACE_LOST_KHR. The viewer must rebuild its surface and
# swapchain, draw the remaining frames and exit 0 with no validation messages. A surface that
# is lost at every acquire must end the viewer cleanly: one line, exit code 1, no hang.
set -u
exe=$1; outdir=$2
mkdir -p "$outdir"
command -v xvfb-run >/dev/null || { echo "xvfb-run missing (scripts/install-deps.sh installs it)"; exit 1; }
export XDG_RUNTIME_DIR=$(mktemp -d) XDG_STATE_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) SPINEVIEW_VALIDATION=1
# The viewer's own exit code, written from inside the X session: xvfb-run's status also
# reflects its clean-up (it may report 5 when its temporary folder is briefly busy).
run_viewer() {
  local codefile="$outdir/surface_lost.code"
  rm -f "$codefile"
  timeout 150 xvfb-run -a -s "-screen 0 1024x768x24" \
    bash -c '"$1" --size 640x400 --frames 30; echo $? > "$2"' _ "$exe" "$codefile" >"$log" 2>&1
  code=$(cat "$codefile" 2>/dev/null || echo "none (the viewer did not finish)")
}
export SPINEVIEW_INJECT_FAULT=surface-lost@frame:5
log="$outdir/surface_lost.log"
run_viewer
fail() { echo "$1"; cat "$log"; exit 1; }
[ "$code" = 0 ] || fail "viewer exited with $code"
grep -q "drawing surface was lost; rebuilt it" "$log" || fail "the injected surface loss was not reported as recovered"
[ "$(grep -c "drawing surface was lost" "$log")" -eq 1 ] || fail "the surface was lost more than once"
grep -v "drawing surface was lost; rebuilt it\|^xvfb-run: error: problem while cleaning up" "$log" | grep -qi "validation\|error" && fail "messages in the viewer's log:"

export SPINEVIEW_INJECT_FAULT=surface-lost@always
log="$outdir/surface_lost_always.log"
run_viewer
[ "$code" = 1 ] || fail "a surface lost for good: exit code $code, expected 1"
[ "$(grep -c "drawing surface was lost and could not be rebuilt" "$log")" -eq 1 ] || fail "no single clear message"
grep -v "drawing surface was lost\|^xvfb-run: error: problem while cleaning up" "$log" | grep -qi "validation\|error" && fail "messages in the viewer's log:"
echo "surface-lost test passed"
