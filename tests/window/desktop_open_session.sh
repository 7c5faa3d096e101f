#!/usr/bin/env bash
# Runs inside Xvfb (see desktop_open_test.sh).
set -u
exe=$1; desktop=$2; outdir=$3
openbox >/dev/null 2>&1 &
wm=$!
sleep 0.5
files=$(mktemp -d)
lesson="$files/Clinic talk.spinelesson"
cat >"$lesson" <<'JSON'
{"version": 1, "title": "Clinic talk", "steps": [{"caption": "This is the neck from the side.", "view": "left"}]}
JSON
echo '{"version": 1, "title": "Broken", "steps": []}' >"$files/broken.spinelesson"

# The Exec line as a launcher runs it: the program is the binary under test, %f the file (or
# nothing at all when no file was given, as the desktop entry specification says).
launch() {
  local word cmd=()
  for word in $(sed -n 's/^Exec=//p' "$desktop"); do
    case $word in
      spineview) cmd+=("$exe") ;;
      %f) [ $# -gt 0 ] && cmd+=("$1") ;;
      *) cmd+=("$word") ;;
    esac
  done
  "${cmd[@]}" >"$log" 2>&1 &
  app=$!
  id=$(timeout 60 xdotool search --sync --onlyvisible --name '^spineview$' | head -1)
  [ -n "$id" ] || { echo "window never appeared for: ${cmd[*]}"; cat "$log"; kill $app 2>/dev/null; exit 1; }
  sleep 2
}
quit() {
  xdotool key --window "$id" ctrl+q
  for _ in $(seq 1 100); do kill -0 $app 2>/dev/null || break; sleep 0.1; done
  if kill -0 $app 2>/dev/null; then echo "viewer did not close on Ctrl+Q"; kill $app; exit 1; fi
  wait $app; local code=$?
  [ $code -eq 0 ] || { echo "viewer exited with $code"; cat "$log"; exit 1; }
}
size() { eval "$(xdotool getwindowgeometry --shell "$id")"; echo "${WIDTH}x${HEIGHT}"; }

log="$outdir/desktop_lesson.log"
launch "$lesson"
[ "$(size)" = 1280x800 ] || { echo "a double-clicked lesson did not fill the screen (presenter mode): $(size)"; cat "$log"; exit 1; }
rm -f "$XDG_PICTURES_DIR"/spineview-*.png
xdotool key --window "$id" F12
for _ in $(seq 1 50); do grep -q "^screenshot " "$log" && break; sleep 0.2; done
shot=$(ls "$XDG_PICTURES_DIR"/spineview-*.png 2>/dev/null | head -1)
[ -n "$shot" ] && "$(dirname "$0")/png_not_blank.py" "$shot" >/dev/null || { echo "no picture of the presenter view"; cat "$log"; exit 1; }
cp "$shot" "$outdir/desktop_lesson.png"
quit

log="$outdir/desktop_broken.log"
launch "$files/broken.spinelesson"
grep -qx "spineview: $files/broken.spinelesson: /steps: a lesson needs at least one step" "$log" || { echo "the broken lesson was not reported"; cat "$log"; exit 1; }
[ "$(size)" != 1280x800 ] || { echo "a broken lesson still went to presenter mode"; exit 1; }
quit

log="$outdir/desktop_menu.log"
launch
[ "$(size)" != 1280x800 ] || { echo "the menu entry without a file opened full screen"; exit 1; }
quit
kill $wm 2>/dev/null
for f in "$outdir"/desktop_*.log; do
  if grep -v "broken.spinelesson\|^screenshot " "$f" | grep -qi "validation\|error"; then echo "messages in $f:"; cat "$f"; exit 1; fi
done
echo "desktop open test passed"
