#!/usr/bin/env bash
# Installs what is missing, builds, and runs every CTest test (unit, gpu, golden, cli,
# window, packaging) with the Khronos validation layer on; builds the Debian package and renders
# with the installed binary (scripts/test-package.sh); then the unit tests of the pure layers (core,
# anatomy, biomech, mesh, io with the malformed-model corpus: everything that parses files)
# again under AddressSanitizer + UndefinedBehaviorSanitizer (preset `asan`), and,
# where clang is installed, a short bounded run of every libFuzzer harness (docs/fuzzing.md).
# Exit code: non-zero if any part failed.
# SPINEVIEW_WERROR=1 (CI) makes compiler warnings errors.
# SPINEVIEW_SKIP_SANITIZERS=1 / SPINEVIEW_SKIP_FUZZ=1 leave out the second / third part.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/install-deps.sh"
preset=release
[ "${SPINEVIEW_WERROR:-0}" = 1 ] && preset=ci
"$root/scripts/build.sh" "$preset"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
export SPINEVIEW_VALIDATION=1
status=0
ctest --preset "$preset" -j "$(nproc)" || status=$?
# The Debian package from the same build: unpacked into a scratch root, its binary renders a
# picture with the source tree out of reach (a few seconds; SPINEVIEW_SKIP_PACKAGE=1 leaves it out).
if [ "${SPINEVIEW_SKIP_PACKAGE:-0}" != 1 ]; then
  "$root/scripts/test-package.sh" "$preset" || status=$?
fi

# The GoogleTest binaries under tests/unit/ (by their spineview_add_unit_test(NAME ...) names)
# that do not link the app, whose Vulkan/ImGui stack would double the sanitizer build time.
unit_targets() {
  local list
  for list in tests/unit/*/CMakeLists.txt; do
    grep -q spineview_app "$list" && continue
    sed -n 's/^[[:space:]]*spineview_add_unit_test([[:space:]]*\([A-Za-z0-9_]*\).*/\1/p' "$list"
  done
}

if [ "${SPINEVIEW_SKIP_SANITIZERS:-0}" != 1 ]; then
  started=$(date +%s)
  mapfile -t targets < <(unit_targets)
  echo "test.sh: ASan+UBSan build of ${targets[*]}"
  sanitizers=0
  {
    cmake --preset asan >/dev/null &&
      cmake --build --preset asan -j "$(nproc)" --target "${targets[@]}" &&
      ASAN_OPTIONS=detect_leaks=1 \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --preset asan -j "$(nproc)" -E '_NOT_BUILT$'
  } || sanitizers=$?
  echo "test.sh: sanitizer run $([ $sanitizers = 0 ] && echo passed || echo FAILED) in $(($(date +%s) - started)) s"
  [ $sanitizers = 0 ] || status=$sanitizers
fi

if [ "${SPINEVIEW_SKIP_FUZZ:-0}" != 1 ]; then
  if command -v clang++ >/dev/null 2>&1 && echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
      clang++ -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
    started=$(date +%s)
    fuzz=0
    {
      CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPINEVIEW_FUZZ=ON \
        -DSPINEVIEW_BUILD_BENCH=OFF >/dev/null &&
        cmake --build build/fuzz -j "$(nproc)" --target fuzzers &&
        ctest --test-dir build/fuzz -L fuzz -j "$(nproc)" --output-on-failure
    } || fuzz=$?
    echo "test.sh: bounded fuzz run $([ $fuzz = 0 ] && echo passed || echo FAILED) in $(($(date +%s) - started)) s"
    [ $fuzz = 0 ] || status=$fuzz
  else
    echo "test.sh: clang with libFuzzer not installed; fuzz harnesses skipped (apt-get install clang libclang-rt-14-dev)"
  fi
fi
exit $status
