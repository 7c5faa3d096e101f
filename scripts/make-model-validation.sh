#!/usr/bin/env bash
# Regenerates docs/model-validation.md from the model: `spineview simulate --validation-report`
# runs every direction of motion at 60, 85 and 100 % of the active range and every motion
# program, and sets the artery strain, strain rate, nerve-exit change and pops beside the
# published figures (assets/biomech/validation.json). Run after changing assets/biomech.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${SPINEVIEW_BIN:-build/release/app/spineview}
if [[ ! -x "$bin" ]]; then
  echo "make-model-validation: $bin not found; build first (cmake --preset release && cmake --build --preset release)" >&2
  exit 1
fi
SPINEVIEW_ASSETS="$PWD/assets" "$bin" simulate --validation-report docs/model-validation.md
