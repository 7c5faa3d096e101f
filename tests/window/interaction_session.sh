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
  -c "focus instant" -c "structure none" -c "panel library off" -c "panel layers off" -c "panel gauges off" -c "panel timeline off" >"$log" 2>&1 &
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
  for _ in $(seq 1 600); do [ -s "$state" ] && break; sleep 0.1; done
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

# 3. File > Lessons > a lesson opens it at step 1 in the window; F5 presents it; PageDown steps.
xdotool mousemove --window "$id" 22 10 click 1; sleep 1.2
xdotool mousemove --window "$id" 60 38; sleep 1.2            # "Lessons", the first item: its list opens
shot lessons_menu
xdotool mousemove --window "$id" ${LESSON_X:-300} 38 click 1; sleep 2   # the first lesson in the list
expect_state presenter.step 1 "File > Lessons opened a lesson at step 1"
expect_state presenter.active false "not presented before F5"
xdotool key --window "$id" F5; sleep 2
expect_state presenter.active true "F5 presents the lesson"
xdotool key --window "$id" Next; sleep 2
expect_state presenter.step 2 "PageDown moves to step 2"
xdotool key --window "$id" 3; sleep 1
expect_state presenter.step 2 "a view key works while presenting and does not change the step"
xdotool key --window "$id" Escape; sleep 2
expect_state presenter.active false "Esc leaves presenter mode"

# 4. Ctrl+= up to twice the text size on this 1366x768 screen keeps the model in view.
xdotool key --window "$id" 3; sleep 2.5                      # the left view frames what is shown
shot scale_1
for _ in 1 2 3 4 5 6; do xdotool key --window "$id" ctrl+equal; sleep 0.4; done
sleep 2.5
scale=$(state_of preferences.ui_scale)
python3 -c "import sys; sys.exit(0 if $scale >= 2.0 else 1)" || fail "Ctrl+= six times gave ui scale $scale"
shot scale_2
bone1=$(python3 "$here/png_pixels.py" bone "$outdir/scale_1.png" 0 40 "$WIDTH" "$HEIGHT")
bone2=$(python3 "$here/png_pixels.py" bone "$outdir/scale_2.png" 0 40 "$WIDTH" "$HEIGHT")
python3 -c "import sys; sys.exit(0 if $bone2 > 0.01 and $bone2 >= 0.6 * $bone1 else 1)" \
  || fail "the model shrank or vanished at ui scale $scale (bone pixels $bone1 -> $bone2)"
echo "ok: at ui scale $scale the model stays in view (bone pixels $bone1 -> $bone2)"

xdotool key --window "$id" ctrl+q
for _ in $(seq 1 100); do kill -0 $app 2>/dev/null || break; sleep 0.1; done
kill -0 $app 2>/dev/null && fail "the viewer did not close on Ctrl+Q"
wait $app; code=$?
kill $wm 2>/dev/null
[ $code -eq 0 ] || fail "the viewer exited with $code"
if grep -v "^screenshot \|^state " "$log" | grep -qi "validation\|error"; then fail "messages in the viewer's log"; fi
echo "interaction test passed"
