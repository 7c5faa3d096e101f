#!/usr/bin/env bash
# record_progress.sh SPINEVIEW OUT_DIR: on a terminal (a pseudo-terminal from `script`), record
# shows its progress: frames, percent and the time left.
set -u
sv=$1 dir=$2
command -v script >/dev/null || { echo "script (util-linux) missing: skipped"; exit 77; }
rm -rf "$dir" && mkdir -p "$dir" || exit 1
out=$(script -qec "$sv record --motion chin_tuck --out $dir --size 160x100 --fps 4 --to 3" /dev/null 2>&1) || { echo "record failed: $out"; exit 1; }
grep -q "recording: frame 13 of 13 (100 %)" <<<"$out" || { echo "no progress line: $out"; exit 1; }
grep -q "wrote 13 frames" <<<"$out" || { echo "unexpected output: $out"; exit 1; }
# Without a terminal, nothing but the result.
out=$("$sv" record --motion chin_tuck --out "$dir" --size 160x100 --fps 4 --to 1 2>&1)
grep -q "recording:" <<<"$out" && { echo "progress printed without a terminal: $out"; exit 1; }
echo "progress shown on a terminal only"
