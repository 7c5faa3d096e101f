#!/usr/bin/env bash
# record_mp4.sh SPINEVIEW OUT_DIR: records a motion as MP4 through ffmpeg and checks the file with
# ffprobe (size, frame rate, frame count, yuv420p, BT.709 tag) and its colours against the PNG
# frames of the same recording. Exit 77 (skipped) without ffmpeg/ffprobe.
set -u
sv=$1 dir=$2
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || { echo "ffmpeg/ffprobe not installed: skipped"; exit 77; }
rm -rf "$dir" && mkdir -p "$dir" || exit 1
video=$dir/twist.mp4
rec() { "$sv" record --motion forceful_self_twist --size 160x100 --fps 10 --no-ui --out "$@"; }
out=$(rec "$video" 2>&1) || { echo "record failed: $out"; exit 1; }
# 2.1 s at 10 fps, both ends included: 22 frames.
probe=$(ffprobe -v error -select_streams v:0 -count_frames -of default=nw=1 \
  -show_entries stream=width,height,pix_fmt,r_frame_rate,nb_read_frames,color_space "$video" | tr '\n' ' ')
want="width=160 height=100 pix_fmt=yuv420p color_space=bt709 r_frame_rate=10/1 nb_read_frames=22 "
[ "$probe" = "$want" ] || { echo "ffprobe: $probe"; echo "expected: $want"; exit 1; }
[ ! -e "$video.part" ] || { echo "$video.part was left behind"; exit 1; }
# Colours: frame 11 (t = 1 s) decoded from the video against the same frame saved as PNG. The
# background is a blue-grey (about 53, 56, 63): a red/blue swap or a wrong transfer curve moves
# a channel mean by far more than the 1–3 levels that 8-bit limited-range YUV and compression do.
rec "$dir/png" >/dev/null 2>&1 || { echo "PNG record failed"; exit 1; }
means() { ffmpeg -v error "$@" -frames:v 1 -f rawvideo -pix_fmt rgb24 - | od -An -v -tu1 -w3 |
          awk '{r+=$1; g+=$2; b+=$3; n++} END {printf "%.1f %.1f %.1f", r/n, g/n, b/n}'; }
read -r vr vg vb <<<"$(means -ss 1 -i "$video")"
read -r pr pg pb <<<"$(means -i "$dir/png/frame_00011.png")"
awk -v a="$vr $vg $vb" -v b="$pr $pg $pb" 'BEGIN {split(a, v); split(b, p);
  for (i = 1; i <= 3; i++) if (v[i] - p[i] > 4 || p[i] - v[i] > 4) { print "channel means differ: video " a ", PNG " b; exit 1 }}' || exit 1
echo "$out; $probe; RGB means video $vr $vg $vb, PNG $pr $pg $pb"
