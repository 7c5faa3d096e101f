#!/usr/bin/env bash
# Regenerates the README's screenshots in docs/images/ with the `render` verb (headless,
# lavapipe, no window needed). Usage:
#   scripts/make-screenshots.sh [BUILD_DIR]     (default: build/release, built if missing)
# Set SPINEVIEW_BIN to use a particular spineview executable instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/release}
bin=${SPINEVIEW_BIN:-$build/app/spineview}
if [ ! -x "$bin" ]; then
  echo "make-screenshots: $bin not found; building the release preset" >&2
  "$root/scripts/build.sh" release >&2
  bin=$root/build/release/app/spineview
fi
out=$root/docs/images
mkdir -p "$out"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
export VK_LOADER_DRIVERS_SELECT=${VK_LOADER_DRIVERS_SELECT:-*lvp*}
size=1280x720

shot() {
  local name=$1
  shift
  "$bin" render --out "$out/$name.png" --size "$size" "$@"
}

# The built-in model at rest, no interface.
shot model-lateral --no-ui --view left
shot model-anterior --no-ui --view anterior
shot model-posterior --no-ui --view posterior
# The interface: forceful vs controlled side by side, the guided coach, the help panel, x-ray.
shot compare -c "mode compare" -c "seek 0.9"
shot guided -c "mode guided" -c "seek 4"
shot help -c "help on"
shot xray --view left -c "motion forceful_self_twist" -c "seek 0.3" -c "xray on" -c "labels off"

# Page 1 of a home-exercise handout (docs/handout.md), at 100 dpi.
if command -v pdftoppm >/dev/null; then
  handout_dir=$(mktemp -d)
  "$bin" handout --exercise chin_tuck,neck_side_bend --dosage chin_tuck:sets=2,rest=30,per_day=3,days=5 \
    --patient "Alex Example" --clinician "Sam Physio" --clinic "Riverside Physiotherapy" \
    --notes "Start gently. Call us if the pain spreads." --date "4 December 2026" --out "$handout_dir/handout.pdf"
  pdftoppm -r 100 -png -f 1 -l 1 -singlefile "$handout_dir/handout.pdf" "$out/handout"
  rm -rf "$handout_dir"
else
  echo "make-screenshots: pdftoppm (poppler-utils) not installed; docs/images/handout.png not made" >&2
fi

# Keep the repository small: warn about any picture over 600 KB.
for f in "$out"/*.png; do
  bytes=$(stat -c %s "$f")
  if [ "$bytes" -gt 614400 ]; then echo "make-screenshots: warning: $f is $((bytes / 1024)) KB" >&2; fi
done
echo "screenshots written to $out"
