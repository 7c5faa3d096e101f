#!/usr/bin/env bash
# handout_pdf.sh SPINEVIEW SOURCE_DIR WORK_DIR: `spineview handout` for 1, 5 and 8 exercises on A4
# and Letter, checked with poppler-utils: the page count and metadata (pdfinfo), every font
# embedded (pdffonts), and in the text (pdftotext) every exercise name, each numbered step, the
# dose with the clinician's change, "Stop if" and every warning sign of the help data.
set -euo pipefail
sv=$1; src=$2; work=$3
for tool in pdfinfo pdffonts pdftotext python3; do
  command -v $tool >/dev/null || { echo "SKIP: $tool is not installed (scripts/install-deps.sh installs poppler-utils)"; exit 77; }
done
rm -rf "$work"; mkdir -p "$work"
# A British locale and no user settings: the warning signs say "call 999".
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
all=chin_tuck,neck_side_bend,seated_rotation,shoulder_blade_squeeze,thoracic_extension_chair,chin_tuck,neck_side_bend,seated_rotation
# Pages: the exercises two to a page (the header takes room on page 1), then the warning signs.
declare -A want=([1a4]=2 [1letter]=2 [5a4]=4 [5letter]=4 [8a4]=5 [8letter]=6)
declare -A size=([a4]="595.276 x 841.89 pts (A4)" [letter]="612 x 792 pts (letter)")
for n in 1 5 8; do
  ids=$(cut -d, -f1-$n <<<"$all")
  for paper in a4 letter; do
    pdf="$work/h$n$paper.pdf"
    env LC_ALL=en_GB.UTF-8 "$sv" handout --exercise "$ids" --dosage chin_tuck:sets=2,reps=12,hold=5,rest=30,per_day=3,days=5 \
      --patient "Alex Example" --clinician "Sam Physio" --clinic "Riverside Physiotherapy" --notes "Start gently." \
      --date "4 December 2026" --paper $paper --out "$pdf" >"$work/out.txt"
    grep -q "wrote $pdf (${want[$n$paper]} pages, $n exercise" "$work/out.txt" || { echo "unexpected output:"; cat "$work/out.txt"; exit 1; }
    [ ! -e "$pdf.part" ] || { echo "$pdf.part left behind"; exit 1; }
    info=$(pdfinfo "$pdf")
    grep -q "^Pages: *${want[$n$paper]}$" <<<"$info" || { echo "$n exercises on $paper: expected ${want[$n$paper]} pages"; echo "$info"; exit 1; }
    grep -qF "Page size:       ${size[$paper]}" <<<"$info" || { echo "$paper: wrong page size"; echo "$info"; exit 1; }
    grep -q "^Title: *Home exercises$" <<<"$info" || { echo "no title"; echo "$info"; exit 1; }
    grep -q "^Subject: *Home exercise handout: Chin tuck" <<<"$info" || { echo "no subject"; echo "$info"; exit 1; }
    grep -q "^Creator: *spineview [0-9]" <<<"$info" || { echo "no creator"; echo "$info"; exit 1; }
    fonts=$(pdffonts "$pdf" | tail -n +3)
    [ -n "$fonts" ] || { echo "no fonts listed"; exit 1; }
    if awk '{ if ($(NF-4) != "yes") bad=1 } END { exit !bad }' <<<"$fonts"; then echo "a font is not embedded:"; pdffonts "$pdf"; exit 1; fi
    pdftotext "$pdf" "$work/h$n$paper.txt"
    python3 - "$src" "$work/h$n$paper.txt" "$ids" "${want[$n$paper]}" <<'PY'
import json, re, sys
src, txt, ids, pages = sys.argv[1], sys.argv[2], sys.argv[3].split(","), int(sys.argv[4])
text = re.sub(r"\s+", " ", open(txt, encoding="utf-8").read())
missing = []
def need(s):
    if re.sub(r"\s+", " ", s) not in text: missing.append(s)
for i, mid in enumerate(ids, 1):
    m = json.load(open(f"{src}/assets/motions/{mid}.json"))
    need(f"{i}. {m['name']}")
    steps = [m["start_position"]] + [p["instruction"] for p in m["phases"]]
    for k, s in enumerate(steps, 1): need(f"{k}. {s}")
    need("Stop if " + m["dosage"]["stop_if"]["text"])
need("2 sets of 12. Hold each one for 5 seconds.")
need("Rest 30 seconds between sets. Do this 3 times a day, 5 days a week.")
if "neck_side_bend" in ids: need("1 set of 3 each side. Hold each one for 20 seconds. Do this 2 times a day, 7 days a week.")
help = json.load(open(f"{src}/assets/text/seek_help.json"))
need("When to get help")
for g in help["groups"]:
    need(g["title"].replace("{number}", "999") + ". " + g["advice"].replace("{number}", "999"))
    for s in g["signs"]: need(s["sign"].replace("{number}", "999"))
for head in ["Patient: Alex Example", "Clinician: Sam Physio", "Clinic: Riverside Physiotherapy", "Date: 4 December 2026", "Notes: Start gently."]:
    need(head)
need("For learning; not a diagnosis.")
for p in range(1, pages + 1): need(f"Page {p} of {pages}")
if missing:
    print(f"{txt}: missing from the PDF text:"); [print("  ", s) for s in missing]; sys.exit(1)
PY
  done
done
echo "handout PDFs checked"
