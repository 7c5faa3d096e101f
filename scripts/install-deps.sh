#!/usr/bin/env bash
# Installs the Debian packages spineview needs, and only those dpkg reports missing.
# Safe to run any number of times; non-interactive (CI has no standard input).
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build
  libvulkan-dev glslc vulkan-validationlayers mesa-vulkan-drivers vulkan-tools
  libglfw3-dev libglm-dev libimgui-dev libassimp-dev libtinygltf-dev libstb-dev
  nlohmann-json3-dev libcli11-dev libpng-dev libgtest-dev libbenchmark-dev libmeshoptimizer-dev
  fonts-dejavu-core xvfb xauth xdotool x11-utils openbox
  libcairo2-dev libpango1.0-dev libfontconfig-dev  # the handout PDF: cairo draws, pango lays out text
  poppler-utils  # handout tests: pdfinfo, pdffonts, pdftotext, pdftoppm
  f3d  # export-motion test: a standard glTF viewer loads and starts the animation (tests/cli/export_motion_plays.sh)
  clang libclang-rt-14-dev  # libFuzzer: the bounded fuzz runs of scripts/test.sh
  # The Debian package and its desktop files (scripts/test-package.sh, tests/packaging):
  dpkg-dev file librsvg2-bin desktop-file-utils appstream shared-mime-info man-db strace python3
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

install_node_tools() {
  # Node tools for the glTF-Validator test (the test skips itself, saying why, without them).
  "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/install-node-tools.sh" \
    || echo "install-deps: node tools not installed; the glTF-Validator test will be skipped" >&2
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  install_node_tools
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; fi
fi

echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
install_node_tools
