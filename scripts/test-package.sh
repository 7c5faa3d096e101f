#!/usr/bin/env bash
# Builds the Debian package from an existing build (scripts/test.sh passes its preset), unpacks
# it into a scratch root with dpkg -x and renders a picture with the *installed* binary, run
# from a scratch folder with a clean environment and the source tree out of reach:
#   - in a private mount namespace an empty read-only tmpfs hides the whole checkout (source,
#     assets, build tree) where `unshare -m` is allowed (root in CI);
#   - under strace (where installed) every file-system call is recorded, and any path into the
#     checkout fails the check, even one that was tried and failed.
# At least one of the two must be available. The picture must match the build tree's.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
preset=${1:-release}
build="$root/build/$preset"
[ -x "$build/app/spineview" ] || { echo "test-package: build/$preset is not built (scripts/build.sh $preset)" >&2; exit 1; }
scratch=$(mktemp -d /tmp/spineview-package.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
case "$scratch/" in "$root"/*) echo "test-package: the scratch folder is inside the checkout" >&2; exit 1 ;; esac
fail() { echo "test-package: $*" >&2; exit 1; }

cmake --build "$build" --target icons manpage >/dev/null
(cd "$build" && cpack -G DEB -B "$scratch/deb" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack failed"; }
deb=$(ls "$scratch"/deb/spineview_*.deb)
depends=$(dpkg-deb --field "$deb" Depends)
echo "test-package: $(basename "$deb"), $(du -h "$deb" | cut -f1); Depends: $depends"
for lib in libvulkan1 libglfw3 libassimp5 libpng16-16 libcairo2 libpangocairo-1.0-0 fonts-dejavu-core 'mesa-vulkan-drivers | vulkan-icd'; do
  grep -q -- "$lib" <<<"$depends" || fail "Depends lacks $lib (dpkg-shlibdeps did not run?)"
done

dpkg -x "$deb" "$scratch/root"
usr="$scratch/root/usr"
for f in bin/spineview share/applications/org.spineview.spineview.desktop share/metainfo/org.spineview.spineview.metainfo.xml \
    share/mime/packages/org.spineview.spineview.xml share/icons/hicolor/scalable/apps/org.spineview.spineview.svg \
    share/icons/hicolor/48x48/apps/org.spineview.spineview.png share/icons/hicolor/256x256/apps/org.spineview.spineview.png \
    share/man/man1/spineview.1.gz share/spineview/anatomy/vertebrae.json share/spineview/lessons/why_necks_crack.json; do
  [ -s "$usr/$f" ] || fail "the package has no /usr/$f"
done
if dpkg-deb --contents "$deb" | grep -q -- "$root"; then fail "the package contains a path of the build machine"; fi

mkdir -p "$scratch/work" "$scratch/home" "$scratch/run"
chmod 700 "$scratch/run"
render=(env -i HOME="$scratch/home" PATH=/usr/bin:/bin XDG_RUNTIME_DIR="$scratch/run" VK_LOADER_DRIVERS_SELECT='*lvp*'
        "$usr/bin/spineview" render --out "$scratch/work/installed.png" --size 320x200 --view posterior)
tracer=()
if command -v strace >/dev/null; then tracer=(strace -f -qq -e trace=%file -o "$scratch/trace.log"); fi
hidden=0
cd "$scratch/work"
if unshare -m --propagation private true 2>/dev/null; then
  unshare -m --propagation private sh -c 'mount -t tmpfs -o ro,size=1k tmpfs "$1" && shift && exec "$@"' sh "$root" \
    "${tracer[@]}" "${render[@]}" || fail "the installed spineview could not render (the checkout hidden)"
  hidden=1
elif [ ${#tracer[@]} -gt 0 ]; then
  "${tracer[@]}" "${render[@]}" || fail "the installed spineview could not render"
else
  fail "neither unshare -m nor strace is available, so the source tree cannot be proven out of reach"
fi
cd "$root"
if [ ${#tracer[@]} -gt 0 ] && grep -F -- "\"$root" "$scratch/trace.log"; then
  fail "the installed spineview looked into the checkout (above)"
fi

"$build/app/spineview" render --out "$scratch/build-tree.png" --size 320x200 --view posterior >/dev/null
python3 - "$root/tests/window" "$scratch/work/installed.png" "$scratch/build-tree.png" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from png_not_blank import pixels
(wa, ha, ca, a), (wb, hb, cb, b) = pixels(sys.argv[2]), pixels(sys.argv[3])
assert (wa, ha, ca) == (wb, hb, cb), "the two pictures differ in size"
assert len(set(a)) > 1, "the installed render is blank"
worst = max(max(abs(x - y) for x, y in zip(p, q)) for p, q in zip(a, b))
assert worst <= 8, f"the installed render differs from the build tree's by up to {worst}/255"
PY
echo "test-package: the installed spineview rendered from $scratch/work ($([ $hidden = 1 ] && echo "checkout hidden; ")$([ ${#tracer[@]} -gt 0 ] && echo "strace: no path into $root"))"
