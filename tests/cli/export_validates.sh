#!/usr/bin/env bash
# export_validates.sh SPINEVIEW SOURCE_DIR OUT_DIR: exports the built-in model and runs the
# Khronos glTF-Validator on it; passes on 0 errors and 0 warnings. Exit 77 (skipped) when
# node or the validator is not installed.
set -u
sv=$1; src=$2; out=$3
tool="$src/tools/gltf-validator"
mkdir -p "$out"
"$sv" export-model "$out/spine.glb" || exit 1
# The structures carry their anatomical names into the file.
for name in Skull Mandible Hyoid; do
  grep -aq "\"name\":\"$name\"" "$out/spine.glb" || { echo "no structure named $name in the export"; exit 1; }
done
command -v node >/dev/null 2>&1 || { echo "node not installed"; exit 77; }
[ -d "$tool/node_modules/gltf-validator" ] || { echo "gltf-validator not installed (scripts/install-node-tools.sh)"; exit 77; }
report=$(node "$tool/validate.mjs" "$out/spine.glb" 2>&1); code=$?
echo "$report" | tail -5
[ $code = 0 ] && grep -q "0 errors, 0 warnings" <<<"$report"
