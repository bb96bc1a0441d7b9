#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the CLI with AL_STATIC_PLUGINS=ON (plugins linked in) and checks that it finds the bundled plugins
# through QPluginLoader::staticInstances() with no plugin folder anywhere: an empty install prefix, an empty
# user data folder, no ATTENTIONLENS_PLUGIN_PATH, and no plugins/ folder in the build tree.
# Usage: scripts/check-static-plugins.sh [BUILD_DIR]   (default build-static-cli in the checkout)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build-static-cli}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$here"
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAL_STATIC_PLUGINS=ON -DAL_BUILD_APP=OFF \
  -DAL_BUILD_TESTS=OFF -DAL_BUILD_BENCHMARKS=OFF -DCMAKE_INSTALL_PREFIX="$scratch/prefix" "${launcher[@]}" >/dev/null
nice cmake --build "$build" --target attentionlens_cli -j"$(nproc)"
# <build>/plugins is where a dynamic build puts its plugin files (and the registry looks, next to bin/).
if [[ -n "$(find "$build/plugins" -maxdepth 1 -name '*.so' 2>/dev/null)" ]]; then
  echo "check-static-plugins: $build/plugins holds plugin files; a static build must not produce any" >&2
  exit 1
fi
report=$(env -u ATTENTIONLENS_PLUGIN_PATH HOME="$scratch" XDG_DATA_HOME="$scratch/data" \
  "$build/bin/attentionlens-cli" plugins --json)
for id in saliency onnx; do
  if ! python3 -c 'import json, sys
r = json.loads(sys.argv[1]); pid = sys.argv[2]
ok = [p for p in r["plugins"] if p["id"] == pid and p["static"] and p["loaded"] and p["path"].startswith("static:")]
sys.exit(0 if ok else 1)' "$report" "$id"; then
    echo "check-static-plugins: plugin '$id' was not found as a loaded static plugin:" >&2
    echo "$report" >&2
    exit 1
  fi
done
env -u ATTENTIONLENS_PLUGIN_PATH HOME="$scratch" XDG_DATA_HOME="$scratch/data" \
  "$build/bin/attentionlens-cli" models | grep -q 'saliency.spectral-residual'
echo "check-static-plugins: OK (saliency and onnx load as static plugins with no plugin folder)"
