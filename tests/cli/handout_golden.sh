#!/usr/bin/env bash
# handout_golden.sh SPINEVIEW GOLDEN WORK_DIR: page 1 of a two-exercise A4 handout, rendered by
# pdftoppm at 72 dpi, against the golden. Tolerance: at most 0.5 % of the pixels may differ by
# more than 48/255 in a channel (the pictures come from lavapipe; text from poppler and cairo).
# SPINEVIEW_UPDATE_GOLDEN=1 writes a new golden: look at it before committing it.
set -euo pipefail
sv=$1; golden=$2; work=$3
here=$(cd "$(dirname "$0")" && pwd)
command -v pdftoppm >/dev/null || { echo "SKIP: pdftoppm is not installed (poppler-utils)"; exit 77; }
rm -rf "$work"; mkdir -p "$work"
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
env LC_ALL=en_GB.UTF-8 "$sv" handout --exercise chin_tuck,neck_side_bend --dosage chin_tuck:sets=2,rest=30,per_day=3,days=5 \
  --patient "Alex Example" --clinician "Sam Physio" --clinic "Riverside Physiotherapy" \
  --notes "Start gently. Call us if the pain spreads." --date "4 December 2026" --paper a4 --out "$work/handout.pdf"
pdftoppm -r 72 -png -f 1 -l 1 -singlefile "$work/handout.pdf" "$work/page1"
if [ "${SPINEVIEW_UPDATE_GOLDEN:-}" = 1 ]; then cp "$work/page1.png" "$golden"; echo "updated $golden: look at it"; exit 0; fi
[ -f "$golden" ] || { echo "no golden $golden (run with SPINEVIEW_UPDATE_GOLDEN=1 to create it)"; exit 1; }
python3 "$here/png_compare.py" "$work/page1.png" "$golden" 48 0.005 || { echo "page 1 differs from $golden; actual: $work/page1.png"; exit 1; }
