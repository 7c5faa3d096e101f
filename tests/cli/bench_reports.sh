#!/usr/bin/env bash
# bench_reports.sh SPINEVIEW: `spineview bench` (text and --json, tiny size, 2 frames) reports
# every row, ratio, the anti-aliasing quality and the start-up phases, under validation.
set -u
sv=$1
fail() { echo "FAIL: $*"; echo "$out"; exit 1; }
out=$("$sv" bench --frames 2 --size 64x48 2>&1) || fail "bench exited with $?"
for pattern in \
  '^start-up \(ms\): launch to main [0-9]+, assets [0-9]+, instance/device [0-9]+, mesh load [0-9]+, pipelines [0-9]+, first frame [0-9]+; first frame [0-9]+ ms after launch' \
  '^default, cpu skinning +1 sample \+ post AA ' \
  '^default, 4x MSAA +4x MSAA ' \
  '^bare-draw bound +1 sample ' \
  '^bare-draw at 4x MSAA +4x MSAA ' \
  "^default / bare-draw bound at the frame's sample count \(1 sample \+ post AA\): [0-9.]+x" \
  '^default detail / bare-draw bound: [0-9.]+x \(multisampling alone: [0-9.]+x; default / bare-draw at the same sample count, 4x MSAA: [0-9.]+x' \
  '^edge error against 16 samples .* 4x MSAA [0-9.]+ / [0-9]+; post AA [0-9.]+ / [0-9]+ \([0-9.]+x MSAA.s mean\); none [0-9.]+ / [0-9]+'; do
  grep -Eq -- "$pattern" <<<"$out" || fail "no line matches /$pattern/"
done
out=$("$sv" bench --frames 2 --size 64x48 --json 2>&1) || fail "bench --json exited with $?"
python3 - "$out" <<'PY' || exit 1
import json, sys
d = json.loads(sys.argv[1])
need = ["default_over_same_sample_bound_ratio", "default_over_bare_ratio", "bare_msaa_over_bare_ratio",
        "default_msaa_over_bare_msaa_ratio", "interactive_fps", "startup_ms", "aa_quality", "runs"]
missing = [k for k in need if k not in d]
assert not missing, f"missing JSON fields: {missing}"
assert d["anti_aliasing"] == "post" and d["samples"] == 1, d["anti_aliasing"]
q = d["aa_quality"]
assert q["edge_pixels"] > 0 and q["off"]["mean"] > q["post"]["mean"] > 0, q
assert {"mesh load", "pipelines", "first frame", "instance/device", "assets"} <= set(d["startup_ms"]), d["startup_ms"]
assert any(r["samples"] == 4 for r in d["runs"]) and any(r["anti_aliasing"] == "post" for r in d["runs"])
PY
exit 0
