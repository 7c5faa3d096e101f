#!/usr/bin/env bash
# export_motion_plays.sh SPINEVIEW SOURCE_DIR OUT_DIR: exports chin_tuck as an animated GLB
# (no OUT.part left behind), runs the Khronos glTF-Validator on it (0 errors, 0 warnings) and
# loads it in F3D headless under Xvfb with the animation enabled and started (Space). F3D 1.3
# cannot render at a chosen animation time, so the pose itself is checked by the unit test
# MotionExport.NodesAtEndOfRangeMatchTheSimulation. Exit 77 (skipped), saying why, when
# neither the validator nor f3d can run.
set -u
sv=$1; src=$2; out=$3
rm -rf "$out"; mkdir -p "$out"
glb="$out/chin_tuck.glb"
"$sv" export-motion chin_tuck --out "$glb" || exit 1
[ -s "$glb" ] || { echo "no $glb"; exit 1; }
[ ! -e "$glb.part" ] || { echo "$glb.part left behind"; exit 1; }
ran=0

tool="$src/tools/gltf-validator"
if ! command -v node >/dev/null 2>&1; then echo "validator skipped: node not installed"
elif [ ! -d "$tool/node_modules/gltf-validator" ]; then echo "validator skipped: gltf-validator not installed (scripts/install-node-tools.sh)"
else
  report=$(node "$tool/validate.mjs" "$glb" 2>&1); code=$?
  echo "$report" | tail -5
  { [ $code = 0 ] && grep -q "0 errors, 0 warnings" <<<"$report"; } || { echo "validator: not clean"; exit 1; }
  ran=1
fi

if ! command -v f3d >/dev/null 2>&1; then echo "f3d skipped: f3d not installed (Debian package f3d)"
elif ! command -v xvfb-run >/dev/null 2>&1; then echo "f3d skipped: xvfb-run not installed"
else
  # A recorded key press: Space starts the animation.
  printf '# StreamVersion 1.1\nKeyPressEvent 160 120 0 32 1 space\nCharEvent 160 120 0 32 1 space\nKeyReleaseEvent 160 120 0 32 1 space\n' >"$out/play.log"
  log=$(timeout 120 xvfb-run -a f3d --verbose --animation-index 0 --resolution 320,240 \
        --interaction-test-play "$out/play.log" --output "$out/f3d.png" "$glb" 2>&1); code=$?
  [ $code = 0 ] || { echo "f3d exited $code:"; tail -20 <<<"$log"; exit 1; }
  # F3D lists the file's animations by index and name; chin_tuck must be the only one.
  anims=$(sed 's/\x1b\[[0-9;]*m//g' <<<"$log" | sed -n '/Animation(s) available/,/^$/p' | grep -E '^[0-9]+: ')
  [ "$anims" = "0: chin_tuck" ] || { echo "f3d animations: '${anims}', expected '0: chin_tuck'"; exit 1; }
  if grep -qi "greater than the highest\|error" <<<"$log"; then echo "f3d complained:"; grep -i "greater than\|error" <<<"$log"; exit 1; fi
  [ -s "$out/f3d.png" ] || { echo "f3d wrote no picture"; exit 1; }
  echo "f3d: loaded, animation 0: chin_tuck enabled and started, picture written"
  ran=1
fi
[ $ran = 1 ] || exit 77
exit 0
