#!/usr/bin/env bash
# record_ffmpeg_fails.sh SPINEVIEW OUT_DIR: an ffmpeg that writes part of the file and then fails
# must give one line naming the output and ffmpeg's error, exit 1, and leave no file behind.
set -u
sv=$1 dir=$2
rm -rf "$dir" && mkdir -p "$dir/bin" || exit 1
cat >"$dir/bin/ffmpeg" <<'FAKE'
#!/bin/sh
for last; do :; done
head -c 200000 >"$last"
echo "[mp4 @ 0x1] disk full (test encoder)" >&2
echo "Conversion failed!" >&2
exit 1
FAKE
chmod +x "$dir/bin/ffmpeg"
out=$(PATH="$dir/bin:$PATH" "$sv" record --motion forceful_self_twist --out "$dir/x.mp4" --size 160x100 --fps 10 2>&1)
code=$?
[ "$code" = 1 ] || { echo "exit code $code, expected 1: $out"; exit 1; }
[ "$out" = "spineview: cannot write $dir/x.mp4: ffmpeg failed with exit status 1 (ffmpeg: [mp4 @ 0x1] disk full (test encoder))" ] ||
  { echo "unexpected message: $out"; exit 1; }
left=$(find "$dir" -maxdepth 1 -name 'x.mp4*')
[ -z "$left" ] || { echo "left behind: $left"; exit 1; }
echo "$out"
