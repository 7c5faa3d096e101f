#!/usr/bin/env bash
# pipeline_cache_damage.sh SPINEVIEW DIR: the first render writes the pipeline cache into
# $XDG_CACHE_HOME/spineview; a damaged (or truncated) cache file is ignored with a one-line
# note, the render still succeeds, and the file is written anew.
set -u
sv=$1 dir=$2
rm -rf "$dir"; mkdir -p "$dir"
export XDG_CACHE_HOME=$dir/cache
render() { "$sv" render --out "$dir/x.png" --size 64x48 --no-ui 2>&1; }
out=$(render) || { echo "first render failed: $out"; exit 1; }
cache=$(ls "$XDG_CACHE_HOME"/spineview/pipelines-*.vkcache 2>/dev/null | head -1)
[ -n "$cache" ] || { echo "no pipeline cache written in $XDG_CACHE_HOME/spineview"; exit 1; }
for damage in flip truncate garbage; do
  case $damage in
    flip) printf '\xff\xff\xff\xff' | dd of="$cache" bs=1 seek=40 conv=notrunc status=none ;;
    truncate) truncate -s 30 "$cache" ;;
    garbage) head -c 5000 /dev/urandom > "$cache" ;;
  esac
  out=$(render); code=$?
  [ $code = 0 ] || { echo "render with a damaged cache ($damage) exited $code: $out"; exit 1; }
  grep -q "ignoring the pipeline cache .*it will be rebuilt" <<<"$out" || { echo "no note about the damaged cache ($damage): $out"; exit 1; }
  out=$(render)
  if grep -q "ignoring the pipeline cache" <<<"$out"; then echo "the cache was not rewritten after $damage: $out"; exit 1; fi
done
exit 0
