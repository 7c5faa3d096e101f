#!/usr/bin/env bash
# bench/startup.sh [SPINEVIEW] [RUNS]: start-up figures, warm caches, on this machine.
#  1. `spineview render --model spine.glb --size 1280x720` against `f3d --output` of the same
#     GLB at the same size (F3D from Debian: apt-get install f3d), alternating, RUNS each,
#     wall time by /usr/bin/time; medians and their ratio (target: spineview <= 0.5x F3D).
#  2. the viewer's first frame: `spineview -v --frames 1` prints "first frame shown N ms after
#     launch" (from the process start, app/startup_clock.h); median (target <= 500 ms).
# Everything runs inside one Xvfb (started once, not timed). The load average is printed
# before and after: on a shared machine the figures move with it.
set -eu
sv=${1:-build/release/app/spineview}
runs=${2:-7}
command -v f3d >/dev/null || { echo "f3d is not installed (apt-get install f3d)"; exit 77; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (apt-get install xvfb)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$sv" export-model "$work/spine.glb" >/dev/null
export sv runs work
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
  median() { sort -n | awk "{a[NR]=\$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}"; }
  timed() { /usr/bin/time -f "%e" -o "$work/t" "$@" >/dev/null 2>&1; cat "$work/t"; }
  echo "load before: $(uptime)"
  # Warm-up: the model cache, the pipeline cache, Mesa'"'"'s shader cache, the page cache.
  "$sv" render --model "$work/spine.glb" --size 1280x720 --out "$work/sv.png" >/dev/null
  f3d --resolution 1280,720 --output "$work/f3d.png" "$work/spine.glb" >/dev/null 2>&1 || true
  "$sv" -v --frames 1 >/dev/null 2>&1 || true
  : > "$work/sv"; : > "$work/f3d"; : > "$work/first"
  for i in $(seq "$runs"); do
    timed "$sv" render --model "$work/spine.glb" --size 1280x720 --out "$work/sv.png" >> "$work/sv"
    timed f3d --resolution 1280,720 --output "$work/f3d.png" "$work/spine.glb" >> "$work/f3d"
    "$sv" -v --frames 1 2>&1 | sed -n "s/.*first frame shown \([0-9]*\) ms after launch.*/\1/p" >> "$work/first"
  done
  sv_med=$(median < "$work/sv"); f3d_med=$(median < "$work/f3d"); first_med=$(median < "$work/first")
  echo "spineview render --model spine.glb --size 1280x720: $(tr "\n" " " < "$work/sv")s; median ${sv_med} s"
  echo "f3d --output (same file, 1280x720):              $(tr "\n" " " < "$work/f3d")s; median ${f3d_med} s"
  awk -v a="$sv_med" -v b="$f3d_med" "BEGIN {printf \"ratio spineview / F3D: %.2f (target <= 0.5)\n\", a / b}"
  echo "viewer first frame after launch (ms): $(tr "\n" " " < "$work/first"); median ${first_med} ms (target <= 500)"
  echo "load after: $(uptime)"
'
