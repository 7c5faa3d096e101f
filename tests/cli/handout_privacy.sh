#!/usr/bin/env bash
# handout_privacy.sh SPINEVIEW WORK_DIR: the patient's name and the notes go into the PDF only.
# After a handout (and the viewer started once, so settings and state are written), neither
# appears in any file under the settings, state or cache folders, nor in the program's output.
set -euo pipefail
sv=$1; work=$2
command -v pdftotext >/dev/null || { echo "SKIP: pdftotext is not installed (poppler-utils)"; exit 77; }
rm -rf "$work"; mkdir -p "$work"
export XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
name="Zebulon Quartermaine"; notes="Private note 4711 about the left shoulder"
"$sv" --script /dev/null >/dev/null 2>&1 || true
"$sv" -v handout --exercise chin_tuck --patient "$name" --notes "$notes" --out "$work/handout.pdf" >"$work/output.txt" 2>&1
# The test must be able to fail: the words are in the PDF, and spineview did write its folders.
pdftotext "$work/handout.pdf" - | tr -s ' \n' ' ' | grep -qF "$name" || { echo "the patient's name is not in the PDF"; exit 1; }
pdftotext "$work/handout.pdf" - | tr -s ' \n' ' ' | grep -qF "$notes" || { echo "the notes are not in the PDF"; exit 1; }
[ -n "$(find "$work/cache" -type f 2>/dev/null)" ] || { echo "nothing was written under the cache folder: the check below would prove nothing"; exit 1; }
for word in "Zebulon" "Quartermaine" "4711"; do
  if grep -rlaF "$word" "$work/config" "$work/state" "$work/cache" 2>/dev/null; then echo "\"$word\" was stored in the file(s) above"; exit 1; fi
  if grep -qF "$word" "$work/output.txt"; then echo "\"$word\" was printed:"; cat "$work/output.txt"; exit 1; fi
done
echo "patient name and notes only in the PDF ($(find "$work/config" "$work/state" "$work/cache" -type f 2>/dev/null | wc -l) files checked)"
