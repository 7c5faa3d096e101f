#!/usr/bin/env bash
# Installs the Node tools the tests use (the Khronos glTF-Validator) into
# tools/gltf-validator/node_modules, exactly as pinned by its package-lock.json.
# Does nothing when they are already there; never prompts. Needs node + npm (Node 20).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool_dir="$root/tools/gltf-validator"

if [ -f "$tool_dir/node_modules/gltf-validator/package.json" ]; then
  echo "install-node-tools: gltf-validator present"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "install-node-tools: node/npm not found; the glTF-Validator test will be skipped" >&2
  exit 1
fi

cd "$tool_dir"
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
else
  npm install --no-audit --no-fund --loglevel=error
fi
echo "install-node-tools: gltf-validator installed in $tool_dir/node_modules"
