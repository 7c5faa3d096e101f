#!/usr/bin/env bash
# Installs what is missing, builds Release and makes the Debian package (CPack, with Depends
# from dpkg-shlibdeps) in build/release/packages/. Install it with
#   sudo apt install ./build/release/packages/spineview_*.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" >&2
"$root/scripts/build.sh" release >&2
cd "$root/build/release"
rm -f packages/spineview_*.deb
cpack -G DEB -B "$root/build/release/packages" >/dev/null
ls "$root"/build/release/packages/spineview_*.deb
