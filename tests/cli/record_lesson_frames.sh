#!/usr/bin/env bash
# record_lesson_frames.sh SPINEVIEW OUT_DIR LESSON: records a lesson as PNG frames and checks the
# timing and the pictures. Each step lasts its range at its speed plus a 1.5 s rest (or longer
# when the caption needs more reading time); a step without a speed plays at 1x.
set -u
sv=$1 dir=$2 lesson=$3
rm -rf "$dir" && mkdir -p "$dir" || exit 1
frame() { printf '%s/frame_%05d.png' "$dir" "$1"; }
for n in 29 30 31; do : >"$(frame $n)"; done  # left from an older, longer export: must go
out=$("$sv" record --lesson "$lesson" --out "$dir" --size 160x100 --fps 4 2>&1) || { echo "record failed: $out"; exit 1; }
# At 4 fps: step 1 still, 0 s + 1.5 s = 6 frames; step 2, 1 s at 0.5x + 1.5 s = 14; step 3 (1x),
# 0.5 s + 1.5 s = 8 (10 if it inherited step 2's 0.5x).
want=28
grep -q "wrote $want frames (160x100, 4 fps, 7.00 s)" <<<"$out" || { echo "unexpected output: $out"; exit 1; }
got=$(find "$dir" -name 'frame_*.png' | wc -l)
[ "$got" = "$want" ] || { echo "$got frame files in $dir, expected $want"; exit 1; }
differ() { if cmp -s "$(frame "$1")" "$(frame "$2")"; then echo "frames $1 and $2 are identical: $3"; exit 1; fi; }
same() { if ! cmp -s "$(frame "$1")" "$(frame "$2")"; then echo "frames $1 and $2 differ: $3"; exit 1; fi; }
differ 6 7 "step 2 (posterior view, new caption) did not start after step 1's 6 frames"
differ 8 12 "step 2's motion does not play"
same 19 20 "step 2 (a looping step) should rest on its last picture in a video"
differ 20 21 "step 3 did not start after step 2's 14 frames"
differ 21 22 "step 3's motion does not play"
same 27 28 "step 3 should rest on its last picture"
echo "$out"
