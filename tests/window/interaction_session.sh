#!/usr/bin/env bash
# Runs inside Xvfb (see interaction_test.sh).
set -u
exe=$1; outdir=$2
here=$(dirname "$0")
state=$outdir/interaction_state.txt
log=$outdir/interaction.log
openbox >/dev/null 2>&1 &
wm=$!
sleep 0.5
# A close-up of C5 from the left with the bones alone and the side panels closed, so the
# camera's target (C5's body) is in the middle of the window, under the menu bar.
"$exe" --size 1366x768 --state-file "$state" -c "layers bones" -c "view left instant" -c 'structure "C5 vertebra"' \
  -c "focus instant" -c "structure none" -c "panel library off" -c "panel gauges off" -c "panel timeline off" >"$log" 2>&1 &
app=$!
fail() { echo "FAILED: $*"; cat "$log"; kill $app 2>/dev/null; kill $wm 2>/dev/null; exit 1; }
id=$(timeout 60 xdotool search --sync --onlyvisible --name '^spineview$' | head -1)
[ -n "$id" ] || fail "the window never appeared"
xdotool windowactivate "$id" 2>/dev/null
sleep 4
eval "$(xdotool getwindowgeometry --shell "$id")"  # WIDTH, HEIGHT of the client area

# The state as the viewer sees it now ("path value" lines).
state_of() {
  rm -f "$state"
  kill -USR1 $app
  for _ in $(seq 1 100); do [ -s "$state" ] && break; sleep 0.1; done
  [ -s "$state" ] || fail "no state written"
  awk -v k="$1" '$1 == k { $1 = ""; sub(/^ /, ""); print }' "$state"
}
expect_state() {
  local value; value=$(state_of "$1")
  [ "$value" = "$2" ] || fail "$3: expected $1 = '$2', got '$value'"
  echo "ok: $3 ($1 = $value)"
}
shot() {  # F12, then the newest screenshot copied to $outdir/$1.png
  rm -f "$XDG_PICTURES_DIR"/spineview-*.png
  xdotool key --window "$id" F12
  for _ in $(seq 1 80); do ls "$XDG_PICTURES_DIR"/spineview-*.png >/dev/null 2>&1 && break; sleep 0.25; done
  local f; f=$(ls "$XDG_PICTURES_DIR"/spineview-*.png 2>/dev/null | head -1)
  [ -n "$f" ] || fail "F12 wrote no screenshot"
  sleep 0.5
  cp "$f" "$outdir/$1.png"
}

# 1. A click on the vertebra in the middle of the view selects it and opens its card.
expect_state selection none "nothing selected at start"
xdotool mousemove --window "$id" $((WIDTH / 2)) $((HEIGHT / 2 + 10)) click 1
sleep 2
expect_state selection.level C5 "a click on C5 selects it"
expect_state panels.structure_card true "its card is open"

# 2. A very quick click (press and release inside one frame) on the View menu opens it.
shot menu_closed
xdotool mousemove --window "$id" 62 10; sleep 0.6
xdotool mousedown 1; sleep 0.01; xdotool mouseup 1
sleep 1.5
shot menu_open
# An open menu lights up its title in the menu bar.
changed=$(python3 "$here/png_pixels.py" changed "$outdir/menu_closed.png" "$outdir/menu_open.png" 48 3 86 19)
python3 -c "import sys; sys.exit(0 if $changed > 0.5 else 1)" || fail "the View menu did not open on a quick click ($changed of the box changed)"
echo "ok: a quick click opens the View menu ($changed of the box changed)"
xdotool key --window "$id" Escape; sleep 0.8

xdotool key --window "$id" ctrl+q
for _ in $(seq 1 100); do kill -0 $app 2>/dev/null || break; sleep 0.1; done
kill -0 $app 2>/dev/null && fail "the viewer did not close on Ctrl+Q"
wait $app; code=$?
kill $wm 2>/dev/null
[ $code -eq 0 ] || fail "the viewer exited with $code"
if grep -v "^screenshot \|^state " "$log" | grep -qi "validation\|error"; then fail "messages in the viewer's log"; fi
echo "interaction test passed"
