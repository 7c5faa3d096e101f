#!/usr/bin/env bash
# Runs inside Xvfb (see window_test.sh): openbox, the viewer, xdotool steps.
set -u
exe=$1; outdir=$2
openbox >/dev/null 2>&1 &
wm=$!
sleep 0.5
# A lesson is loaded but presenter mode is off, so F5 later opens it on step 1.
"$exe" --size 640x400 -c "lesson why_necks_crack" -c "presenter off" >"$outdir/window.log" 2>&1 &
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

# Keyboard and mouse: help, play, presenter mode (fullscreen) with the clicker, leave, a click,
# then F12 writes a screenshot (XDG_PICTURES_DIR) that must not be blank.
alive() { kill -0 $app 2>/dev/null || { echo "viewer died after $1"; cat "$outdir/window.log"; exit 1; }; }
for key in F1 space F5 Next Next Prior Escape; do
  xdotool key --window "$id" $key; sleep 0.8; alive "key $key"
done
xdotool mousemove --window "$id" 320 200 click 1; sleep 0.5; alive "a click"
xdotool mousemove --window "$id" 300 180 mousedown 1 mousemove --window "$id" 360 200 mouseup 1; sleep 0.5; alive "a drag"
rm -f "$XDG_PICTURES_DIR"/spineview-*.png
xdotool key --window "$id" F12
for _ in $(seq 1 50); do grep -q "^screenshot " "$outdir/window.log" && break; sleep 0.2; done
shot=$(ls "$XDG_PICTURES_DIR"/spineview-*.png 2>/dev/null | head -1)
[ -n "$shot" ] || { echo "F12 wrote no screenshot"; cat "$outdir/window.log"; exit 1; }
"$(dirname "$0")/png_not_blank.py" "$shot" || { echo "the screenshot is blank"; exit 1; }
cp "$shot" "$outdir/window_f12.png"
xdotool key --window "$id" ctrl+q
for _ in $(seq 1 100); do kill -0 $app 2>/dev/null || break; sleep 0.1; done
if kill -0 $app 2>/dev/null; then echo "viewer did not close on Ctrl+Q"; kill $app; exit 1; fi
wait $app; code=$?
kill $wm 2>/dev/null
if [ $code -ne 0 ]; then echo "viewer exited with $code"; cat "$outdir/window.log"; exit 1; fi
if grep -v "^screenshot " "$outdir/window.log" | grep -qi "validation\|error"; then echo "messages in the viewer's log:"; cat "$outdir/window.log"; exit 1; fi
echo "window test passed"
