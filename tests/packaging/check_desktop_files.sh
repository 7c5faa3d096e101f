#!/usr/bin/env bash
# check_desktop_files.sh KIND FILE [ARG]: the desktop integration files, validated by the tools
# distributions and software centres use. Any output from a validator counts as a failure
# (hints and pedantic notes included). Exits 77 (skipped) when the tool is not installed.
set -u
kind=$1 file=$2
need() { command -v "$1" >/dev/null || { echo "$1 not installed (scripts/install-deps.sh installs it)"; exit 77; }; }
case $kind in
  desktop)
    need desktop-file-validate
    out=$(desktop-file-validate "$file" 2>&1) || { echo "$out"; exit 1; }
    [ -z "$out" ] || { echo "$out"; exit 1; }
    # The menu entry starts the installed binary with `open`, which accepts the file it is given.
    grep -qx 'Exec=spineview open %f' "$file" || { echo "Exec line is not 'spineview open %f'"; exit 1; } ;;
  metainfo)
    need appstreamcli
    version=$3
    appstreamcli validate --no-net --pedantic "$file" || exit 1
    # The newest release in the metainfo is the version the build says it is.
    newest=$(grep -o '<release version="[^"]*"' "$file" | head -1 | cut -d'"' -f2)
    [ "$newest" = "$version" ] || { echo "newest <release> is $newest but the project version is $version"; exit 1; } ;;
  mime)
    need update-mime-database
    db=$(mktemp -d); trap 'rm -rf "$db"' EXIT
    mkdir -p "$db/packages" && cp "$file" "$db/packages/"
    out=$(update-mime-database -V "$db" 2>&1) || { echo "$out"; exit 1; }
    if grep -qi 'warning\|error' <<<"$out"; then echo "$out"; exit 1; fi
    grep -qx 'application/x-spineview-lesson:\*\.spinelesson' "$db/globs" ||
      { echo "the lesson glob is not in the built database"; cat "$db/globs"; exit 1; } ;;
  man)
    need man
    err=$(MANWIDTH=80 man --warnings -l "$file" 2>&1 >/dev/null)
    [ -z "$err" ] || { echo "$err"; exit 1; } ;;
  *) echo "unknown kind $kind"; exit 2 ;;
esac
echo "$kind: $file is clean"
