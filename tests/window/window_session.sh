#!/usr/bin/env bash
# Runs inside Xvfb (see window_test.sh): openbox, the viewer, xdotool steps.
set -u
exe=$1; outdir=$2
openbox >/dev/null 2>&1 &
wm=$!
sleep 0.5
"$exe" --size 640x400 >"$outdir/window.log" 2>&1 &
app=$!
id=$(timeout 60 xdotool search --sync --onlyvisible --name '^spineview$' | head -1)
[ -n "$id" ] || { echo "window never appeared"; cat "$outdir/window.log"; kill $app; exit 1; }
sleep 1
for size in "800 600" "320 240" "1024 700" "500 500"; do
  xdotool windowsize "$id" $size; sleep 0.6
  kill -0 $app 2>/dev/null || { echo "viewer died while resizing to $size"; cat "$outdir/window.log"; exit 1; }
done
xdotool windowminimize "$id"; sleep 1.5
kill -0 $app 2>/dev/null || { echo "viewer died while minimized"; cat "$outdir/window.log"; exit 1; }
xdotool windowmap "$id"; xdotool windowactivate "$id" 2>/dev/null; sleep 1
import -window root "$outdir/window.png" 2>/dev/null || true
xdotool key --window "$id" ctrl+q
for _ in $(seq 1 100); do kill -0 $app 2>/dev/null || break; sleep 0.1; done
if kill -0 $app 2>/dev/null; then echo "viewer did not close on Ctrl+Q"; kill $app; exit 1; fi
wait $app; code=$?
kill $wm 2>/dev/null
if [ $code -ne 0 ]; then echo "viewer exited with $code"; cat "$outdir/window.log"; exit 1; fi
if grep -qi "validation\|error" "$outdir/window.log"; then echo "messages in the viewer's log:"; cat "$outdir/window.log"; exit 1; fi
echo "window test passed"
